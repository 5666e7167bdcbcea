package uk.permanence.webapp.milestone;

import java.util.List;
import java.util.Map;

/**
 * One form that records through {@code POST /api/cases/{caseId}/{milestone}}: a milestone's, or a correction or
 * void of an event. {@code fixed} is sent as it is (the event corrected or voided), {@code fields} as the person
 * entered them; {@code recorded} is the banner's words on the child's page afterwards.
 */
record RecordingForm(String milestone, String heading, String hint, List<Field> fields, Map<String, Object> fixed,
                     String recorded) {

    RecordingForm {
        fields = List.copyOf(fields);
        fixed = Map.copyOf(fixed);
    }

    static RecordingForm of(Milestone milestone) {
        return new RecordingForm(milestone.path(), milestone.name(), milestone.hint(), milestone.fields(), Map.of(),
                milestone.recorded());
    }
}
