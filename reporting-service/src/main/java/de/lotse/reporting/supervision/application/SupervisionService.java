package de.lotse.reporting.supervision.application;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.domain.AccessDenied;
import de.lotse.platform.domain.NotFound;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import de.lotse.reporting.quality.application.QualityService;
import de.lotse.reporting.supervision.domain.Sample;
import de.lotse.reporting.supervision.domain.SupervisionSample;
import de.lotse.reporting.supervision.infrastructure.SampleStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The team lead's supervision sample: drawn from today's findings, stored with its seed, reviewed case by case. */
@Singleton
public class SupervisionService {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final QualityService quality;
    private final SampleStore samples;
    private final AuditLog audit;
    private final Clock clock;

    SupervisionService(QualityService quality, SampleStore samples, AuditLog audit, Clock clock) {
        this.quality = quality;
        this.samples = samples;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Sample draw(CurrentUser user, int size, Long seed) {
        String team = requireTeamLead(user);
        long usedSeed = seed != null ? seed : SEEDS.nextLong();
        List<SupervisionSample.Candidate> candidates = quality.allOfTeam(user.requireJobcenter(), team).stream()
                .map(c -> new SupervisionSample.Candidate(c.caseId(), c.caseManagerId(), c.findings()))
                .toList();
        List<SupervisionSample.Candidate> drawn = SupervisionSample.draw(candidates, size, usedSeed);
        UUID id = UUID.randomUUID();
        samples.insert(id, user.requireJobcenter(), team, usedSeed, size, user.subject(), clock.instant(), drawn);
        audit.recordCaseList(
                user,
                "supervision-sample",
                drawn.stream().map(SupervisionSample.Candidate::caseId).toList(),
                "Fachaufsicht");
        return find(user, id);
    }

    @Transactional
    public Sample review(CurrentUser user, UUID sampleId, UUID caseId, SupervisionSample.Result result, String note) {
        find(user, sampleId); // the sample must be one of the team's
        if (!samples.review(sampleId, caseId, result, note, user.subject(), clock.instant())) {
            throw NotFound.of("Fall der Stichprobe");
        }
        return find(user, sampleId);
    }

    @Transactional
    public Sample find(CurrentUser user, UUID sampleId) {
        String team = requireTeamLead(user);
        return samples.find(user.requireJobcenter(), team, sampleId).orElseThrow(() -> NotFound.of("Stichprobe"));
    }

    @Transactional
    public List<Sample> ofTeam(CurrentUser user) {
        String team = requireTeamLead(user);
        return samples.ofTeam(user.requireJobcenter(), team).stream()
                .map(id -> find(user, id))
                .toList();
    }

    private static String requireTeamLead(CurrentUser user) {
        if (!user.has(Roles.TL) || user.teamId() == null) {
            throw new AccessDenied("TEAM_LEAD_ONLY", "Stichproben der Fachaufsicht zieht die Teamleitung des Teams.");
        }
        return user.teamId();
    }
}
