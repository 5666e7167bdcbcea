package uk.permanence.system;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.permanence.testing.HeldEventStoreTransactions.holdNextEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.testing.TestPostgres;

/**
 * Fault scenarios under load: services and the broker killed with {@code kill -9}, PostgreSQL stopped immediately,
 * an event-store transaction held open past the publisher's gap timeout, tracking rebuilt (from its journal and
 * from the topic) while commands flow, one council reading the heaviest routes at full speed while the others'
 * commands and reads must keep their latency, and fifty concurrent commands on one case. A log of every command sent (with
 * its Idempotency-Key and answer) is checked afterwards against the case files, the positions of tracking and
 * reporting, and the tracking read model: nothing accepted is lost, applied twice or left unseen downstream.
 */
class NothingLostTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CaseEventCodec CODEC = new CaseEventCodec();

    private static String teamManager() {
        return platform.tokens().token("867", "team-manager");
    }

    private static String operator() {
        return platform.tokens().operator("admin");
    }

    /** Reads the case files of every council of the region. */
    private static String raaReader() {
        return platform.tokens().tokenOf("raa", "adopt-thames-valley", "raa-lead");
    }

    /** The load's two councils: two clients in each. */
    private static final List<String> COUNCILS = List.of("867", "870");
    private static LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = LocalPlatform.shared();
    }

    /**
     * One command as the load generator sent it, and the answer it got (0: none, the connection failed), with when
     * it was sent ({@link System#nanoTime()}) and how long the answer took.
     */
    record Sent(String token, String path, String body, String idempotencyKey, int status, long sentAt,
                long tookNanos) {

        /** No definite answer yet: none at all, the service was down or busy, or the client was over its rate. */
        boolean unsettled() {
            return status == 0 || status == 429 || status >= 500;
        }
    }

    @Test
    void killingEachServiceWhileCommandsFlowLosesAndDuplicatesNothing() throws Exception {
        underLoad("kill-9 case-service, tracking-service and reporting-service", load -> {
            for (String service : List.of("case-service", "tracking-service", "reporting-service")) {
                Thread.sleep(2_000);
                platform.kill(service);
                platform.restart(service, Duration.ofMinutes(2));
            }
            Thread.sleep(2_000);
        });
    }

    @Test
    void killingTheBrokerWhileCommandsFlowLosesAndDuplicatesNothing() throws Exception {
        underLoad("kill-9 of the Kafka broker for 5 s", load -> {
            Thread.sleep(3_000);
            platform.kill("kafka");
            Thread.sleep(5_000);
            platform.restart("kafka", Duration.ofMinutes(1));
            Thread.sleep(5_000);
        });
    }

    @Test
    void stoppingPostgresImmediatelyWhileCommandsFlowLosesAndDuplicatesNothing() throws Exception {
        underLoad("PostgreSQL stopped immediately for 3 s", load -> {
            Thread.sleep(3_000);
            TestPostgres.stopImmediatelyAndRestartAfter(Duration.ofSeconds(3));
            Thread.sleep(5_000);
        });
    }

    @Test
    void anEventStoreTransactionHeldOpenPastTheGapTimeoutStillReachesEveryConsumer() throws Exception {
        underLoad("an event-store transaction held open 8 s (gap timeout 2 s)", load -> {
            try (Connection holdingSlow = TestPostgres.dataSource("case_service").getConnection();
                 Connection holdingLate = TestPostgres.dataSource("case_service").getConnection()) {
                Thread.sleep(2_000);
                String slow = load.openCase("SLOW");
                String late = load.openCase("LATE");
                holdNextEvent(holdingSlow, slow, 1);
                holdNextEvent(holdingLate, late, 1);
                CompletableFuture<Void> slowLink = load.linkSiblingMeanwhile(slow);
                CompletableFuture<Void> lateLink = load.linkSiblingMeanwhile(late);
                // the gap timeout is 2 s: the late commit is read after it, while the slow one is still open
                Thread.sleep(4_000);
                holdingLate.rollback();
                Thread.sleep(4_000);
                holdingSlow.rollback();
                CompletableFuture.allOf(slowLink, lateLink).get(30, TimeUnit.SECONDS);
            }
            Thread.sleep(2_000);
        });
    }

    @Test
    void rebuildingTrackingWhileCommandsFlowConvergesAndRaisesNoAlertTwice() throws Exception {
        underLoad("rebuild from the journal and from the topic", load -> {
            Thread.sleep(3_000);
            admin("POST", "tracking-service", "/admin/rebuild", operator());
            Thread.sleep(1_000);
            assertThat(admin("POST", "tracking-service", "/admin/rebuild?from=topic", operator()))
                    .contains("eventsToApply");
            Thread.sleep(3_000);
        });
    }

    @Test
    void oneCouncilHammeringTheHeaviestReadsLeavesTheOthersTheirLatency() throws Exception {
        AtomicReference<LatencyFigures> figures = new AtomicReference<>();
        underLoad("council 825 reading reports, the surgery list and alerts at full speed", load -> {
            try (PacedReads reads = new PacedReads(); Hammer hammer = new Hammer("825", 8)) {
                Thread.sleep(5_000);
                long quietFrom = System.nanoTime();
                Thread.sleep(15_000);
                long quietTo = System.nanoTime();
                hammer.start();
                Thread.sleep(2_000);
                long loadedFrom = System.nanoTime();
                Thread.sleep(20_000);
                long loadedTo = System.nanoTime();
                figures.set(new LatencyFigures(load.commandsAnsweredWithin(quietFrom, quietTo),
                        reads.answeredWithin(quietFrom, quietTo), load.commandsAnsweredWithin(loadedFrom, loadedTo),
                        reads.answeredWithin(loadedFrom, loadedTo), hammer.answers()));
                System.out.printf("chaos council 825 reading at full speed: %s%n", figures.get());
            }
        });
        figures.get().assertOthersKeptTheirLatency();
    }

    /** Answer times (ms) of the other councils' commands and reads, without and with the hammering. */
    record LatencyFigures(List<Double> quietCommands, List<Double> quietReads, List<Double> loadedCommands,
                          List<Double> loadedReads, Map<Integer, Long> hammerAnswers) {

        void assertOthersKeptTheirLatency() {
            assertThat(loadedCommands).as("commands measured under the hammering").hasSizeGreaterThanOrEqualTo(20);
            assertThat(loadedReads).as("reads measured under the hammering").hasSizeGreaterThanOrEqualTo(20);
            assertThat(p99(loadedCommands)).as("commands' p99 (ms) with the hammering, against %.1f without",
                    p99(quietCommands)).isLessThanOrEqualTo(2 * p99(quietCommands));
            assertThat(p99(loadedReads)).as("reads' p99 (ms) with the hammering, against %.1f without",
                    p99(quietReads)).isLessThanOrEqualTo(2 * p99(quietReads));
        }

        static double p99(List<Double> millis) {
            List<Double> sorted = millis.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        }

        @Override
        public String toString() {
            return "others' commands p99 %.1f ms without, %.1f ms with (%d, %d sent); reads p99 %.1f ms without, %.1f ms "
                    .formatted(p99(quietCommands), p99(loadedCommands), quietCommands.size(), loadedCommands.size(),
                            p99(quietReads), p99(loadedReads))
                    + "with (%d, %d sent); the hammering council's answers by status %s"
                    .formatted(quietReads.size(), loadedReads.size(), new TreeMap<>(hammerAnswers));
        }
    }

    /** The other councils reading their alerts, surgery list and report summary, a read every 100 ms each. */
    private final class PacedReads implements AutoCloseable {

        private final List<Sent> answered = new CopyOnWriteArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService readers = Executors.newFixedThreadPool(COUNCILS.size());

        PacedReads() {
            for (String council : COUNCILS) {
                String token = platform.tokens().tokenFor("reader@" + council, council, "team-manager");
                List<String> paths = List.of("/api/alerts?la=" + council, "/api/surgery?team=north",
                        "/api/reports/summary?la=" + council);
                readers.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        answered.add(read(token, paths.get(n % paths.size())));
                        Thread.sleep(100);
                    }
                    return null;
                });
            }
        }

        List<Double> answeredWithin(long from, long to) {
            return within(answered, from, to);
        }

        @Override
        public void close() {
            running.set(false);
            readers.shutdownNow();
        }
    }

    /** One council's clients reading the heaviest routes as fast as they are answered, whatever the answer. */
    private final class Hammer implements AutoCloseable {

        private final String council;
        private final int clients;
        private final Map<Integer, Long> answers = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService hammering;

        Hammer(String council, int clients) {
            this.council = council;
            this.clients = clients;
            this.hammering = Executors.newFixedThreadPool(clients);
        }

        void start() {
            List<String> paths = List.of("/api/reports/scorecard?la=" + council,
                    "/api/reports/quarterly-return?la=" + council, "/api/reports/cohorts?la=" + council,
                    "/api/reports/data-quality?la=" + council, "/api/surgery?team=north", "/api/alerts?la=" + council);
            for (int client = 0; client < clients; client++) {
                String token = platform.tokens().tokenFor("hammer-" + client + "@" + council, council, "team-manager");
                hammering.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        answers.merge(read(token, paths.get(n % paths.size())).status(), 1L, Long::sum);
                    }
                    return null;
                });
            }
        }

        Map<Integer, Long> answers() {
            return Map.copyOf(answers);
        }

        @Override
        public void close() {
            running.set(false);
            hammering.shutdownNow();
        }
    }

    /** Answer times in milliseconds of what was sent between {@code from} and {@code to} and answered 2xx. */
    private static List<Double> within(List<Sent> sent, long from, long to) {
        return sent.stream().filter(one -> one.sentAt() >= from && one.sentAt() < to && one.status() / 100 == 2)
                .map(one -> one.tookNanos() / 1e6).toList();
    }

    /** A read through the gateway, timed as a command is. */
    private Sent read(String token, String path) {
        long sentAt = System.nanoTime();
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception lost) {
            status = 0;
        }
        return new Sent(token, path, "", "", status, sentAt, System.nanoTime() - sentAt);
    }

    /** What a scenario does to the platform while the load runs. */
    private interface Fault {
        void during(Load load) throws Exception;
    }

    /** Runs the fault under load, then the checker; prints the scenario's verdict line and fails on any loss. */
    private void underLoad(String scenario, Fault fault) throws Exception {
        Verdict verdict;
        try (Load load = new Load()) {
            fault.during(load);
            verdict = load.stopAndCheck();
        }
        System.out.printf("chaos %s under load: %s%n", scenario, verdict);
        verdict.assertNothingLost();
    }

    /**
     * The checker's counts for one council in one scenario: all but {@code accepted} must be 0. {@code lost}:
     * accepted but not stored, or stored but not on the topic; {@code duplicated}: stored more often than accepted,
     * or an alert raised twice; {@code outOfOrder}: cases whose events a consumer applied with one missing before
     * another; {@code unseen}: stored events a consumer has not applied after quiescence.
     */
    record CouncilVerdict(String council, long accepted, long lost, long duplicated, long outOfOrder, long unseen) {

        @Override
        public String toString() {
            return "council %s: %d commands accepted; lost %d, duplicated %d, out of order %d, unseen %d"
                    .formatted(council, accepted, lost, duplicated, outOfOrder, unseen);
        }
    }

    /** Every council's counts, and {@code mismatched}: consumers whose read models differ from a fresh rebuild. */
    record Verdict(List<CouncilVerdict> councils, long mismatched) {

        void assertNothingLost() {
            assertThat(councils).allSatisfy(council -> {
                assertThat(council.accepted()).as("commands accepted in council " + council.council())
                        .isGreaterThan(10);
                assertThat(List.of(council.lost(), council.duplicated(), council.outOfOrder(), council.unseen()))
                        .as("council " + council.council()).containsOnly(0L);
            });
            assertThat(mismatched).as("consumers mismatched").isZero();
        }

        @Override
        public String toString() {
            return councils.stream().map(CouncilVerdict::toString).collect(Collectors.joining("; "))
                    + "; mismatched " + mismatched;
        }
    }

    /**
     * Four clients opening cases and recording sibling links through the gateway, each command with its own
     * Idempotency-Key, until stopped; then every command whose answer was lost is settled, and the log is checked
     * against the case files, the topic and both consumers (see {@link Verdict}).
     */
    private final class Load implements AutoCloseable {

        private final List<Sent> log = new CopyOnWriteArrayList<>();
        private final Map<String, String> caseIds = new ConcurrentHashMap<>();
        private final Map<String, String> councilOf = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(4);
        private final CountDownLatch stopped = new CountDownLatch(4);

        Load() {
            for (int client = 0; client < 4; client++) {
                int number = client;
                String council = COUNCILS.get(client / 2);
                String token = platform.tokens().tokenFor("client-" + client + "@" + council, council, "team-manager");
                clients.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String reference = "LOST-" + number + "-" + n + "-"
                                + UUID.randomUUID().toString().substring(0, 6);
                        log.add(send(token, "/api/cases", """
                                {"laCode":"%s","caseReference":"%s","dateOfBirth":"2024-05-01",
                                 "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(council, reference),
                                null));
                        pace();
                        String caseId = caseIdOf(council, reference);
                        caseIds.put(reference, caseId);
                        councilOf.put(caseId, council);
                        for (int i = 0; i < 3 && running.get(); i++) {
                            log.add(send(token, "/api/cases/" + caseId + "/sibling-links",
                                    "{\"linkedOn\":\"2025-07-01\",\"siblingCaseId\":\"sibling-" + i + "\"}", null));
                            pace();
                        }
                    }
                    stopped.countDown();
                    return null;
                });
            }
        }

        /** Opens one more case beside the clients' (logged and checked as theirs are), and returns its id. */
        String openCase(String prefix) {
            String reference = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            log.add(send(teamManager(), "/api/cases", """
                    {"laCode":"867","caseReference":"%s","dateOfBirth":"2024-05-01",
                     "enteredCareOn":"2025-06-02","legalStatus":"V2"}""".formatted(reference), null));
            String caseId = caseIdOf("867", reference);
            caseIds.put(reference, caseId);
            councilOf.put(caseId, "867");
            return caseId;
        }

        /** Records a sibling link on the case in the background, logged as the clients' commands are. */
        CompletableFuture<Void> linkSiblingMeanwhile(String caseId) {
            return CompletableFuture.runAsync(() -> log.add(send(teamManager(), "/api/cases/" + caseId + "/sibling-links",
                    "{\"linkedOn\":\"2025-07-01\",\"siblingCaseId\":\"sibling-held\"}", null)));
        }

        /** Answer times (ms) of the clients' commands sent between {@code from} and {@code to} and answered 2xx. */
        List<Double> commandsAnsweredWithin(long from, long to) {
            return within(log, from, to);
        }

        /** Stops the clients even when a scenario fails half way, so that no load runs on into the next one. */
        @Override
        public void close() {
            running.set(false);
            clients.shutdownNow();
        }

        Verdict stopAndCheck() throws Exception {
            running.set(false);
            stopped.await();
            clients.shutdown();
            List<Sent> settled = new ArrayList<>();
            for (Sent sent : log) {
                settled.add(sent.unsettled() ? settle(sent) : sent);
            }
            assertThat(settled).allSatisfy(sent -> assertThat(sent.status()).as(sent.path()).isIn(200, 201, 404));
            Map<String, Long> accepted = new HashMap<>();
            Map<String, Long> lost = new HashMap<>();
            Map<String, Long> duplicated = new HashMap<>();
            Map<String, Long> storedEvents = new HashMap<>();
            for (Map.Entry<String, String> child : caseIds.entrySet()) {
                long acceptedForCase = settled.stream().filter(sent -> sent.status() / 100 == 2)
                        .filter(sent -> sent.path().contains(child.getValue()) || sent.body().contains(child.getKey()))
                        .count();
                HttpResponse<String> file = get("/api/cases/" + child.getValue());
                long stored = file.statusCode() == 200 ? JSON.readTree(file.body()).path("events").size() : 0;
                String council = councilOf.get(child.getValue());
                accepted.merge(council, acceptedForCase, Long::sum);
                lost.merge(council, Math.max(0, acceptedForCase - stored), Long::sum);
                duplicated.merge(council, Math.max(0, stored - acceptedForCase), Long::sum);
                if (stored > 0) {
                    storedEvents.put(child.getValue(), stored);
                }
            }
            Map<String, Long> unseen = byCouncil(unseenAfterQuiescence(storedEvents));
            byCouncil(missingFromTopic(storedEvents)).forEach((council, missing) -> lost.merge(council, missing,
                    Long::sum));
            alertsRaisedTwice().forEach((council, twice) -> duplicated.merge(council, twice, Long::sum));
            Map<String, Long> outOfOrder = byCouncil(appliedOutOfOrder(storedEvents.keySet()));
            long mismatched = 0;
            for (String consumer : List.of("tracking-service", "reporting-service")) {
                String before = admin("GET", consumer, "/admin/checksum", operator());
                admin("POST", consumer, "/admin/rebuild", operator());
                mismatched += admin("GET", consumer, "/admin/checksum", operator()).equals(before) ? 0 : 1;
            }
            return new Verdict(COUNCILS.stream().filter(accepted::containsKey).map(council -> new CouncilVerdict(
                    council, accepted.get(council), lost.getOrDefault(council, 0L),
                    duplicated.getOrDefault(council, 0L), outOfOrder.getOrDefault(council, 0L),
                    unseen.getOrDefault(council, 0L))).toList(), mismatched);
        }

        /** Counts by case summed by the case's council. */
        private Map<String, Long> byCouncil(Map<String, Long> byCase) {
            Map<String, Long> summed = new HashMap<>();
            byCase.forEach((caseId, count) -> summed.merge(councilOf.get(caseId), count, Long::sum));
            return summed;
        }
    }

    /**
     * Stored events that tracking or reporting has still not applied a minute after the load stopped (each
     * consumer's position in each case against the number of events the case file holds).
     */
    private Map<String, Long> unseenAfterQuiescence(Map<String, Long> storedEvents) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<String, Long> unseen = new HashMap<>();
            for (String consumer : List.of("tracking_service", "reporting_service")) {
                Map<String, Long> applied = new HashMap<>();
                JdbcClient.create(TestPostgres.dataSource(consumer))
                        .sql("select case_id, last_sequence + 1 as applied from case_event_position")
                        .query((row, n) -> applied.put(row.getString("case_id"), row.getLong("applied"))).list();
                storedEvents.forEach((caseId, stored) -> unseen.merge(caseId,
                        Math.max(0, stored - applied.getOrDefault(caseId, 0L)), Long::sum));
            }
            unseen.values().removeIf(count -> count == 0);
            if (unseen.isEmpty()) {
                return unseen;
            }
            if (System.nanoTime() > deadline) {
                printWhyUnseen(unseen.keySet());
                return unseen;
            }
            Thread.sleep(1_000);
        }
    }

    /** What each consumer holds back of the unseen cases: events kept aside after a failure, events held by a gap. */
    private static void printWhyUnseen(Set<String> caseIds) {
        for (String consumer : List.of("tracking_service", "reporting_service")) {
            JdbcClient jdbc = JdbcClient.create(TestPostgres.dataSource(consumer));
            jdbc.sql("select case_id, sequence, left(error, 300) from failed_case_event where case_id = any(?)")
                    .param(caseIds.toArray(String[]::new))
                    .query((row, n) -> "%s kept aside %s #%d: %s".formatted(consumer, row.getString(1),
                            row.getLong(2), row.getString(3)))
                    .list().forEach(System.out::println);
            jdbc.sql("select case_id, count(*) from held_case_event where case_id = any(?) group by case_id")
                    .param(caseIds.toArray(String[]::new))
                    .query((row, n) -> "%s holds %d events of %s behind a gap".formatted(consumer, row.getLong(2),
                            row.getString(1)))
                    .list().forEach(System.out::println);
        }
    }

    /** Stored events of these cases that the case-events topic does not hold, reading every partition in full. */
    private static Map<String, Long> missingFromTopic(Map<String, Long> storedEvents) {
        Map<String, Set<Long>> onTopic = new HashMap<>();
        try (KafkaConsumer<String, String> topic = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.brokers()), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = topic.partitionsFor(CaseEventTopic.NAME).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            topic.assign(partitions);
            topic.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = topic.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> topic.position(partition) < ends.get(partition))) {
                topic.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (storedEvents.containsKey(record.key())) {
                        onTopic.computeIfAbsent(record.key(), caseId -> new HashSet<>())
                                .add(CODEC.read(record.value()).sequence());
                    }
                });
            }
        }
        Map<String, Long> missing = new HashMap<>();
        storedEvents.forEach((caseId, stored) -> missing.put(caseId,
                Math.max(0, stored - onTopic.getOrDefault(caseId, Set.of()).size())));
        return missing;
    }

    /** Alerts with the same case, rule, severity and dates raised more than once, by council. */
    private static Map<String, Long> alertsRaisedTwice() {
        Map<String, Long> twice = new HashMap<>();
        JdbcClient.create(TestPostgres.dataSource("tracking_service")).sql("""
                        select la_code, count(*) from (select la_code from alert
                                                       group by la_code, case_id, rule, severity, started_on, due_on
                                                       having count(*) > 1) twice group by la_code""")
                .query((row, n) -> twice.put(row.getString(1), row.getLong(2))).list();
        return twice;
    }

    /** Cases whose journal, in tracking or reporting, lacks an event before one it applied. */
    private static Map<String, Long> appliedOutOfOrder(Set<String> caseIds) {
        Map<String, Long> holes = new HashMap<>();
        for (String consumer : List.of("tracking_service", "reporting_service")) {
            JdbcClient.create(TestPostgres.dataSource(consumer)).sql("""
                            select case_id from case_event where case_id = any(?) group by case_id
                            having count(*) <> max(sequence) + 1""")
                    .param(caseIds.toArray(String[]::new)).query(String.class).list()
                    .forEach(caseId -> holes.merge(caseId, 1L, Long::sum));
        }
        return holes;
    }

    @Test
    void fiftyConcurrentCommandsOnOneVersionOfACaseHaveExactlyOneOutcome() throws Exception {
        String reference = "RACE-" + UUID.randomUUID().toString().substring(0, 8);
        Sent opened = send(teamManager(), "/api/cases", """
                {"laCode":"867","caseReference":"%s","dateOfBirth":"2024-05-01","enteredCareOn":"2025-06-02",
                 "legalStatus":"V2"}""".formatted(reference), null);
        assertThat(opened.status()).isEqualTo(201);
        String caseId = caseIdOf("867", reference);
        ExecutorService racers = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            racers.submit(() -> {
                go.await();
                statuses.add(send(teamManager(), "/api/cases/" + caseId + "/allocation",
                        "{\"allocatedOn\":\"2025-07-01\",\"socialWorker\":\"sw-" + n + "\",\"team\":\"north\"}",
                        "\"0\"").status());
                return null;
            });
        }
        go.countDown();
        racers.shutdown();
        assertThat(racers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        long applied = statuses.stream().filter(status -> status == 200).count();
        long version = JSON.readTree(get("/api/cases/" + caseId).body()).path("version").asLong();
        System.out.printf("chaos 50 concurrent commands on version 0 of one case: %d applied, %d refused as stale; "
                + "lost %d, duplicated %d%n", applied, statuses.size() - applied, applied - version,
                Math.max(0, version - 1));
        assertThat(statuses).hasSize(50);
        assertThat(applied).as("one outcome per version").isEqualTo(1);
        assertThat(statuses).filteredOn(status -> status != 200).allSatisfy(status -> assertThat(status)
                .isIn(409, 412));
        assertThat(version).as("no lost update").isEqualTo(1);
    }

    /** About 25 commands a second per client: well under the gateway's per-client limit, as a polite client is. */
    private static void pace() throws InterruptedException {
        Thread.sleep(40);
    }

    /** Sends a command whose answer was lost again, with the same key, until it has a definite answer. */
    private Sent settle(Sent sent) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            Sent again = send(sent.token(), sent.path(), sent.body(), null, sent.idempotencyKey());
            if (!again.unsettled()) {
                return again;
            }
            Thread.sleep(500);
        }
        return sent;
    }

    private Sent send(String token, String path, String body, String ifMatch) {
        return send(token, path, body, ifMatch, UUID.randomUUID().toString());
    }

    private Sent send(String token, String path, String body, String ifMatch, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        long sentAt = System.nanoTime();
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception lost) {
            status = 0;
        }
        return new Sent(token, path, body, key, status, sentAt, System.nanoTime() - sentAt);
    }

    /** A read through the gateway, as a polite client: over the rate limit it waits as told and asks again. */
    private HttpResponse<String> get(String path) throws Exception {
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + raaReader()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429) {
                return response;
            }
            Thread.sleep(1_000 * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    private String admin(String method, String service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode() / 100).as(path + " answered " + response.statusCode()).isEqualTo(2);
        return response.body();
    }

    /** The case id case-service derives from council and reference (a name-based UUID of "la/reference"). */
    private static String caseIdOf(String council, String reference) {
        return UUID.nameUUIDFromBytes((council + "/" + reference).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
