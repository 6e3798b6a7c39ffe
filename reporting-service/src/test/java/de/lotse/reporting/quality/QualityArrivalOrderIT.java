package de.lotse.reporting.quality;

import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.events.EventEnvelope;
import de.lotse.platform.testing.PolicySettings;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality read model does not depend on the order events arrive in: shuffled and duplicated deliveries of
 * a case's life, and a transfer overtaken by a newer reassignment, give the same rows as delivery in order.
 */
@MicronautTest(transactional = false)
class QualityArrivalOrderIT extends QualityScenario {
    /**
     * Every topic of a case's life, with duplicates, in several shuffled orders: each read-model table of the
     * case (the case row, its findings, contacts, measures, assessments, referrals, needs, category moves,
     * consents, and the non-referral beside it) equals the one of the same story delivered in order — for a
     * case still open and for one closed at the end.
     */
    @Test
    void anyOrderOfArrivalWithDuplicatesGivesTheSameReadModel() {
        policy(PolicySettings.PANKOW);
        UUID partner = UUID.randomUUID();
        for (boolean closed : List.of(false, true)) {
            UUID inOrder = UUID.randomUUID();
            List<EventEnvelope> ordered = envelopes(lifeOfACase(inOrder, partner, closed));
            ordered.forEach(e -> upstream.publish(e, e.caseId().toString()));
            awaitApplied(ordered);
            Map<String, String> expected = readModel(inOrder);
            expected.forEach((table, rows) ->
                    assertThat(rows).as(table).isNotEqualTo(closed && table.equals("case_quality") ? "" : "[]"));
            if (closed) {
                assertThat(expected.get("case_quality"))
                        .as("a closed case has no findings row")
                        .isEqualTo("[]");
            } else {
                assertThat(expected.get("case_quality")).contains("\"team_id\": \"team-2\"", "\"stage\": \"OPEN\"");
            }
            assertThat(expected.get("caseload_case"))
                    .contains("\"age_group\": \"UE25\"", "\"case_manager_id\": \"fm-lena\"");
            for (long seed : List.of(7L, 42L, 2024L)) {
                UUID shuffled = UUID.randomUUID();
                List<EventEnvelope> envelopes = envelopes(lifeOfACase(shuffled, partner, closed));
                List<EventEnvelope> delivered = new ArrayList<>(envelopes);
                Random random = new Random(seed);
                for (int i = 0; i < 8; i++) { // redelivered
                    delivered.add(envelopes.get(random.nextInt(envelopes.size())));
                }
                Collections.shuffle(delivered, random);
                delivered.forEach(e -> upstream.publish(e, e.caseId().toString()));
                awaitApplied(envelopes);
                assertThat(readModel(shuffled))
                        .as("closed %s, seed %d", closed, seed)
                        .isEqualTo(expected);
            }
        }
        assertTallyMatchesCases();
    }

    /**
     * A U25 case moves to an Ü25 team (case-transferred) and is later reassigned within it (case-assigned,
     * which carries no age group): every order of arrival of the opening, the transfer and the newer
     * reassignment gives the same row — Ü25, the reassignment's team and FM.
     */
    @Test
    void theAgeGroupOfATransferSurvivesANewerAssignmentThatArrivedFirst() {
        policy(PolicySettings.PANKOW);
        List<List<Integer>> orders = List.of(
                List.of(0, 1, 2),
                List.of(0, 2, 1),
                List.of(1, 0, 2),
                List.of(1, 2, 0),
                List.of(2, 0, 1),
                List.of(2, 1, 0));
        List<UUID> cases = new ArrayList<>();
        for (List<Integer> order : orders) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            List<EventPayload> events = List.of(
                    EventFixtures.caseOpened()
                            .caseId(caseId)
                            .teamId("team-u25")
                            .ageGroup("U25")
                            .policyVersion(3)
                            .admittedOn(START)
                            .admittedAt(at(START))
                            .durationStartOn(START)
                            .maxDurationEndsOn(START.plusMonths(24))
                            .build(),
                    EventFixtures.caseTransferred()
                            .caseId(caseId)
                            .transferredAt(at(START.plusMonths(2)))
                            .policyVersion(3)
                            .build(),
                    EventFixtures.reassigned()
                            .caseId(caseId)
                            .caseManagerId("fm-lena")
                            .teamId("team-ue25")
                            .assignedAt(at(START.plusMonths(3)))
                            .previousCaseManagerId("fm-jonas")
                            .policyVersion(3)
                            .build());
            order.forEach(i -> publishApplied(caseId, events.get(i)));
        }
        String inOrder = row(cases.get(0));
        assertThat(inOrder).startsWith("team-ue25|fm-lena|UE25|");
        for (UUID caseId : cases) {
            assertThat(row(caseId))
                    .as("arrival order %s", orders.get(cases.indexOf(caseId)))
                    .isEqualTo(inOrder);
        }
        assertThat(qualityRowsOf("team-ue25", "fm-lena", "UE25")).isEqualTo(6);
        assertThat(openU25Counted()).isZero();
        assertTallyMatchesCases();
    }
}
