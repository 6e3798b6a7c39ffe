package de.lotse.platform.inbox;

import de.lotse.platform.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterReplayTest {

    @Test
    void anOrdinaryRecordIsForEveryConsumer() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("case-opened", 0, 7, "key", "{}");
        assertThat(DeadLetterReplay.addressedTo(record, "reporting.caseload", "reporting-service"))
                .isTrue();
        assertThat(DeadLetterReplay.isReplay(record)).isFalse();
    }

    @Test
    void aReplayedRecordIsOnlyForTheConsumerAndServiceThatParkedIt() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("case-opened", 0, 7, "key", "{}");
        record.headers().add(EventHeaders.REPLAY_CONSUMER, bytes("case-reference"));
        record.headers().add(EventHeaders.REPLAY_SERVICE, bytes("planning-service"));
        record.headers().add(EventHeaders.REPLAY_OF, bytes("case-opened.dlt-0@3"));

        assertThat(DeadLetterReplay.isReplay(record)).isTrue();
        assertThat(DeadLetterReplay.addressedTo(record, "case-reference", "planning-service"))
                .isTrue();
        // the same consumer name in another service, and another consumer of the same service, pass it by
        assertThat(DeadLetterReplay.addressedTo(record, "case-reference", "reporting-service"))
                .isFalse();
        assertThat(DeadLetterReplay.addressedTo(record, "planning.assessment-facts", "planning-service"))
                .isFalse();
    }

    @Test
    void aLetterParkedWithoutItsServiceGoesToThatConsumerInEveryService() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("case-opened", 0, 7, "key", "{}");
        record.headers().add(EventHeaders.REPLAY_CONSUMER, bytes("case-reference"));
        assertThat(DeadLetterReplay.addressedTo(record, "case-reference", "reporting-service"))
                .isTrue();
        assertThat(DeadLetterReplay.addressedTo(record, "reporting.caseload", "reporting-service"))
                .isFalse();
    }

    @Test
    void readsItsOptions() {
        DeadLetterReplay.Options options = DeadLetterReplay.parse(new String[] {
            "--bootstrap",
            "127.0.0.1:19092",
            "--topic",
            "case-opened.dlt",
            "--consumer",
            "reporting.caseload",
            "--again",
            "--dry-run"
        });
        assertThat(options)
                .isEqualTo(new DeadLetterReplay.Options(
                        "127.0.0.1:19092", "case-opened", "reporting.caseload", null, true, true));
        assertThatThrownBy(() -> DeadLetterReplay.parse(new String[] {"--topic", "case-opened"}))
                .hasMessageContaining("--bootstrap");
        assertThatThrownBy(() -> DeadLetterReplay.parse(new String[] {"--bootstrap", "x", "--everything"}))
                .hasMessageContaining("unknown option");
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
