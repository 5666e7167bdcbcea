package uk.permanence.events.consumer;

/**
 * One case-event message as delivered, with the correlation id of the request that recorded it, and for an event
 * imported from an SSDA903 return the row it came from (the topic's headers; either may be null).
 */
public record Delivery(String message, String correlationId, String importSource) {

    public Delivery(String message, String correlationId) {
        this(message, correlationId, null);
    }
}
