package de.lotse.planning.consultations.application;

import de.lotse.planning.consultations.infrastructure.ColleagueStore;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.security.Roles;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is a colleague of whose team. There is no directory of teams and staff yet (issue "Know who and find
 * who"), so planning keeps the team each FM and team lead signs in with (the IdP's signed {@code teamId}
 * claim) and, for an FM not seen yet, takes the team of the open cases intake assigned to them. A participant
 * must be known to be of the presenter's team: one planning does not know is refused, not trusted, since a
 * participant reads the consultation's question and outcome (docs/domain.md §12, §17).
 */
@Singleton
public class Colleagues {
    private static final Logger LOG = LoggerFactory.getLogger(Colleagues.class);

    private final ColleagueStore store;
    private final Clock clock;
    /** What was last stored per Jobcenter and subject: a request writes only when the team or roles changed. */
    private final Map<String, String> stored = new ConcurrentHashMap<>();

    Colleagues(ColleagueStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Notes the caller's team, for FMs and team leads with a Jobcenter and a team; never fails the request. */
    public void seen(CurrentUser user) {
        if (!(user.has(Roles.FM) || user.has(Roles.TL)) || blank(user.jobcenterId()) || blank(user.teamId())) {
            return;
        }
        String key = user.jobcenterId() + "|" + user.subject();
        String value = user.teamId() + "|" + user.actorRoles();
        if (value.equals(stored.get(key))) {
            return;
        }
        try {
            store.seen(user.jobcenterId(), user.subject(), user.teamId(), user.actorRoles(), clock.instant());
            stored.put(key, value);
        } catch (RuntimeException e) {
            // the register helps later checks; the caller's own request must not fail because of it
            LOG.warn("could not note the team of a caller", e);
        }
    }

    /** Refuses (422 {@code participants}) anyone not known to be staff of the team. */
    public void requireOfTeam(String jobcenterId, String teamId, List<String> subjects) {
        for (String subject : subjects) {
            Optional<String> seen = store.teamSeen(jobcenterId, subject);
            List<String> teams = seen.map(List::of).orElseGet(() -> store.teamsOfCases(jobcenterId, subject));
            if (teams.isEmpty()) {
                throw new RuleViolation(
                        "participants",
                        "UNKNOWN_COLLEAGUE",
                        "„" + subject + "“ ist Lotse nicht als "
                                + "Kollegin oder Kollege Ihres Teams bekannt (angemeldet haben muss sie oder er sich einmal).");
            }
            if (!teams.contains(teamId)) {
                throw new RuleViolation(
                        "participants",
                        "NOT_IN_TEAM",
                        "„" + subject + "“ gehört nicht zu Ihrem Team: "
                                + "an einer Fallberatung nehmen nur Kolleginnen und Kollegen des eigenen Teams teil.");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
