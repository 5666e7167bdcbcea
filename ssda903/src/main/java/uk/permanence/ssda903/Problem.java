package uk.permanence.ssda903;

import uk.permanence.ssda903.tables.Source;

/**
 * What is wrong with a child's rows: the row, the field, the DfE validation rule it breaks where one applies
 * ({@code null} for a row the platform cannot read at all), and a message in plain English. A child with any
 * problem imports nothing.
 */
public record Problem(String child, Source source, String field, String rule, String message) {
}
