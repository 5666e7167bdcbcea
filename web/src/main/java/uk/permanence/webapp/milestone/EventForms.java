package uk.permanence.webapp.milestone;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.permanence.events.CaseEventTypes;
import uk.permanence.webapp.Wording;
import uk.permanence.webapp.api.RecordedCase;

/**
 * The forms that correct or void an event of the child's timeline, through the API's {@code corrections} and
 * {@code voids} milestones. A correction replaces one field of the event: the fields offered are the event's own (its
 * record in the event contract), less those the API never corrects (who, whose, when recorded, override reason), and
 * the new value is asked for as the field's type asks: a date as a date, a code from its list, yes or no.
 */
@Component
class EventForms {

    /** What the API's EventFields refuses to correct: facts of the recording itself. */
    private static final Set<String> NOT_CORRECTABLE = Set.of("caseId", "laCode", "recordedAt", "recordedBy",
            "overrideReason");

    private final Milestones milestones;
    private final Wording wording;

    EventForms(Milestones milestones, Wording wording) {
        this.milestones = milestones;
        this.wording = wording;
    }

    /** One field of an event that may be corrected, and how it stands now. */
    record Correctable(Field field, String now) {
    }

    List<Correctable> correctable(RecordedCase.Event event) {
        return components(event).stream().filter(component -> !NOT_CORRECTABLE.contains(component.getName()))
                .map(component -> field(event, component))
                .map(field -> new Correctable(field, now(event, field))).toList();
    }

    Optional<RecordingForm> correction(RecordedCase.Event event, String name) {
        return correctable(event).stream().filter(correctable -> correctable.field().name().equals(name)).findFirst()
                .map(correctable -> {
                    Field corrected = correctable.field();
                    Field value = new Field("value", corrected.label(), "Recorded now as: " + correctable.now(),
                            corrected.kind(), corrected.options(), true);
                    return new RecordingForm(Milestones.CORRECTIONS, "Correct " + wording.words(event.type()),
                            "The event stays on the timeline, marked as corrected, with your reason.",
                            List.of(value, Field.date("correctedOn", "Date of the correction"),
                                    Field.longText("reason", "Why it needs correcting", null)),
                            Map.of("correctedSequence", event.sequence(), "field", name), "Correction recorded");
                });
    }

    RecordingForm voiding(RecordedCase.Event event) {
        return new RecordingForm(Milestones.VOIDS, "Void " + wording.words(event.type()),
                "Every view of the child is worked out again without it; it stays on the timeline, marked as voided.",
                List.of(Field.date("voidedOn", "Date it was found to be wrong"),
                        Field.longText("reason", "Why it was recorded in error", null)),
                Map.of("voidedSequence", event.sequence()), wording.words(event.type()) + " voided");
    }

    private static List<RecordComponent> components(RecordedCase.Event event) {
        return CaseEventTypes.classOf(event.type()).filter(Class::isRecord)
                .map(type -> Arrays.asList(type.getRecordComponents())).orElse(List.of());
    }

    /** The field as its milestone's form names it, else from the event's type. */
    private Field field(RecordedCase.Event event, RecordComponent component) {
        Optional<Field> inForm = milestones.forEvent(event.type()).flatMap(milestone -> milestone.fields().stream()
                .filter(field -> field.name().equals(component.getName())).findFirst());
        if (inForm.isPresent()) {
            return inForm.get();
        }
        String label = wording.words(component.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_"));
        Class<?> type = component.getType();
        if (type == LocalDate.class) {
            return Field.date(component.getName(), label);
        }
        if (type.isEnum()) {
            return new Field(component.getName(), label, null, Field.Kind.CHOICE,
                    Arrays.stream(type.getEnumConstants()).map(code -> ((Enum<?>) code).name())
                            .map(code -> new Field.Option(code, wording.words(code))).toList(), true);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Field.yesNo(component.getName(), label, null);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Field.number(component.getName(), label, null);
        }
        return Field.text(component.getName(), label, null);
    }

    private String now(RecordedCase.Event event, Field field) {
        JsonNode value = event.details() == null ? null : event.details().get(field.name());
        if (value == null || value.isNull()) {
            return "not recorded";
        }
        String text = value.asString();
        return switch (field.kind()) {
            case DATE -> wording.date(LocalDate.parse(text));
            case YES_NO -> value.asBoolean() ? "Yes" : "No";
            case CHOICE -> field.options().stream().filter(option -> option.value().equals(text))
                    .map(Field.Option::text).findFirst().orElse(text);
            default -> text;
        };
    }
}
