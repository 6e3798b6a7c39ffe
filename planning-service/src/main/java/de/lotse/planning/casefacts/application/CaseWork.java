package de.lotse.planning.casefacts.application;

import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Who works on a case in planning. The case workers — the responsible FM, the deputy standing in on
 * the day and the team lead — write the plan, agreements, contacts, notes, reviews, measures and
 * reduction checks, and read their texts (audited). Team colleagues see what carries no text
 * (contacts, density, measures). Who reads FM-individual notes is decided with the notes.
 */
@Singleton
public class CaseWork {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final CaseAccess access;
    private final Clock clock;

    CaseWork(CaseAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The case, for a change by a case worker: 404 elsewhere, 403 for others, 409 once closed. */
    public CaseReference forChange(CurrentUser user, UUID caseId) {
        return access.forChange(user, caseId, today());
    }

    /** The case, for reading texts: the case workers only. */
    /** For contacts and notes: also a closed case within its after-care period (docs/domain.md §16.1). */
    public CaseReference forAfterCare(CurrentUser user, UUID caseId) {
        return access.forAfterCare(user, caseId, today());
    }

    public CaseReference forReading(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, today());
        return c;
    }

    /** The case, for what its team may see. */
    public CaseReference forTeam(CurrentUser user, UUID caseId) {
        return forTeam(user, caseId, () -> {});
    }

    /**
     * The case, for what its team may see; a refusal (403 {@code NOT_YOUR_TEAM}) runs {@code refused}
     * first, so a protected read can audit it.
     */
    public CaseReference forTeam(CurrentUser user, UUID caseId, Runnable refused) {
        CaseReference c = access.load(user, caseId);
        try {
            access.requireTeam(user, c, today());
        } catch (AccessDenied e) {
            refused.run();
            throw e;
        }
        return c;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }

    public Clock clock() {
        return clock;
    }

    public static String purpose(CurrentUser user) {
        return user.has(Roles.TL) ? "Aufsicht" : "Fallbearbeitung";
    }
}
