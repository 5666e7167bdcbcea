package uk.permanence.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.permanence.events.AdoptionDecisionMade;
import uk.permanence.events.CaseAllocated;
import uk.permanence.events.CaseEvent;
import uk.permanence.events.CaseEventCodec;
import uk.permanence.events.CaseEventTopic;
import uk.permanence.events.ChildEnteredCare;
import uk.permanence.events.LegalStatus;
import uk.permanence.events.PermanencePlan;
import uk.permanence.events.ReviewKind;
import uk.permanence.events.StatutoryReviewHeld;

/**
 * Publishes case events straight to the case-events topic at a constant rate (an open model: the rate does not
 * slow down when tracking does), each stamped with the time it was sent as its recording time. Each case enters
 * care two months ago (so its first review is overdue and an alert is raised at once), is allocated, gets an ADM
 * decision, and has its first review (which clears the alert). After a 20-second warm-up, the lag and
 * event-to-alert quantiles are those of the measured run alone: the difference of tracking-service's histogram
 * buckets before and after it. Then it rebuilds tracking's read models. Prints one line of JSON.
 *
 * <p>Usage: {@code TrackingLoad BOOTSTRAP TRACKING_URL EVENTS_PER_SECOND SECONDS ADMIN_TOKEN}
 */
public final class TrackingLoad {

    private static final int EVENTS_PER_CASE = 4;
    private static final int WARM_UP_SECONDS = 20;
    /** A council code clear of real ones, so that no demo user sees the load's children. */
    private static final String COUNCIL = "750";
    private static final String LAG = "case_events_projection_lag_seconds";
    private static final String TO_ALERT = "alerts_event_to_alert_seconds";

    private final CaseEventCodec codec = new CaseEventCodec();
    private final LocalDate entered = LocalDate.now().minusMonths(2);

    public static void main(String[] args) throws Exception {
        String trackingUrl = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        TrackingLoad load = new TrackingLoad();
        awaitNoBacklog(http, trackingUrl);
        load.publish(args[0], rate, WARM_UP_SECONDS);
        awaitNoBacklog(http, trackingUrl);
        String before = metrics(http, trackingUrl);
        long sent = load.publish(args[0], rate, seconds);
        awaitNoBacklog(http, trackingUrl);
        String after = metrics(http, trackingUrl);
        BucketWindow lag = BucketWindow.of(after, LAG).since(BucketWindow.of(before, LAG));
        BucketWindow toAlert = BucketWindow.of(after, TO_ALERT).since(BucketWindow.of(before, TO_ALERT));
        String rebuild = http.send(HttpRequest.newBuilder(URI.create(trackingUrl + "/admin/rebuild"))
                .header("Authorization", "Bearer " + args[4])
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        double rebuildEvents = number(rebuild, "events");
        double rebuildMillis = Math.max(1, number(rebuild, "millis"));
        System.out.printf(Locale.ROOT, "{\"name\":\"tracking\",\"eventsPerSecondOffered\":%d,\"seconds\":%d,"
                        + "\"eventsSent\":%d,\"projectionLagP50Ms\":%.1f,\"projectionLagP99Ms\":%.1f,"
                        + "\"eventToAlertP50Ms\":%.1f,\"eventToAlertP99Ms\":%.1f,\"rebuildEvents\":%.0f,"
                        + "\"rebuildEventsPerSecond\":%.0f}%n",
                rate, seconds, sent,
                lag.quantileMillis(0.5), lag.quantileMillis(0.99),
                toAlert.quantileMillis(0.5), toAlert.quantileMillis(0.99),
                rebuildEvents, rebuildEvents / rebuildMillis * 1000);
    }

    /** Waits until tracking-service has consumed everything on the topic, so one run does not measure another. */
    static void awaitNoBacklog(HttpClient http, String trackingUrl) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        Thread.sleep(2_000);
        while (System.nanoTime() < deadline) {
            String metrics = metrics(http, trackingUrl);
            Matcher lag = Pattern.compile("kafka_consumer_fetch_manager_records_lag_max\\{[^}]*} (\\S+)")
                    .matcher(metrics);
            double worst = 0;
            while (lag.find()) {
                double value = Double.parseDouble(lag.group(1));
                if (!Double.isNaN(value)) {
                    worst = Math.max(worst, value);
                }
            }
            if (worst <= 0) {
                return;
            }
            Thread.sleep(1_000);
        }
    }

    private long publish(String bootstrap, int rate, int seconds) throws InterruptedException {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("acks", "all");
        props.put("linger.ms", "2");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            Deque<String> open = new ArrayDeque<>();
            Map<String, Integer> next = new HashMap<>();
            long start = System.nanoTime();
            long sent = 0;
            long total = (long) rate * seconds;
            while (sent < total) {
                long due = start + sent * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                if (open.size() < 50) {
                    String caseId = SyntheticJourneys.LOAD_PREFIX + UUID.randomUUID();
                    open.addLast(caseId);
                    next.put(caseId, 0);
                }
                String caseId = open.pollFirst();
                int sequence = next.get(caseId);
                producer.send(new ProducerRecord<>(CaseEventTopic.NAME, caseId,
                        codec.write(UUID.randomUUID(), sequence, event(caseId, sequence))));
                if (sequence + 1 < EVENTS_PER_CASE) {
                    next.put(caseId, sequence + 1);
                    open.addLast(caseId);
                } else {
                    next.remove(caseId);
                }
                sent++;
            }
            producer.flush();
            return sent;
        }
    }

    private CaseEvent event(String caseId, int sequence) {
        Instant now = Instant.now();
        return switch (sequence) {
            case 0 -> new ChildEnteredCare(caseId, COUNCIL, caseId, entered.minusYears(1),
                    entered, LegalStatus.C2, now, "bench", null);
            case 1 -> new CaseAllocated(caseId, COUNCIL, entered.plusDays(1), "sw-bench", "bench", now, "bench", null);
            case 2 -> new AdoptionDecisionMade(caseId, COUNCIL, entered.plusDays(20), now, "bench", null);
            default -> new StatutoryReviewHeld(caseId, COUNCIL, entered.plusDays(30), ReviewKind.FIRST,
                    PermanencePlan.ADOPTION, null, now, "bench", null);
        };
    }

    private static String metrics(HttpClient http, String serviceUrl) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
