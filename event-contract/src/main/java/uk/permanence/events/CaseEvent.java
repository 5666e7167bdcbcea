package uk.permanence.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone in a child's case, as published to other services.
 * Every event carries the legal date it happened ({@link #occurredOn()}) apart from when it was recorded.
 */
public interface CaseEvent {

    String caseId();

    /** The owning council's 3-digit DfE code. */
    String laCode();

    /** The date the milestone happened in law: measures use this, never {@link #recordedAt()}. */
    LocalDate occurredOn();

    Instant recordedAt();

    String recordedBy();

    /** Why a plausibility rule was overridden when this was recorded; null when none was. */
    String overrideReason();
}
