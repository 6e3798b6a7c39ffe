package de.lotse.intake.policy.domain;

import de.lotse.intake.policy.domain.DeadlineRule.DayCount;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.codes.KeyGroup;
import de.lotse.platform.codes.ProfileScheme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The four real Jobcenter documents as policy presets (docs/domain.md §11; the seeds win when in doubt).
 * An administrator starts from one and adjusts it. Where a seed is silent, the setting is
 * {@code null} (does not apply) rather than an invented number; the few Lotse defaults are marked.
 */
public enum Preset {
    /** Bundesagentur für Arbeit, Geschäftsweisung 01/2010: binding minimum for all Jobcenters. */
    BA2010("Geschäftsweisung BA Nr. 01 vom 13.01.2010") {
        @Override
        public PolicySettings settings() {
            return new PolicySettings(
                    // 3b (a): complex profile with at least 3 needs in Rahmenbedingungen/Leistungsfähigkeit; (b)
                    // progress
                    new AccessRules(
                            3, COUNTED, COMPLEX_BA_PROFILES, null, true, null, false, false, false, false, false),
                    Set.of(),
                    6, // 3b: "spätestens alle sechs Monate" überprüfen
                    null,
                    null,
                    false,
                    null,
                    6, // 3c
                    24,
                    MaxDurationExtension.DOCUMENTED_REASONS, // 3c: "in der Regel nicht länger als zwei Jahre"
                    false,
                    null, // no contact rule
                    null, // ratio: only a pointer to the 2004 Fachkonzept
                    null,
                    ProfileScheme.BA_PROFILES,
                    ClosureCatalogues.pankow(), // no catalogue in BA2010: Lotse's default
                    null,
                    false,
                    false,
                    null);
        }
    },
    /** Jobcenter Berlin Pankow, lokale Umsetzungsstrategie bFM, Stand 03/2020. */
    PANKOW("Jobcenter Berlin Pankow, Lokale Umsetzungsstrategie bFM 03/2020") {
        @Override
        public PolicySettings settings() {
            return new PolicySettings(
                    // 4.1: 3 needs, integration not expected within 12 months, progress; prophylaxis for new customers
                    // (182 days)
                    new AccessRules(3, COUNTED, Set.of(), 12, true, 182, false, false, false, false, false),
                    Set.of(),
                    6, // 4.2
                    null,
                    null, // 4.3: "zeitnah" — no fixed deadline
                    true, // 4.3: personal conversation of AV and FM about the takeover
                    null,
                    6, // 4.5
                    24,
                    MaxDurationExtension.TEAM_LEAD_APPROVAL, // 4.5: longer only agreed with the team lead
                    false,
                    // 6: at least 10 contacts a year, never more than 2 months apart
                    new ContactRule(
                            10,
                            2,
                            Map.of(),
                            EnumSet.of(
                                    ContactFormat.IN_PERSON,
                                    ContactFormat.VISIT,
                                    ContactFormat.WALK_AND_TALK,
                                    ContactFormat.PHONE,
                                    ContactFormat.CASE_CONFERENCE,
                                    ContactFormat.NETWORK)),
                    new CaseloadRatio(90, 90, 75, false), // 6: 90 per full-time FM, not below 1:75
                    null,
                    ProfileScheme.BA_PROFILES,
                    ClosureCatalogues.pankow(), // 4.6
                    null,
                    false,
                    false,
                    null);
        }
    },
    /** Jobcenter Uckermark (zugelassener kommunaler Träger), Handlungskonzept Fallmanagement, 4. Überarbeitung. */
    UCKERMARK("Jobcenter Uckermark, Handlungskonzept Fallmanagement (4. Überarbeitung)") {
        @Override
        public PolicySettings settings() {
            return new PolicySettings(
                    // 2.1, 3: every customer has an FM ("Jedem erwerbsfähigen Leistungsberechtigten steht … ein
                    // persönlicher Ansprechpartner (Fallmanager) … zur Seite"); categories route, they do not admit
                    // (docs/domain.md §18.1) — D and E are the complex profiles of 4.1.1, not an access criterion
                    new AccessRules(null, Set.of(), Set.of(), null, false, null, false, false, false, false, true),
                    Set.of(),
                    null,
                    null,
                    // 3: ESB "spätestens jedoch innerhalb von 10 Arbeitstagen nach Antragstellung"
                    new DeadlineRule(10, DayCount.WORKING_DAYS, DeadlineRule.CountsFrom.APPLICATION),
                    false,
                    null,
                    6, // 4.1.4: agreement renewed at the latest after 6 months
                    null,
                    MaxDurationExtension.NONE,
                    false,
                    // 4.1.4 / 4.2: follow-up at agreement expiry (6 months), B every 3 months, A (market-near) monthly
                    // 4.1.1: X, Y, Z have no agreement; their resubmission date governs, not a contact rule
                    new ContactRule(
                            null, 6, Map.of("A", 1, "B", 3), EnumSet.allOf(ContactFormat.class), Set.of("X", "Y", "Z")),
                    new CaseloadRatio(150, 75, null, true), // 2.2 / 2.3, leads and assistants included
                    6,
                    ProfileScheme.UCKERMARK_CATEGORIES,
                    ClosureCatalogues.uckermark(),
                    null,
                    false,
                    true, // 6.7: not rigid at 25 — finish and evaluate running measures first
                    // 3, 4.1, 4.2, 6.6: A customers aged 25+ go to the market-near FM after the ESB; first talk
                    // within 10 working days of the benefit decision; market-near: invitation within 5, talk within
                    // 10 working days of the handover, individual review after 6 months
                    new RoutingRules(
                            Set.of("A"),
                            new DeadlineRule(10, DayCount.WORKING_DAYS),
                            new DeadlineRule(5, DayCount.WORKING_DAYS),
                            new DeadlineRule(10, DayCount.WORKING_DAYS),
                            6));
        }
    },
    /** Jobcenter t.a.h., Handlungsanweisung 01.2008, gültig ab 01.09.2025. */
    TAH("Jobcenter t.a.h., Handlungsanweisung 01.2008 (gültig ab 01.09.2025)") {
        @Override
        public PolicySettings settings() {
            return new PolicySettings(
                    // 4.1: fewer than 3 needs with entrenchment, deeper barriers, social-integrative; 4.2: AGH
                    // participants
                    new AccessRules(3, COUNTED, Set.of(), null, false, null, true, true, true, true, false),
                    EnumSet.allOf(ExclusionCriterion.class), // 4.2
                    6, // 3.2
                    3, // 4.3: FM as secondary support within three days
                    new DeadlineRule(14, DayCount.CALENDAR_DAYS), // 4.3: Einstiegsberatung within 14 days
                    true, // 4.3: documented after a joint case discussion
                    3, // 4.4
                    6, // 4.11
                    36,
                    MaxDurationExtension.NONE,
                    true, // 4.11: three years, continued while an AGH runs
                    new ContactRule(null, 1, Map.of(), EnumSet.allOf(ContactFormat.class)), // 3.1 / 4.9: monthly
                    new CaseloadRatio(75, 75, null, false), // 8
                    null,
                    ProfileScheme.BA_PROFILES,
                    ClosureCatalogues.tah(),
                    6, // 4.12 after-care "bei Bedarf"; 6 months is a Lotse default, not in the seed
                    true, // 4.9: deputy only with the customer's agreement
                    false,
                    null);
        }
    };

    private static final Set<KeyGroup> COUNTED = EnumSet.of(KeyGroup.PERFORMANCE_CAPACITY, KeyGroup.LIVING_CONDITIONS);
    private static final Set<String> COMPLEX_BA_PROFILES = Set.of(
            ProfileScheme.BaProfile.DEVELOPMENT.name(),
            ProfileScheme.BaProfile.STABILISATION.name(),
            ProfileScheme.BaProfile.SUPPORT.name());

    /** The code a policy version carries when an administrator changed a preset's settings. */
    public static final String CUSTOM = "CUSTOM";

    private final String source;

    Preset(String source) {
        this.source = source;
    }

    /** The document the preset was built from. */
    public String source() {
        return source;
    }

    public abstract PolicySettings settings();
}
