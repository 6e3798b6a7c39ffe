package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The network's body of the sample's records: partners and forms as records, a case's consents and referrals. */
class NetworkPartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCheckCarriesThePartnersAndFormsOfTheFileTheCaseNamesTheImportOnlyItsParts() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        try (JsonLines lines = new JsonLines(
                new InputStreamReader(
                        Objects.requireNonNull(getClass().getResourceAsStream("/sample.jsonl")),
                        StandardCharsets.UTF_8),
                JSON)) {
            lines.forEachRemaining(entry -> records.add(entry.record()));
        }
        NetworkPart part = new NetworkPart();
        FileCatalog checking = new FileCatalog();
        FileCatalog writing = new FileCatalog();
        for (JsonNode record : records) {
            String kind = record.get("kind").asText();
            if (part.kinds().contains(kind)) {
                checking.keep(kind, RecordSchema.sourceKey(record), (ObjectNode) record);
                writing.add(kind, RecordSchema.sourceKey(record));
                assertThat(part.body(record).has("formatVersion")).isFalse();
                assertThat(part.body(record).get("source")).isEqualTo(record.get("source"));
            }
        }
        JsonNode withConsents =
                records.stream().filter(r -> r.has("consents")).findFirst().orElseThrow();
        JsonNode declined = records.stream()
                .filter(r -> "case".equals(r.get("kind").asText()) && !r.has("consents") && !r.has("partnerReferrals"))
                .findFirst()
                .orElseThrow();

        ObjectNode checked = part.of(3, withConsents, checking).body().orElseThrow();
        ObjectNode written = part.of(3, withConsents, writing).body().orElseThrow();

        assertThat(checked.get("admittedOn").asText()).isEqualTo("2024-11-04");
        assertThat(checked.get("consents")).isEqualTo(withConsents.get("consents"));
        assertThat(checked.get("partnerReferrals")).isEqualTo(withConsents.get("partnerReferrals"));
        assertThat(checked.get("fileRecords"))
                .extracting(r ->
                        r.get("kind").asText() + " " + r.get("source").get("id").asText())
                .containsExactly("partner P-17", "consentForm SE-2024");
        assertThat(written.get("fileRecords")).isEmpty();
        assertThat(part.of(4, declined, checking).body()).isEmpty();
        assertThat(CaseParts.all(IdMapping.identity("Person"), IdMapping.identity("Team")))
                .last()
                .isInstanceOf(NetworkPart.class);
    }
}
