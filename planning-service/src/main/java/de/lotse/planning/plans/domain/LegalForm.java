package de.lotse.planning.plans.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The legal form of an agreement under § 15 SGB II as in force from a date (docs/domain.md §15): the
 * Eingliederungsvereinbarung (a. F.) until 30 June 2023, the Kooperationsplan since 1 July 2023. Data, not code:
 * planning reads the forms from its database, so imported history is judged by the law of its day and a change
 * of law is a data change.
 *
 * @param effectiveFrom          in force for agreements concluded from this day
 * @param code                   EINV or KOOPERATIONSPLAN
 * @param title                  as printed
 * @param lawReference           as printed, e.g. "§ 15 SGB II"
 * @param legalConsequencesInPlan a. F.: the agreement carries the Rechtsfolgenbelehrung; n. F.: it is not binding
 * @param conciliation           disagreement goes to the Schlichtung of § 15a SGB II (n. F.)
 * @param reviewWithinMonths     reviewed and updated jointly at the latest after this many months (both: 6)
 */
public record LegalForm(
        LocalDate effectiveFrom,
        String code,
        String title,
        String lawReference,
        boolean legalConsequencesInPlan,
        boolean conciliation,
        int reviewWithinMonths) {

    /** The form in force on the day, from the forms known; none before the first (no § 15 SGB II agreement then). */
    public static Optional<LegalForm> inForceOn(List<LegalForm> forms, LocalDate day) {
        return forms.stream()
                .filter(form -> !form.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(LegalForm::effectiveFrom));
    }
}
