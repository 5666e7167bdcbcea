package uk.permanence.tracking.meeting;

/** The body of {@code POST /api/alerts/{alertId}/acknowledgement}; {@code reviewOn} as an ISO date. */
record AcknowledgementRequest(String justification, String reviewOn) {
}
