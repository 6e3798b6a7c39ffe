package de.lotse.intake.cases.application;

import de.lotse.intake.cases.domain.BfmCase;
import de.lotse.intake.cases.infrastructure.CaseStore;
import de.lotse.intake.customers.domain.Customer;
import de.lotse.intake.eligibility.application.CaseReadRule;
import de.lotse.intake.policy.application.PolicyService;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Object-level authorisation on cases (ARCHITECTURE.md §4): another Jobcenter's case does not
 * exist for the caller (404); within the Jobcenter, each role reaches only its own cases (403).
 * <ul>
 *   <li>AV: the cases they referred and the cases of customers they are responsible for;</li>
 *   <li>FM: the cases of their team (to decide referrals), the cases they are responsible for or stand in for;</li>
 *   <li>TL: the cases of their team.</li>
 * </ul>
 */
@Singleton
public class CaseAccess implements CaseReadRule {
    private final CaseStore store;
    private final Clock clock;

    CaseAccess(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public BfmCase load(CurrentUser user, UUID caseId) {
        return store.find(user.requireJobcenter(), caseId).orElseThrow(() -> NotFound.of("Fall"));
    }

    public void requireRead(CurrentUser user, BfmCase c, Customer customer, LocalDate today) {
        if (!mayRead(user, c, customer, today)) {
            throw new AccessDenied(
                    "NOT_YOUR_CASE", "Dieser Fall gehört weder zu Ihren Kundinnen und Kunden noch zu Ihrem Team.");
        }
    }

    /** The read rule for a case of the customer that is not loaded yet (e.g. where an assessment was made). */
    @Override
    public boolean mayRead(CurrentUser user, UUID caseId, Customer customer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PolicyService.BERLIN);
        return store.find(user.requireJobcenter(), caseId)
                .map(c -> mayRead(user, c, customer, today))
                .orElse(false);
    }

    private static boolean mayRead(CurrentUser user, BfmCase c, Customer customer, LocalDate today) {
        boolean av = user.has(Roles.AV)
                && (user.subject().equals(c.referral().referredBy())
                        || user.subject().equals(customer.responsibleAvId()));
        boolean fm = user.has(Roles.FM)
                && (sameTeam(user, c)
                        || responsible(user, c, today)
                        || user.subject().equals(c.referral().referredBy()));
        boolean tl = user.has(Roles.TL) && sameTeam(user, c);
        return av || fm || tl;
    }

    /** Decisions on a referral are the case team's FMs'. */
    public void requireTeamCaseManager(CurrentUser user, BfmCase c) {
        if (!(user.has(Roles.FM) && sameTeam(user, c))) {
            throw new AccessDenied(
                    "NOT_CASE_TEAM",
                    "Über diese Vormerkung entscheiden die Fallmanager:innen des Teams " + c.teamId() + ".");
        }
    }

    /** Only the referring AV can take a decline to the team lead. */
    public void requireReferringAv(CurrentUser user, BfmCase c) {
        if (!(user.has(Roles.AV) && user.subject().equals(c.referral().referredBy()))) {
            throw new AccessDenied(
                    "NOT_REFERRING_AV",
                    "Nur die vormerkende Arbeitsvermittlung kann die Ablehnung der Teamleitung vorlegen.");
        }
    }

    /** Escalations, overrides and reassignments are decided by the team lead of the case's team. */
    public void requireTeamLead(CurrentUser user, BfmCase c) {
        if (!(user.has(Roles.TL) && sameTeam(user, c))) {
            throw new AccessDenied(
                    "NOT_TEAM_LEAD_OF_CASE", "Das entscheidet die Teamleitung des Teams " + c.teamId() + ".");
        }
    }

    /** Work on an open case: the responsible FM, the deputy standing in, or the team lead. */
    public void requireResponsible(CurrentUser user, BfmCase c, LocalDate today) {
        boolean fm = user.has(Roles.FM) && responsible(user, c, today);
        boolean tl = user.has(Roles.TL) && sameTeam(user, c);
        if (!fm && !tl) {
            throw new AccessDenied(
                    "NOT_RESPONSIBLE",
                    "Das können nur die zuständige Fachkraft, ihre Vertretung oder die Teamleitung.");
        }
    }

    public static boolean responsible(CurrentUser user, BfmCase c, LocalDate today) {
        return user.subject().equals(c.caseManagerId()) || c.isDeputyOn(user.subject(), today);
    }

    private static boolean sameTeam(CurrentUser user, BfmCase c) {
        return c.teamId().equals(user.teamId());
    }

    /** The role the caller acts in for the decision log: the most specific one they hold. */
    public static String actingRole(CurrentUser user) {
        for (String role : new String[] {Roles.TL, Roles.FM, Roles.AV, Roles.ADMIN}) {
            if (user.has(role)) {
                return role;
            }
        }
        return user.actorRoles();
    }
}
