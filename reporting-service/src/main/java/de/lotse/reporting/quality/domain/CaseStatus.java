package de.lotse.reporting.quality.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What reporting knows of a case for the quality standards, all from events: a referral still waiting
 * for an FM, or an open case.
 *
 * @param stage                    referred (waiting for an FM) or open
 * @param caseManagerId            none while referred
 * @param ageGroup                 U25 or UE25, once known
 * @param secondaryAssignmentDueOn an FM must take the referral by then (TAH 4.3), if the policy sets a deadline
 * @param firstConsultationDueOn   as intake computed it (case-opened): a deadline in working days already skips the
 *                                 Jobcenter's public holidays; reporting never recounts it (docs/domain.md §13)
 * @param agreementValidUntil      end of validity where the policy limits it
 * @param agreementReviewOn        the joint review of the agreement is due (§ 15 SGB II: within six months)
 * @param nextReviewDueOn          from the latest continuation review; none before the first
 * @param extensionUntil           end of the latest approved extension
 * @param categoryCode             latest profile/category
 * @param countedContacts          days of the contacts that count toward density
 * @param aghPeriods               the case's AGH (§16d) participations
 */
public record CaseStatus(
        UUID caseId,
        Stage stage,
        String teamId,
        String caseManagerId,
        String ageGroup,
        LocalDate secondaryAssignmentDueOn,
        LocalDate admittedOn,
        LocalDate firstConsultationDueOn,
        LocalDate firstConsultationHeldOn,
        LocalDate maxDurationEndsOn,
        LocalDate agreementValidUntil,
        LocalDate agreementReviewOn,
        LocalDate nextReviewDueOn,
        LocalDate extensionUntil,
        String categoryCode,
        List<LocalDate> countedContacts,
        List<Period> aghPeriods) {

    public CaseStatus {
        countedContacts = List.copyOf(countedContacts);
        aghPeriods = List.copyOf(aghPeriods);
    }

    /** Where the case stands for the quality standards. */
    public enum Stage {
        /** vorgemerkt: referred, no FM has taken it yet (not declined) */
        REFERRED,
        /** opened and not closed */
        OPEN
    }

    /** A participation from its start to its end (open end: still running). */
    public record Period(LocalDate startedOn, LocalDate endedOn) {
        public boolean runsOn(LocalDate day) {
            return startedOn != null && !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        }
    }

    public boolean aghRunsOn(LocalDate day) {
        return aghPeriods.stream().anyMatch(p -> p.runsOn(day));
    }
}
