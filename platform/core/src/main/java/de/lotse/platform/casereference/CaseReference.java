package de.lotse.platform.casereference;

import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a downstream service knows of a case, from intake's events: ids and codes, the responsible
 * team and FM, the current absence deputy, and whether the case is closed. No personal data.
 *
 * @param customerRef           pseudonymous customer reference (from case-opened)
 * @param teamId                the responsible FM team
 * @param caseManagerId         the responsible FM
 * @param ageGroup              U25 or UE25
 * @param policyVersion         the policy version of the admission
 * @param admittedOn            known once case-opened arrived
 * @param deputyId              the absence deputy, if one was assigned
 * @param deputyCustomerAgreed  the customer agreed that the deputy acts on FM content (TAH 4.9)
 * @param closedOn              set once the case is closed
 * @param maxDurationEndsOn     the policy's maximum duration ends here, if it has one
 * @param minorUntil            only for minors: the day the customer comes of age
 * @param afterCareUntil        end of the after-care period agreed at closure (Nachbetreuung), if any
 * @param closureIntegration    the closure's reason is an integration (case-closed's {@code integration}); null
 *                              while open, and for closures recorded before it was kept
 */
@Serdeable
public record CaseReference(
        UUID caseId,
        String jobcenterId,
        @Nullable UUID customerRef,
        @Nullable String teamId,
        @Nullable String caseManagerId,
        @Nullable String ageGroup,
        @Nullable Integer policyVersion,
        @Nullable LocalDate admittedOn,
        @Nullable String deputyId,
        @Nullable LocalDate deputyFrom,
        @Nullable LocalDate deputyUntil,
        @Nullable Boolean deputyCustomerAgreed,
        @Nullable LocalDate closedOn,
        @Nullable String closureReasonCode,
        @Nullable LocalDate maxDurationEndsOn,
        @Nullable LocalDate minorUntil,
        @Nullable LocalDate afterCareUntil,
        @Nullable Boolean closureIntegration) {

    /**
     * The case an import check is about before the case exists (docs/import.md): known only from the record — its
     * admission and closure days and, where the check needs it, the end of its maximum duration; the one checking
     * stands in for its FM.
     */
    public static CaseReference checkedFromRecord(
            UUID caseId,
            String jobcenterId,
            String checker,
            @Nullable LocalDate admittedOn,
            @Nullable LocalDate closedOn,
            @Nullable LocalDate maxDurationEndsOn) {
        return new CaseReference(
                caseId,
                jobcenterId,
                null,
                null,
                checker,
                null,
                null,
                admittedOn,
                null,
                null,
                null,
                null,
                closedOn,
                null,
                maxDurationEndsOn,
                null,
                null,
                null);
    }

    public boolean closed() {
        return closedOn != null;
    }

    /** Closed, and the day lies within the after-care period agreed at closure (docs/domain.md §16.1). */
    public boolean inAfterCareOn(LocalDate day) {
        return closed() && afterCareUntil != null && !day.isAfter(afterCareUntil);
    }

    /** Closed into work (employment, training, subsidised employment): a sustainability check may follow (docs/domain.md §16.2). */
    public boolean closedAfterIntegration() {
        return closed() && Boolean.TRUE.equals(closureIntegration);
    }

    /** Whether the customer is a minor on that day. */
    public boolean minorOn(LocalDate day) {
        return minorUntil != null && day.isBefore(minorUntil);
    }

    /** The FM responsible for the case. */
    public boolean isCaseManager(CurrentUser user) {
        return user.has(Roles.FM) && user.subject().equals(caseManagerId);
    }

    /** The FM standing in for the responsible FM on that day. */
    public boolean isDeputyOn(CurrentUser user, LocalDate day) {
        return user.has(Roles.FM)
                && user.subject().equals(deputyId)
                && deputyFrom != null
                && deputyUntil != null
                && !day.isBefore(deputyFrom)
                && !day.isAfter(deputyUntil);
    }

    /** The team lead of the case's team. */
    public boolean isTeamLead(CurrentUser user) {
        return user.has(Roles.TL) && teamId != null && teamId.equals(user.teamId());
    }

    /** Staff (FM or TL) of the case's team. */
    public boolean isTeamMember(CurrentUser user) {
        return (user.has(Roles.FM) || user.has(Roles.TL)) && teamId != null && teamId.equals(user.teamId());
    }
}
