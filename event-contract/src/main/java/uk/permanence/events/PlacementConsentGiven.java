package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Every parent with parental responsibility consented to the child's placement for adoption (ACA 2002 s19, with s20
 * advance consent or not): authority to place without a placement order. The reg 36 adoption reviews start here as
 * they do from an order.
 */
@Revision("1")
public record PlacementConsentGiven(
        String caseId,
        String laCode,
        LocalDate consentedOn,
        PlacementConsentKind kind,
        Instant recordedAt,
        String recordedBy,
        String overrideReason) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return consentedOn;
    }
}
