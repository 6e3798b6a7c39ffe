package de.lotse.intake.jobcenter;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jobcenter's own record through intake's API (docs/intake.md, docs/domain.md §13): entered and changed by
 * ADMIN under an optimistic version, read by every staff role of the Jobcenter, refused with problem+json naming
 * the field when the Bundesland or region is not one the holiday calendar knows.
 */
@MicronautTest(transactional = false)
class JobcenterIT extends IntakeIT {

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = jobcenterRecord("BB", 0);
        body.put(field, value);
        return body;
    }

    @Test
    void withoutARecordTheReadAnswers404TellingTheAdministrationToEnterIt() {
        Map<String, Object> problem = refused(HttpRequest.GET("/api/jobcenter"), fm(), 404);
        assertThat(problem.get("detail").toString()).contains("Administration").contains("bundesweiten Feiertage");
    }

    @Test
    void onlyTheAdministrationEntersItAndEveryStaffRoleOfTheJobcenterReadsIt() {
        refused(HttpRequest.PUT("/api/jobcenter", jobcenterRecord("BB", 0)), tl(), 403);
        refused(HttpRequest.PUT("/api/jobcenter", jobcenterRecord("BB", 0)), fm(), 403);
        Map<String, Object> entered = put("/api/jobcenter", admin(), jobcenterRecord("bb", 0));
        assertThat(entered)
                .containsEntry("version", 1)
                .containsEntry("stateCode", "BB")
                .containsEntry("stateName", "Brandenburg")
                .containsEntry("city", "Prenzlau")
                .containsEntry("changedBy", "admin-ida")
                .doesNotContainKey("regionCode");
        String management =
                TestTokens.user("mgmt-karl", "MANAGEMENT").jobcenter(jobcenter).sign();
        for (String token : List.of(fm(), av(), tl(), management, admin())) {
            assertThat(get("/api/jobcenter", token)).containsEntry("name", "Jobcenter Uckermark");
        }
        // another Jobcenter's staff see their own Jobcenter's record, which it has not entered
        refused(
                HttpRequest.GET("/api/jobcenter"),
                TestTokens.user("fm-anna", "FM")
                        .jobcenter("jc-other-" + jobcenter)
                        .team(TEAM)
                        .sign(),
                404);
    }

    @Test
    void aBundeslandOrRegionTheCalendarDoesNotKnowAndMalformedFieldsAreRefusedNamingTheField() {
        Map<String, Object> unknownState =
                refused(HttpRequest.PUT("/api/jobcenter", jobcenterRecord("XX", 0)), admin(), 422);
        assertThat(fields(unknownState)).containsExactly("stateCode");
        assertThat(rules(unknownState)).containsExactly("UNKNOWN_STATE");
        assertThat(rules(refused(HttpRequest.PUT("/api/jobcenter", with("regionCode", "AG")), admin(), 422)))
                .containsExactly("NO_REGIONS_IN_STATE");
        Map<String, Object> bavaria = jobcenterRecord("BY", 0);
        bavaria.put("regionCode", "ZZ");
        Map<String, Object> unknownRegion = refused(HttpRequest.PUT("/api/jobcenter", bavaria), admin(), 422);
        assertThat(fields(unknownRegion)).containsExactly("regionCode");
        assertThat(rules(unknownRegion)).containsExactly("UNKNOWN_REGION");

        assertThat(fields(refused(HttpRequest.PUT("/api/jobcenter", with("postalCode", "1729")), admin(), 400)))
                .containsExactly("postalCode");
        assertThat(fields(refused(HttpRequest.PUT("/api/jobcenter", with("email", "kein-at")), admin(), 400)))
                .containsExactly("email");
        assertThat(fields(refused(HttpRequest.PUT("/api/jobcenter", with("name", " ")), admin(), 400)))
                .containsExactly("name");
        assertThat(fields(refused(HttpRequest.PUT("/api/jobcenter", with("version", null)), admin(), 400)))
                .containsExactly("version");
        // none of them was stored: the Jobcenter still has no master data
        refused(HttpRequest.GET("/api/jobcenter"), admin(), 404);

        bavaria.put("regionCode", "ag");
        assertThat(put("/api/jobcenter", admin(), bavaria))
                .containsEntry("regionCode", "AG")
                .satisfies(view -> assertThat(view.get("regionLabel").toString())
                        .startsWith("Augsburg")
                        .contains("Friedensfest"));
    }

    @Test
    void aChangeNeedsTheVersionReadAndTheSameEntryAgainChangesNothing() {
        assertThat(put("/api/jobcenter", admin(), jobcenterRecord("BB", 0))).containsEntry("version", 1);
        Map<String, Object> stale = jobcenterRecord("BE", 0);
        assertThat(rules(refused(HttpRequest.PUT("/api/jobcenter", stale), admin(), 409)))
                .containsExactly("JOBCENTER_RECORD_CHANGED");
        // a repeated request whose first answer was lost: nothing new, no second event
        assertThat(put("/api/jobcenter", admin(), jobcenterRecord("BB", 0))).containsEntry("version", 1);
        assertThat(events(jobcenter)).filteredOn("directory-changed"::equals).hasSize(1);
        assertThat(put("/api/jobcenter", admin(), jobcenterRecord("BE", 1)))
                .containsEntry("version", 2)
                .containsEntry("stateName", "Berlin");
    }

    @Test
    void theSixteenLaenderAreOfferedWithTheRegionsWhoseHolidaysDiffer() {
        List<Map<String, Object>> states = client.toBlocking()
                .retrieve(HttpRequest.GET("/api/jobcenter/states").bearerAuth(admin()), Argument.listOf(JSON_OBJECT));
        assertThat(states).hasSize(16).extracting(s -> s.get("code")).contains("BB", "BE", "BY", "TH");
        assertThat(states)
                .filteredOn(s -> "BB".equals(s.get("code")))
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry("name", "Brandenburg")
                        .satisfies(bb -> assertThat(bb.getOrDefault("regions", List.of()))
                                .isEqualTo(List.of())));
        assertThat(states)
                .filteredOn(s -> "BY".equals(s.get("code")))
                .singleElement()
                .satisfies(s -> assertThat((List<?>) s.get("regions")).isNotEmpty());
    }
}
