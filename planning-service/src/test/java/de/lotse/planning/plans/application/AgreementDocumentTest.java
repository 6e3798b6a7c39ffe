package de.lotse.planning.plans.application;

import de.lotse.planning.casefacts.domain.CaseNeed;
import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.AgreementException;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Recipient;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.StepOwner;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.platform.codes.KeyGroup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/domain.md §15.3: what the printed agreement says under each legal form. */
class AgreementDocumentTest {
    private static final LegalForm EINV = new LegalForm(
            LocalDate.of(2005, 1, 1),
            "EINV",
            "Eingliederungsvereinbarung (a. F.)",
            "§ 15 SGB II in der bis 30.06.2023 geltenden Fassung",
            true,
            false,
            6);
    private static final LegalForm KOOPERATIONSPLAN = new LegalForm(
            LocalDate.of(2023, 7, 1), "KOOPERATIONSPLAN", "Kooperationsplan", "§ 15 SGB II", false, true, 6);
    private static final JobcenterRecord JOBCENTER = new JobcenterRecord(
            "jc-1",
            "Jobcenter Uckermark",
            "Karl-Marx-Straße 1",
            "17291",
            "Prenzlau",
            "03984 123-0",
            "jobcenter@example.org",
            "Mo–Fr 8–12 Uhr");
    private static final Recipient ERIKA = new Recipient("123E456789", "Erika", "Mustermann");

    private static Agreement agreement(String type, LocalDate on, boolean instruction) {
        UUID caseId = UUID.randomUUID();
        CaseNeed debt = new CaseNeed(UUID.randomUUID(), KeyGroup.LIVING_CONDITIONS, "DEBT", "IDENTIFIED");
        UUID strategy = UUID.randomUUID();
        Plan plan = Plan.draft(
                caseId,
                "jc-1",
                new Goal(
                        UUID.randomUUID(),
                        "Arbeit als Fachlagerist <in Teilzeit>",
                        KeyGroup.PROFESSIONAL_COMPETENCE,
                        null),
                List.of(new Goal(UUID.randomUUID(), "Schulden geordnet", null, on.plusMonths(3))),
                List.of(new Strategy(strategy, debt.needId(), null, "Schuldnerberatung aufsuchen", null)),
                null,
                null,
                false,
                List.of(new Step(
                        UUID.randomUUID(),
                        strategy,
                        "Termin vereinbaren",
                        StepOwner.CUSTOMER,
                        null,
                        on.plusDays(14),
                        false)),
                List.of(debt),
                "fm-1",
                Instant.EPOCH,
                0);
        return new Agreement(
                UUID.randomUUID(),
                caseId,
                "jc-1",
                type,
                on,
                null,
                List.of("Übernahme der Fahrtkosten"),
                List.of("Sie nehmen den Termin wahr"),
                instruction,
                null,
                null,
                null,
                1,
                plan,
                2,
                "fm-anna",
                Instant.EPOCH,
                on.plusMonths(6),
                null,
                "Anna Schmidt");
    }

    @Test
    void aKooperationsplanShowsEveryItemTheLawAndTheIssueAskFor() {
        String html = AgreementDocument.render(
                agreement("KOOPERATIONSPLAN", LocalDate.of(2026, 11, 23), false), KOOPERATIONSPLAN, JOBCENTER, ERIKA);

        assertThat(html)
                .contains(
                        "<h1>Kooperationsplan</h1>",
                        "nach § 15 SGB II",
                        "Jobcenter Uckermark",
                        "Karl-Marx-Straße 1",
                        "17291 Prenzlau",
                        "Erika Mustermann",
                        "Kundennummer 123E456789",
                        "Ihre Fallmanagerin / Ihr Fallmanager: Anna Schmidt",
                        "Arbeit als Fachlagerist &lt;in Teilzeit&gt;",
                        "Schulden geordnet",
                        "Schuldnerberatung aufsuchen",
                        "Termin vereinbaren",
                        "Übernahme der Fahrtkosten",
                        "Sie nehmen den Termin wahr",
                        "spätestens am <strong>23.05.2027</strong>",
                        "Schlichtung",
                        "§ 15a SGB II",
                        "rechtlich nicht verbindlich");
        assertThat(html)
                .doesNotContain("Eingliederungsvereinbarung", "Rechtsfolgenbelehrung", "Bürgergeld", "jc-1", "fm-anna");
    }

    @Test
    void anAgreementFromBeforeJuly2023PrintsAsEinvOfTheOldLaw() {
        String html =
                AgreementDocument.render(agreement("EINV", LocalDate.of(2023, 5, 10), true), EINV, JOBCENTER, ERIKA);

        assertThat(html)
                .contains(
                        "<h1>Eingliederungsvereinbarung (a. F.)</h1>",
                        "§ 15 SGB II in der bis 30.06.2023 geltenden Fassung",
                        "Rechtsfolgen",
                        "Arbeitslosengeld II");
        assertThat(html).doesNotContain("Schlichtung", "Kooperationsplan", "Bürgergeld");
    }

    @Test
    void workingWithoutAnAgreementIsANoteWithTheLetterhead() {
        Agreement none = new Agreement(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "jc-1",
                Agreement.NONE,
                LocalDate.of(2026, 11, 23),
                null,
                List.of(),
                List.of(),
                false,
                null,
                AgreementException.CANNOT_OVERSEE_CONSEQUENCES,
                "akute Krise",
                1,
                null,
                2,
                "fm-anna",
                Instant.EPOCH,
                null,
                null,
                null);

        assertThat(AgreementDocument.render(none, null, JOBCENTER, ERIKA))
                .contains("Jobcenter Uckermark", "Erika Mustermann", "keine Vereinbarung", "akute Krise")
                .doesNotContain("Schlichtung");
    }
}
