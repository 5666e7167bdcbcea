package uk.permanence.cases.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.permanence.events.ChildEnteredCare;

/** One child's case, owned by one council: every milestone of the journey is an event of this aggregate. */
@Aggregate
public class ChildCase {

    @AggregateIdentifier
    private String caseId;
    private String laCode;
    private LocalDate dateOfBirth;
    private LocalDate enteredCareOn;

    protected ChildCase() {
    }

    @CommandHandler
    public ChildCase(RecordEntryToCare command) {
        if (command.enteredCareOn().isBefore(command.dateOfBirth())) {
            throw new CaseRuleViolation("enteredCareOn", "a child cannot enter care before being born");
        }
        apply(new ChildEnteredCare(command.caseId(), command.laCode(), command.caseReference(),
                command.dateOfBirth(), command.enteredCareOn(), command.legalStatus(), command.recordedAt(),
                command.recordedBy()));
    }

    @EventSourcingHandler
    void on(ChildEnteredCare event) {
        caseId = event.caseId();
        laCode = event.laCode();
        dateOfBirth = event.dateOfBirth();
        enteredCareOn = event.enteredCareOn();
    }
}
