package de.lotse.benchmark.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.events.EventHeaders;
import de.lotse.platform.events.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An event as the outbox relay puts it on the topic: the envelope as JSON in the text form PostgreSQL gives the
 * relay ({@code payload::text} of a jsonb column: keys shortest first, then by their bytes; a space after every
 * colon and comma), the key (the case id; the Jobcenter for policy events, the partner for partner events) and the
 * headers {@code eventId}, {@code eventType}, {@code correlationId}. The payload is written like Micronaut Serde
 * writes it in the services: absent and empty values left out, instants and days as ISO-8601 strings.
 */
final class WireFormat {
    private static final Map<String, String> PRODUCERS = Map.ofEntries(
            Map.entry("case-referred", "intake-service"),
            Map.entry("case-opened", "intake-service"),
            Map.entry("referral-decided", "intake-service"),
            Map.entry("case-assigned", "intake-service"),
            Map.entry("case-transferred", "intake-service"),
            Map.entry("case-closed", "intake-service"),
            Map.entry("non-referral-recorded", "intake-service"),
            Map.entry("policy-changed", "intake-service"),
            Map.entry("assessment-completed", "assessment-service"),
            Map.entry("need-status-changed", "assessment-service"),
            Map.entry("category-changed", "assessment-service"),
            Map.entry("partner-registered", "network-service"),
            Map.entry("consent-granted", "network-service"),
            Map.entry("consent-revoked", "network-service"),
            Map.entry("referral-sent", "network-service"),
            Map.entry("referral-status-changed", "network-service"));

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    /** The Kafka record of one planned event; event and correlation id come from the generator's seeded source. */
    ProducerRecord<String, String> record(CaseHistories.Planned event, UUID eventId, UUID correlationId) {
        EventType type = EventType.of(event.payload());
        EventEnvelope envelope = new EventEnvelope(
                eventId,
                type.topic(),
                type.version(),
                event.at(),
                PRODUCERS.getOrDefault(type.topic(), "planning-service"),
                event.jobcenterId(),
                event.caseId(),
                correlationId.toString(),
                json.convertValue(event.payload(), Map.class));
        ProducerRecord<String, String> record =
                new ProducerRecord<>(type.topic(), event.key(), jsonbText(json.valueToTree(envelope)));
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, type.topic().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(EventHeaders.CORRELATION_ID, correlationId.toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** jsonb's text output: object keys ordered by length, then bytewise; ", " and ": " between the parts. */
    String jsonbText(JsonNode node) {
        StringBuilder out = new StringBuilder(768);
        write(node, out);
        return out.toString();
    }

    private void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                keys.add(names.next());
            }
            keys.sort(Comparator.comparingInt((String k) -> k.getBytes(StandardCharsets.UTF_8).length)
                    .thenComparing(Comparator.naturalOrder()));
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                out.append(quoted(keys.get(i))).append(": ");
                write(node.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            out.append(quoted(node.textValue()));
        } else {
            out.append(node.toString());
        }
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
