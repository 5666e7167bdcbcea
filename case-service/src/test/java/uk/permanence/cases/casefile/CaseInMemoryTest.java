package uk.permanence.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.permanence.cases.casefile.ChildCaseTest.BORN;
import static uk.permanence.cases.casefile.ChildCaseTest.BY;
import static uk.permanence.cases.casefile.ChildCaseTest.CASE;
import static uk.permanence.cases.casefile.ChildCaseTest.ENTERED;
import static uk.permanence.cases.casefile.ChildCaseTest.LA;
import static uk.permanence.cases.casefile.ChildCaseTest.NOW;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;

/** A case decided in memory follows the aggregate's own rules, numbering its events after the recorded history. */
class CaseInMemoryTest {

    @Test
    void aNewCaseIsOpenedAndTakesTheMilestonesAfterItNumberedFromZero() {
        CaseInMemory inMemory = CaseInMemory.of(CASE, List.of());

        inMemory.handle(command(new RecordEntryToCare(CASE, LA, ENTERED, "REF-1", BORN, LegalStatus.C2, NOW, BY,
                null)));
        inMemory.handle(command(new RecordAdoptionDecision(CASE, null, ENTERED.plusDays(30), NOW, BY, null)));

        assertThat(inMemory.applied()).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(inMemory.applied()).extracting(DomainEventMessage::getAggregateIdentifier).containsOnly(CASE);
        assertThat(inMemory.applied()).extracting(message -> (Object) message.getPayload().getClass())
                .containsExactly(ChildEnteredCare.class, AdoptionDecisionMade.class);
    }

    @Test
    void aMilestoneOnACaseThatDoesNotExistIsRefusedAsTheCommandBusRefusesIt() {
        CaseInMemory inMemory = CaseInMemory.of(CASE, List.of());

        assertThatThrownBy(() -> inMemory.handle(command(new RecordAdoptionDecision(CASE, null, ENTERED, NOW, BY,
                null)))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(inMemory.applied()).isEmpty();
    }

    @Test
    void theCasesRulesDecideOnTheRecordedHistoryAndNewEventsFollowIt() {
        List<DomainEventMessage<?>> history = List.of(
                new GenericDomainEventMessage<>("ChildCase", CASE, 0, new ChildEnteredCare(CASE, LA, "REF-1", BORN,
                        ENTERED, LegalStatus.C2, NOW, BY, null)),
                new GenericDomainEventMessage<>("ChildCase", CASE, 1, new StatutoryReviewHeld(CASE, LA,
                        ENTERED.plusDays(20), ReviewKind.FIRST, PermanencePlan.ADOPTION, null, NOW, BY, null)));
        CaseInMemory inMemory = CaseInMemory.of(CASE, history);

        assertThatThrownBy(() -> inMemory.handle(command(new RecordEntryToCare(CASE, LA, ENTERED.plusDays(40),
                "REF-1", BORN, LegalStatus.C2, NOW, BY, null)))).isInstanceOf(CaseStateConflict.class);
        CaseInMemory again = CaseInMemory.of(CASE, history);
        again.handle(command(new RecordAdoptionDecision(CASE, null, ENTERED.plusDays(30), NOW, BY, null)));

        assertThat(again.applied()).singleElement().satisfies(message -> {
            assertThat(message.getSequenceNumber()).isEqualTo(2L);
            assertThat(message.getPayload()).isInstanceOf(AdoptionDecisionMade.class);
        });
    }

    private static GenericCommandMessage<?> command(Object command) {
        return new GenericCommandMessage<>(command);
    }
}
