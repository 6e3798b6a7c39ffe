package de.lotse.network.conferences.application;

import de.lotse.network.conferences.domain.CaseConference;
import de.lotse.network.conferences.infrastructure.ConferenceStore;
import de.lotse.network.consents.infrastructure.ConsentStore;
import de.lotse.platform.casereference.CaseReference;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.domain.StateConflict;
import de.lotse.platform.kernel.caseaccess.CaseAccess;
import de.lotse.platform.security.CurrentUser;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

/** Case conferences: partners only with a consent for exactly them, outcomes as coded decisions. */
@Singleton
public class ConferenceService {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ConferenceStore conferences;
    private final ConsentStore consents;
    private final CaseAccess access;
    private final Clock clock;

    ConferenceService(ConferenceStore conferences, ConsentStore consents, CaseAccess access, Clock clock) {
        this.conferences = conferences;
        this.consents = consents;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public CaseConference schedule(
            CurrentUser user,
            UUID caseId,
            LocalDate on,
            List<String> staff,
            List<UUID> partners,
            boolean customerInvited) {
        CaseReference c = access.forChange(user, caseId, today());
        CaseConference conference = CaseConference.schedule(
                UUID.randomUUID(),
                caseId,
                c.jobcenterId(),
                on,
                staff,
                partners,
                customerInvited,
                covered(caseId),
                user.subject(),
                today(),
                clock.instant());
        conferences.insert(conference);
        return conference;
    }

    @Transactional
    public CaseConference held(
            CurrentUser user,
            UUID caseId,
            UUID conferenceId,
            LocalDate heldOn,
            List<UUID> attended,
            List<String> decisions) {
        access.forChange(user, caseId, today());
        CaseConference held = conferences
                .find(caseId, conferenceId)
                .orElseThrow(() -> NotFound.of("Fallkonferenz"))
                .held(heldOn, attended, decisions, covered(caseId), today());
        if (!conferences.held(held)) {
            throw new StateConflict("CONFERENCE_HELD", "Das Ergebnis wurde soeben dokumentiert.");
        }
        return held;
    }

    @Transactional
    public List<CaseConference> of(CurrentUser user, UUID caseId) {
        CaseReference c = access.load(user, caseId);
        access.requireCaseWorker(user, c, today());
        return conferences.of(caseId);
    }

    private BiPredicate<UUID, LocalDate> covered(UUID caseId) {
        return (partnerId, day) -> consents.given(caseId, partnerId)
                .filter(consent -> consent.effectiveOn(day))
                .isPresent();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BERLIN);
    }
}
