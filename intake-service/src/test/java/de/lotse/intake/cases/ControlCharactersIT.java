package de.lotse.intake.cases;

import de.lotse.intake.IntakeIT;
import de.lotse.platform.testing.ControlCharacterProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static de.lotse.platform.testing.ControlCharacterProbe.NUL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A U+0000 in a free text answered 500 (PostgreSQL refuses the byte); now the platform refuses it
 * before intake runs: 400 naming the field, nothing referred, no policy version, no event.
 */
@MicronautTest(transactional = false)
class ControlCharactersIT extends IntakeIT {

    @Test
    @SuppressWarnings("unchecked")
    void aReferralWithANulInItsNoteOrALineBreakInAName_isRefusedAndNothingIsReferred() {
        choosePolicy("PANKOW");
        long events = tables().eventsInOutbox();
        Map<String, Object> body = referral(customerNumber(), LocalDate.of(1980, 4, 12), facts(2, 1));
        body.put("note", "Kundin wünscht Termin" + NUL + " am Vormittag");
        body.put("lastName", "Muster\nmann");

        ControlCharacterProbe.assertRefused(
                refused(HttpRequest.POST("/api/referrals", body), av(), 400), "note", "lastName");

        assertThat(get("/api/cases?scope=MY_REFERRALS", av())).containsEntry("total", 0);
        assertThat(tables().eventsInOutbox()).isEqualTo(events);

        // the note is multi-line free text: line breaks and tabs pass there, and the referral is written
        body.put("note", "Zeile 1\nZeile 2\r\n\tEnde \uD83D\uDE00");
        body.put("lastName", "Mustermann");
        String caseId = refer(body);
        assertThat((List<Map<String, Object>>)
                        get("/api/cases?scope=MY_REFERRALS", av()).get("items"))
                .extracting(c -> String.valueOf(c.get("caseId")))
                .containsExactly(caseId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPolicyNoteAndAnOverrideReasonWithANulAreRefused() {
        choosePolicy("PANKOW");
        long events = tables().eventsInOutbox();

        ControlCharacterProbe.assertRefused(
                refused(
                        HttpRequest.POST(
                                "/api/policy/versions", Map.of("basePreset", "TAH", "note", "neue Fassung" + NUL)),
                        admin(),
                        400),
                "note");
        assertThat((List<Object>) get("/api/policy/versions", admin()).get("items"))
                .hasSize(1);

        String caseId = refer();
        long afterReferral = tables().eventsInOutbox();
        ControlCharacterProbe.assertRefused(
                refused(
                        HttpRequest.POST(
                                "/api/cases/" + caseId + "/caseload-overrides",
                                Map.of("caseManagerId", "fm-anna", "reason", "Vertretung\u0000")),
                        tl(),
                        400),
                "reason");
        assertThat(tables().eventsInOutbox()).isEqualTo(afterReferral);
        assertThat(afterReferral).isGreaterThan(events);
    }
}
