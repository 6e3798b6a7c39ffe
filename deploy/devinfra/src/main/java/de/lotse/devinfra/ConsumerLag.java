package de.lotse.devinfra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How far the consumer groups of one application (a common prefix, e.g. {@code reporting-rebuild-20261208.}) are
 * behind the end of their topics, and the wait until they have caught up — shared by {@code ./lotse
 * rebuild-reporting} and {@code ./lotse bench-rebuild}, so that both end with a clear error (the lag per group and
 * topic) when consumption stops, instead of waiting for a timeout or forever.
 *
 * <p>A group's partitions are those assigned to its members and those it has committed offsets for: right after a
 * group starts, not every partition has a committed offset yet, and counting only committed ones would report a lag
 * of 0 too early. A partition without a committed offset counts from its beginning.
 */
public final class ConsumerLag {
    private ConsumerLag() {}

    /**
     * One look at the groups.
     *
     * @param groups     how many groups with the prefix exist
     * @param lagByTopic group → topic → records not yet committed
     * @param committed  sum of the committed offsets over all groups (grows while they consume)
     * @param lag        sum of the lag, {@link Long#MAX_VALUE} while fewer groups than expected exist or one has no
     *                   partition yet
     */
    public record Snapshot(int groups, Map<String, Map<String, Long>> lagByTopic, long committed, long lag) {
        public boolean caughtUp() {
            return lag == 0;
        }

        /** Every group's topics with a lag, one line per group, for an error message. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            lagByTopic.forEach((group, topics) -> {
                out.append("  ").append(group).append(':');
                long shown = topics.values().stream().filter(l -> l > 0).count();
                if (shown == 0) {
                    out.append(" no lag");
                }
                topics.forEach((topic, l) -> {
                    if (l > 0) {
                        out.append(' ').append(topic).append('=').append(l);
                    }
                });
                out.append('\n');
            });
            return out.length() == 0 ? "  (no consumer groups)\n" : out.toString();
        }
    }

    /** Thrown when the groups did not catch up; the message names the cause and each group's lag per topic. */
    public static final class NotCaughtUp extends Exception {
        public NotCaughtUp(String message) {
            super(message);
        }
    }

    public static Snapshot take(Admin admin, String prefix, int expectedGroups) throws Exception {
        List<String> ids = admin.listConsumerGroups().all().get().stream()
                .map(ConsumerGroupListing::groupId)
                .filter(id -> id.startsWith(prefix))
                .sorted()
                .toList();
        Map<String, ConsumerGroupDescription> descriptions = ids.isEmpty()
                ? Map.of()
                : admin.describeConsumerGroups(ids).all().get();
        Map<String, Map<TopicPartition, Long>> committedByGroup = new TreeMap<>();
        Set<TopicPartition> all = new HashSet<>();
        boolean complete = ids.size() >= expectedGroups;
        for (String id : ids) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            ConsumerGroupDescription description = descriptions.get(id);
            if (description != null) {
                for (MemberDescription member : description.members()) {
                    member.assignment().topicPartitions().forEach(tp -> offsets.put(tp, 0L));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(id)
                    .partitionsToOffsetAndMetadata()
                    .get();
            committed.forEach((tp, offset) -> offsets.put(tp, offset == null ? 0L : offset.offset()));
            complete &= !offsets.isEmpty();
            committedByGroup.put(id, offsets);
            all.addAll(offsets.keySet());
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        all.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                latest.isEmpty() ? Map.of() : admin.listOffsets(latest).all().get();
        Map<String, Map<String, Long>> lagByTopic = new TreeMap<>();
        long committedSum = 0;
        long lag = 0;
        for (Map.Entry<String, Map<TopicPartition, Long>> group : committedByGroup.entrySet()) {
            Map<String, Long> topics = new TreeMap<>();
            for (Map.Entry<TopicPartition, Long> e : group.getValue().entrySet()) {
                long behind = Math.max(0, ends.get(e.getKey()).offset() - e.getValue());
                topics.merge(e.getKey().topic(), behind, Long::sum);
                committedSum += e.getValue();
                lag += behind;
            }
            lagByTopic.put(group.getKey(), topics);
        }
        return new Snapshot(ids.size(), lagByTopic, committedSum, complete ? lag : Long.MAX_VALUE);
    }

    /**
     * Waits until every group has caught up: no lag at {@code confirmations} looks in a row, a second apart (a
     * partition could still receive records). Returns when the first of those looks was taken.
     *
     * @param timeout  overall limit
     * @param stall    limit without progress (no offset committed) while a lag remains
     * @param alive    false once the consuming process has ended: no point in waiting then
     * @param progress every look, for a progress line
     */
    public static Instant await(
            Admin admin,
            String prefix,
            int expectedGroups,
            int confirmations,
            Duration timeout,
            Duration stall,
            BooleanSupplier alive,
            Consumer<Snapshot> progress)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Instant firstZero = null;
        int quiet = 0;
        long committed = -1;
        Instant lastProgress = Instant.now();
        while (true) {
            Snapshot snapshot = take(admin, prefix, expectedGroups);
            Instant now = Instant.now();
            progress.accept(snapshot);
            if (snapshot.caughtUp()) {
                firstZero = quiet == 0 ? now : firstZero;
                if (++quiet >= confirmations) {
                    return firstZero;
                }
            } else {
                quiet = 0;
            }
            if (snapshot.committed() != committed) {
                committed = snapshot.committed();
                lastProgress = now;
            }
            if (!alive.getAsBoolean()) {
                throw new NotCaughtUp("the consuming process ended before its consumer groups caught up; lag:\n"
                        + snapshot.describe());
            }
            if (!snapshot.caughtUp() && now.isAfter(lastProgress.plus(stall))) {
                throw new NotCaughtUp(String.format(
                        "no progress for %d s: %d of %d consumer groups (%s*) exist, lag %s:%n%s",
                        stall.toSeconds(),
                        snapshot.groups(),
                        expectedGroups,
                        prefix,
                        snapshot.lag() == Long.MAX_VALUE ? "unknown" : String.valueOf(snapshot.lag()),
                        snapshot.describe()));
            }
            if (now.isAfter(deadline)) {
                throw new NotCaughtUp(
                        "not caught up within " + timeout.toSeconds() + " s; lag:\n" + snapshot.describe());
            }
            Thread.sleep(1000);
        }
    }
}
