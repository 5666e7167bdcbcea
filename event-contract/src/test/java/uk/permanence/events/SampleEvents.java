package uk.permanence.events;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** One deterministic sample of each event type, with a recognisable value in every field. */
final class SampleEvents {

    static final String CASE_ID = "0b7e3c52-5b3f-3a8e-9d6c-1f2a3b4c5d6e";

    private SampleEvents() {
    }

    static CaseEvent of(Class<? extends CaseEvent> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sampleValue(components[i], i);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sampleValue(RecordComponent component, int position) {
        Class<?> type = component.getType();
        String name = component.getName();
        if (name.equals("caseId")) {
            return CASE_ID;
        }
        if (name.equals("laCode")) {
            return "825";
        }
        if (type == String.class) {
            return name + "-sample";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2025, 1, 10).plusDays(position);
        }
        if (type == Instant.class) {
            return Instant.parse("2025-01-12T09:30:00Z");
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == Integer.class) {
            return 2;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalArgumentException("no sample for " + type + " " + name);
    }
}
