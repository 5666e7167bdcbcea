package uk.permanence.tracking.surgery;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The surgery list, whole or a page of it ({@code page} from 0 and {@code size}, absent for the whole list):
 * {@code total} counts every child on the list and {@code withOverdue} those with something overdue, whatever the
 * page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurgeryList(List<SurgeryRow> items, Integer page, Integer size, long total, long withOverdue) {
}
