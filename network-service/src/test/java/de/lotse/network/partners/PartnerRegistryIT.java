package de.lotse.network.partners;

import de.lotse.network.NetworkFixtures;
import de.lotse.platform.testing.ControlCharacterProbe;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static de.lotse.platform.testing.ControlCharacterProbe.NUL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner registry and the working groups through the API: listed by service, maintained only by team leads,
 * each registration published; control characters refused with nothing registered.
 */
@MicronautTest(transactional = false)
class PartnerRegistryIT extends NetworkFixtures {
    @Test
    @SuppressWarnings("unchecked")
    void theRegistryListsPartnersByServiceAndOnlyMaintainersChangeIt() {
        String north = partner("Suchtberatung Nord", "ADDICTION_COUNSELLING");
        String south = partner("Schuldnerberatung Süd", "DEBT_COUNSELLING");
        Map<String, Object> debt = client.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/partners?service=DEBT_COUNSELLING")
                                .bearerAuth(fm()),
                        JSON_OBJECT);
        assertThat((List<Map<String, Object>>) debt.get("items"))
                .extracting(p -> p.get("name"))
                .containsExactly("Schuldnerberatung Süd");
        assertThat((List<Map<String, Object>>) debt.get("items"))
                .first()
                .satisfies(p -> assertThat(p).containsEntry("municipal16a", List.of("DEBT_COUNSELLING")));
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/partners",
                                        Map.of(
                                                "name",
                                                "X",
                                                "type",
                                                "COUNSELLING_AGENCY",
                                                "services",
                                                List.of("DEBT_COUNSELLING")))
                                .bearerAuth(fm()),
                        403))
                .isNotNull();
        // both registrations are published for the Jobcenter, the refused one is not
        try (TopicProbe probe = new TopicProbe("partner-registered")) {
            probe.await(r -> r.value().contains(jobcenter), 2, Duration.ofSeconds(30));
            assertThat(probe.drain(Duration.ofSeconds(1)))
                    .filteredOn(r -> r.value().contains(jobcenter))
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(north, south);
        }
    }

    @Test
    void workingGroupsRecordWhichCaseManagersTakePart() {
        post(
                "/api/working-groups",
                Map.of("name", "AK Sucht", "topic", "ADDICTION", "members", List.of("fm-anna", "fm-jonas")),
                tl());
        post(
                "/api/working-groups",
                Map.of("name", "AK Wohnen", "topic", "HOUSING", "members", List.of("fm-jonas")),
                tl());
        assertThat(client.toBlocking()
                        .retrieve(
                                HttpRequest.GET("/api/working-groups?member=fm-anna")
                                        .bearerAuth(fm()),
                                io.micronaut.core.type.Argument.listOf(JSON_OBJECT)))
                .extracting(g -> g.get("name"))
                .containsExactly("AK Sucht");
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of("name", "AK Sucht", "topic", "ADDICTION", "members", List.of()))
                                .bearerAuth(tl()),
                        409))
                .isNotNull();
        assertThat(problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of("name", "AK X", "topic", "WORK", "members", List.of()))
                                .bearerAuth(fm()),
                        403))
                .isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNulInAPartnerAWorkingGroupOrTheMemberFilterIsRefusedAndNothingIsRegistered() {
        long events = eventsInTheOutbox();
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        "/api/partners",
                                        Map.of(
                                                "name",
                                                "Schuldner" + NUL + "beratung",
                                                "type",
                                                "COUNSELLING_AGENCY",
                                                "services",
                                                List.of("DEBT_COUNSELLING"),
                                                "locations",
                                                List.of("Hauptstr. 1\nHof"),
                                                "capacityNote",
                                                "Montags\nund dienstags"))
                                .bearerAuth(tl()),
                        400),
                "name",
                "locations[0]");
        ControlCharacterProbe.assertRefused(
                problem(
                        HttpRequest.POST(
                                        "/api/working-groups",
                                        Map.of(
                                                "name",
                                                "AK Sucht",
                                                "topic",
                                                "ADDICTION",
                                                "members",
                                                List.of("fm-anna" + NUL)))
                                .bearerAuth(tl()),
                        400),
                "members[0]");
        ControlCharacterProbe.assertRefused(
                problem(HttpRequest.GET("/api/working-groups?member=fm-anna%00").bearerAuth(fm()), 400), "member");

        assertThat(get("/api/partners", fm())).containsEntry("total", 0);
        assertThat(client.toBlocking()
                        .retrieve(HttpRequest.GET("/api/working-groups").bearerAuth(fm())))
                .isEqualTo("[]");
        assertThat(eventsInTheOutbox()).isEqualTo(events);

        // the capacity note may span lines
        assertThat(post(
                        "/api/partners",
                        Map.of(
                                "name",
                                "Schuldnerberatung Süd",
                                "type",
                                "COUNSELLING_AGENCY",
                                "services",
                                List.of("DEBT_COUNSELLING"),
                                "capacityNote",
                                "Montags\nund dienstags"),
                        tl()))
                .containsEntry("capacityNote", "Montags\nund dienstags");
    }
}
