package uk.permanence.cases.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.permanence.cases.casefile.CaseCommand;
import uk.permanence.cases.casefile.CaseRuleViolation;
import uk.permanence.cases.casefile.RepeatedMilestones;
import uk.permanence.councils.Tenant;
import uk.permanence.web.RequestLogContext;

/**
 * Sends a command and, when the client gave an Idempotency-Key, records the answer in the same transaction as the
 * events: a retry gets the original answer and appends nothing, and a failed command leaves no record behind.
 * <p>
 * Keys belong to the client, not to the token's subject, so that a retry under a new token (tokens expire, a VAA
 * rotates its credentials, a council's system signs in as another user) still meets its key. The client is the
 * organisation the token acts for, as {@link Tenant#describe()} names it: the VAA for a VAA's token, else the set of
 * councils it may see (a council's, or every member council of an RAA).
 */
@Service
class CaseCommands {

    private static final Logger log = LoggerFactory.getLogger(CaseCommands.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CaseCommands(CommandGateway commands, EventStore events, JdbcClient jdbc, TransactionTemplate transaction) {
        this.commands = commands;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * @param newOccurrence whether the request records a milestone exactly like one already on the case as another
     *                      occurrence (see {@link RepeatedMilestones})
     */
    CommandOutcome send(CaseCommand command, int successStatus, Tenant tenant, String idempotencyKey, String request,
                        boolean newOccurrence) {
        String client = tenant.describe();
        CommandOutcome outcome = transaction.execute(status -> {
            String fingerprint = fingerprint(request);
            if (idempotencyKey != null) {
                Optional<CommandOutcome> earlier = claim(command, client, idempotencyKey, fingerprint);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            MetaData context = newOccurrence ? requestContext().and(RepeatedMilestones.NEW_OCCURRENCE, true)
                    : requestContext();
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(context));
            long version = events.lastSequenceNumberFor(command.caseId()).orElseThrow();
            if (idempotencyKey != null) {
                jdbc.sql("update idempotency_record set status_code = ?, case_version = ? "
                                + "where client = ? and idempotency_key = ?")
                        .params(successStatus, version, client, idempotencyKey).update();
            }
            return new CommandOutcome(command.caseId(), version, successStatus, false);
        });
        if (!outcome.replayed()) {
            log.info("Command {} accepted: case {} is at version {}", command.getClass().getSimpleName(),
                    outcome.caseId(), outcome.version());
        }
        return outcome;
    }

    /** The request's correlation id, which Axon copies onto the events and the publisher into Kafka headers. */
    private static MetaData requestContext() {
        String correlationId = MDC.get(RequestLogContext.CORRELATION_ID);
        return correlationId == null ? MetaData.emptyInstance()
                : MetaData.with(RequestLogContext.CORRELATION_ID, correlationId);
    }

    /** Claims the key for this request, or returns the answer already given for it. */
    private Optional<CommandOutcome> claim(CaseCommand command, String client, String key, String fingerprint) {
        int claimed = jdbc.sql("""
                        insert into idempotency_record
                            (client, idempotency_key, request_fingerprint, case_id, status_code, case_version)
                        values (?, ?, ?, ?, 0, -1) on conflict do nothing""")
                .params(client, key, fingerprint, command.caseId()).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select request_fingerprint, case_id, status_code, case_version from idempotency_record
                        where client = ? and idempotency_key = ?""")
                .params(client, key)
                .query((row, n) -> {
                    if (!row.getString("request_fingerprint").equals(fingerprint)) {
                        throw new CaseRuleViolation("Idempotency-Key",
                                "was already used for a different request");
                    }
                    return new CommandOutcome(row.getString("case_id"), row.getLong("case_version"),
                            row.getInt("status_code"), true);
                })
                .single());
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
