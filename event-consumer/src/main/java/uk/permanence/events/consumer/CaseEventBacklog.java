package uk.permanence.events.consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import uk.permanence.events.CaseEventTopic;

/**
 * Watches this service's consumer group from the broker's side, so that a consumer that is stuck (paused, blocked,
 * crashing on every batch) still shows: per partition, the records not yet committed
 * ({@code case_events_backlog}), and how long ago the oldest of them reached the topic
 * ({@code case_events_oldest_unprocessed_seconds}, to the resolution of the check interval).
 */
public class CaseEventBacklog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseEventBacklog.class);

    /** When the end offset of a partition was seen to reach {@code endOffset}. */
    private record Sighting(long seenAtMillis, long endOffset) {
    }

    private final Map<String, Object> adminConfig;
    private final String group;
    private final Duration interval;
    private final MeterRegistry meters;
    private final Map<Integer, Deque<Sighting>> sightings = new ConcurrentHashMap<>();
    private final Map<Integer, Long> backlog = new ConcurrentHashMap<>();
    private volatile long oldestUnprocessedMillis;
    private volatile boolean measured;
    private volatile long brokerAnsweredAtMillis = System.currentTimeMillis();
    private ScheduledExecutorService checks;
    private Admin admin;

    public CaseEventBacklog(Map<String, Object> adminConfig, String group, Duration interval, MeterRegistry meters) {
        this.adminConfig = adminConfig;
        this.group = group;
        this.interval = interval;
        this.meters = meters;
        Gauge.builder("case_events_oldest_unprocessed_seconds", () -> oldestUnprocessedMillis / 1000.0)
                .description("How long the oldest case event this service has not yet applied has been on the topic")
                .register(meters);
    }

    /** How long the oldest unapplied event has waited, or null before the first successful check. */
    public Duration oldestUnprocessed() {
        return measured ? Duration.ofMillis(oldestUnprocessedMillis) : null;
    }

    /** How long since the broker last answered a check (readiness treats a long silence as the broker being down). */
    public Duration sinceBrokerAnswered() {
        return Duration.ofMillis(System.currentTimeMillis() - brokerAnsweredAtMillis);
    }

    public long total() {
        return backlog.values().stream().mapToLong(Long::longValue).sum();
    }

    void check() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            int partitions = admin.describeTopics(List.of(CaseEventTopic.NAME)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(CaseEventTopic.NAME).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(CaseEventTopic.NAME, p), p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long now = System.currentTimeMillis();
            long oldest = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
                int partition = end.getKey().partition();
                OffsetAndMetadata position = committed.get(end.getKey());
                long done = position == null ? 0 : position.offset();
                long endOffset = end.getValue().offset();
                oldest = Math.max(oldest, waitingSince(partition, done, endOffset, now));
                if (backlog.put(partition, Math.max(0, endOffset - done)) == null) {
                    Gauge.builder("case_events_backlog", backlog, all -> all.getOrDefault(partition, 0L))
                            .description("Case events on the topic that this service has not yet committed")
                            .tag("partition", Integer.toString(partition))
                            .register(meters);
                }
            }
            oldestUnprocessedMillis = oldest;
            measured = true;
            brokerAnsweredAtMillis = now;
        } catch (Exception e) {
            log.warn("Could not read the consumer group's position from the broker: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Milliseconds since the first sighting of records beyond {@code done}, keeping only sightings still needed. */
    private long waitingSince(int partition, long done, long endOffset, long now) {
        Deque<Sighting> seen = sightings.computeIfAbsent(partition, p -> new ArrayDeque<>());
        if (seen.isEmpty() || seen.peekLast().endOffset() < endOffset) {
            seen.addLast(new Sighting(now, endOffset));
        }
        while (!seen.isEmpty() && seen.peekFirst().endOffset() <= done) {
            seen.removeFirst();
        }
        return seen.isEmpty() ? 0 : now - seen.peekFirst().seenAtMillis();
    }

    @Override
    public void start() {
        admin = Admin.create(adminConfig);
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "case-events-backlog");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        checks.shutdownNow();
        admin.close(Duration.ofSeconds(5));
        checks = null;
    }

    @Override
    public boolean isRunning() {
        return checks != null;
    }
}
