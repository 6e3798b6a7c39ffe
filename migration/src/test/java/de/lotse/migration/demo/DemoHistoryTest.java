package de.lotse.migration.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.migration.Problem;
import de.lotse.migration.RecordSchema;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryTest {
    private static final LocalDate END = LocalDate.of(2026, 12, 6);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameSeedAndEndDayGiveTheSameFileAndEachCaseStaysWhenMoreAreGenerated() throws Exception {
        String first = generate(2026, 50);
        assertThat(generate(2026, 50)).isEqualTo(first);
        assertThat(generate(2026, 80)).startsWith(first);
        assertThat(generate(7, 50)).isNotEqualTo(first);
    }

    @Test
    void everyRecordIsValidAndItsDaysAreInOrder() throws Exception {
        RecordSchema schema = RecordSchema.load();
        List<Problem> problems = new ArrayList<>();
        long line = 0;
        for (String text : generate(2026, 300).split("\n")) {
            JsonNode record = json.readTree(text);
            problems.addAll(schema.check(++line, record));
            if (!"case".equals(record.path("kind").asText())) {
                continue;
            }
            LocalDate referred = day(record.path("referral").path("referredOn"));
            assertThat(referred).isBefore(END);
            JsonNode admission = record.path("admission");
            if (admission.has("decidedOn")) {
                assertThat(day(admission.path("decidedOn"))).isAfterOrEqualTo(referred);
            }
            if (record.has("closure")) {
                LocalDate closed = day(record.path("closure").path("closedOn"));
                assertThat(closed).isBeforeOrEqualTo(END);
                for (JsonNode contact : record.path("contacts")) {
                    assertThat(day(contact.path("occurredOn"))).isBeforeOrEqualTo(closed);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theJobcenterShowsEveryShapeTheDashboardsNeed() throws Exception {
        List<JsonNode> cases = new ArrayList<>();
        for (String text : generate(2026, 300).split("\n")) {
            JsonNode record = json.readTree(text);
            if ("case".equals(record.path("kind").asText())) {
                cases.add(record);
            }
        }
        assertThat(cases)
                .anyMatch(c ->
                        "DECLINED".equals(c.path("admission").path("decision").asText()));
        assertThat(cases).anyMatch(c -> c.path("referral").path("team").asText().equals("team-fm-2"));
        assertThat(cases).anyMatch(c -> c.path("referral").path("team").asText().equals("team-fm-1"));
        assertThat(cases.stream()
                        .map(c -> c.path("closure").path("reason").asText())
                        .distinct()
                        .count())
                .isGreaterThan(5);
        assertThat(cases)
                .anyMatch(c -> c.path("measures").findValuesAsText("instrument").contains("AGH_16D"));
        assertThat(cases)
                .anyMatch(c -> c.path("consents").findValuesAsText("decision").contains("REFUSED"));
        assertThat(cases)
                .anyMatch(c -> c.path("consents").findValuesAsText("action").contains("REVOKED"));
        assertThat(cases)
                .anyMatch(c -> c.path("reviews").findValuesAsText("decision").contains("EXTEND"));
        assertThat(cases)
                .filteredOn(c ->
                        c.path("assignments").findValuesAsText("transferKind").contains("U25_TO_UE25"))
                .isNotEmpty()
                .allSatisfy(c -> {
                    JsonNode transfer = c.path("assignments").get(0);
                    LocalDate on = day(transfer.path("on"));
                    assertThat(c.path("referral").path("team").asText()).isEqualTo("team-fm-2");
                    assertThat(transfer.path("team").asText()).isEqualTo("team-fm-1");
                    assertThat(on)
                            .isAfterOrEqualTo(
                                    day(c.path("customer").path("dateOfBirth")).plusYears(25));
                    assertThat(on).isAfter(day(c.path("firstConsultation").path("heldOn")));
                    if (c.has("closure")) {
                        assertThat(on).isBefore(day(c.path("closure").path("closedOn")));
                        assertThat(c.path("closure").path("closedBy").asText())
                                .isEqualTo(transfer.path("caseManager").asText());
                    }
                });
        assertThat(cases.stream()
                        .filter(c -> !c.has("closure") && c.path("admission").has("decidedOn"))
                        .filter(c -> day(c.path("admission").path("decidedOn")).isBefore(END.minusMonths(24))))
                .isNotEmpty(); // long cases for the maximum-duration finding
    }

    private String generate(long seed, int cases) throws Exception {
        StringWriter out = new StringWriter();
        DemoHistory.write(out, seed, cases, END);
        return out.toString();
    }

    private static LocalDate day(JsonNode node) {
        return LocalDate.parse(node.asText());
    }
}
