package uk.permanence.tracking.caseload;

import java.util.List;

/** A page of the caseload: {@code page} counts from 0; {@code total} is every child the filters match. */
public record CaseloadPage(List<CaseloadRow> items, int page, int size, long total) {
}
