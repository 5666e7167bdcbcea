package uk.permanence.events.consumer;

/** One case-event message as delivered, with the correlation id of the request that recorded it (may be null). */
public record Delivery(String message, String correlationId) {
}
