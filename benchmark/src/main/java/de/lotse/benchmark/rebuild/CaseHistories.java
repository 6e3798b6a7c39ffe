package de.lotse.benchmark.rebuild;

import de.lotse.platform.contracts.AssessmentCompleted;
import de.lotse.platform.contracts.CaseAssigned;
import de.lotse.platform.contracts.CaseClosed;
import de.lotse.platform.contracts.CaseOpened;
import de.lotse.platform.contracts.CaseReferred;
import de.lotse.platform.contracts.CaseTransferred;
import de.lotse.platform.contracts.CategoryChanged;
import de.lotse.platform.contracts.ConsentGranted;
import de.lotse.platform.contracts.ConsentRevoked;
import de.lotse.platform.contracts.ConsultationHeld;
import de.lotse.platform.contracts.ContactRecorded;
import de.lotse.platform.contracts.ContinuationReviewed;
import de.lotse.platform.contracts.EventPayload;
import de.lotse.platform.contracts.MeasureEnded;
import de.lotse.platform.contracts.MeasureStarted;
import de.lotse.platform.contracts.NeedStatusChanged;
import de.lotse.platform.contracts.NonReferralRecorded;
import de.lotse.platform.contracts.PartnerRegistered;
import de.lotse.platform.contracts.PlanAgreed;
import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.contracts.ReferralDecided;
import de.lotse.platform.contracts.ReferralSent;
import de.lotse.platform.contracts.ReferralStatusChanged;
import de.lotse.platform.contracts.SustainabilityChecked;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Reproducible case histories as the services publish them, one case at a time: a referral, its admission, the first
 * consultation, assessments with their needs, agreements, contacts every few weeks, measures, consents and partner
 * referrals, half-yearly reviews, some transfers, and for cases that ended within the span their closure (and the
 * sustainability check half a year after an integration). Before the first case every Jobcenter publishes its policy
 * (a preset, as the demo chooses one) and registers its partners, so a rebuild finds each case's policy and partner.
 *
 * <p>Everything comes from one seeded random source and a fixed last day, never from the clock: the same seed and
 * size give the same log, byte for byte, so a kept log can stand for a new one. Payloads are the contract records
 * themselves: a changed contract breaks this class's compile, not the benchmark's figures.
 */
final class CaseHistories {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int TEAMS = 3;
    private static final int CASE_MANAGERS_PER_TEAM = 5;
    private static final int PARTNERS = 6;
    private static final List<String> PRESETS = List.of("PANKOW", "TAH", "UCKERMARK", "BA2010");
    private static final List<String> INSTRUMENTS =
            List.of("ACTIVATION_45", "AGH_16D", "FURTHER_TRAINING_81", "EVL_16E", "TAAM_16I");
    private static final List<String> SERVICES =
            List.of("DEBT_COUNSELLING", "PSYCHOSOCIAL_COUNSELLING", "ADDICTION_COUNSELLING", "HOUSING_SECURITY");
    private static final List<String> KEY_GROUPS =
            List.of("PERFORMANCE_CAPACITY", "LIVING_CONDITIONS", "MOTIVATION", "PROFESSIONAL_COMPETENCE");

    /** One event as the outbox would hold it: when, whose, the Kafka key and the payload. */
    record Planned(Instant at, String jobcenterId, UUID caseId, String key, EventPayload payload) {}

    /** A Jobcenter of the data set: its preset and its partners. */
    record Jobcenter(String id, String preset, List<UUID> partners) {}

    /** What the log holds besides its events, for the completeness checks after a rebuild. */
    static final class Counts {
        long cases;
        long opened;
        long closed;
        long contacts;
        long measures;
        long assessments;
        long partnerReferrals;
        long nonReferrals;

        Map<String, Long> asMap() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("cases", cases);
            map.put("opened", opened);
            map.put("closed", closed);
            map.put("contacts", contacts);
            map.put("measures", measures);
            map.put("assessments", assessments);
            map.put("partnerReferrals", partnerReferrals);
            map.put("nonReferrals", nonReferrals);
            return map;
        }
    }

    private final SplittableRandom random;
    private final LocalDate until;
    private final List<Jobcenter> jobcenters = new ArrayList<>();
    private final Map<String, Map<String, String>> presets;
    final Counts counts = new Counts();

    CaseHistories(long seed, int jobcenterCount, LocalDate until, Map<String, Map<String, String>> presets) {
        this.random = new SplittableRandom(seed);
        this.until = until;
        this.presets = presets;
        for (int i = 1; i <= jobcenterCount; i++) {
            List<UUID> partners = new ArrayList<>();
            for (int p = 0; p < PARTNERS; p++) {
                partners.add(uuid());
            }
            jobcenters.add(new Jobcenter("jc-rebuild-" + i, PRESETS.get((i - 1) % PRESETS.size()), partners));
        }
    }

    List<Jobcenter> jobcenters() {
        return jobcenters;
    }

    /** Each Jobcenter's policy first (keyed by the Jobcenter), then its partners (keyed by the partner). */
    List<Planned> setUp() {
        List<Planned> events = new ArrayList<>();
        LocalDate day = until.minusDays(760);
        for (Jobcenter jc : jobcenters) {
            Instant at = at(day, 0);
            events.add(new Planned(
                    at,
                    jc.id(),
                    null,
                    jc.id(),
                    new PolicyChanged(1, jc.preset(), LocalDate.of(2005, 1, 1), presets.get(jc.preset()), at)));
            for (UUID partner : jc.partners()) {
                Instant registered = at(day.plusDays(1), random.nextInt(400));
                events.add(new Planned(
                        registered,
                        jc.id(),
                        null,
                        partner.toString(),
                        new PartnerRegistered(partner, "CARRIER", List.of(pick(SERVICES)), registered)));
            }
        }
        return events;
    }

    /** The next case's whole history, in the order the services would publish it. */
    List<Planned> nextCase() {
        counts.cases++;
        History h = new History(jobcenters.get(random.nextInt(jobcenters.size())), uuid());
        h.run();
        if (counts.cases % 25 == 0) {
            counts.nonReferrals++;
            UUID id = uuid();
            LocalDate day = until.minusDays(random.nextInt(300));
            h.events.add(new Planned(
                    at(day, 30),
                    h.jc.id(),
                    id,
                    id.toString(),
                    NonReferralRecorded.builder()
                            .caseId(id)
                            .customerRef(uuid())
                            .teamId("team-av-1")
                            .reasonCode("CUSTOMER_DECLINED")
                            .recheckDueOn(day.plusMonths(6))
                            .recordedAt(at(day, 30))
                            .status("OPEN")
                            .recheckNumber(0)
                            .policyVersion(1)
                            .build()));
        }
        return h.events;
    }

    /** One case: the cursor moves through its days, each step appends what the services publish. */
    private final class History {
        final Jobcenter jc;
        final UUID caseId;
        final List<Planned> events = new ArrayList<>();
        final boolean categories;
        String team;
        String caseManager;
        String ageGroup;

        History(Jobcenter jc, UUID caseId) {
            this.jc = jc;
            this.caseId = caseId;
            this.categories = "UCKERMARK".equals(jc.preset());
            this.team = "team-" + (1 + random.nextInt(TEAMS));
            this.caseManager = caseManagerOf(team);
            this.ageGroup = random.nextInt(3) == 0 ? "U25" : "UE25";
        }

        private String caseManagerOf(String teamId) {
            return jc.id() + "-" + teamId + "-fm-" + (1 + random.nextInt(CASE_MANAGERS_PER_TEAM));
        }

        void add(LocalDate day, EventPayload payload) {
            events.add(new Planned(at(day, random.nextInt(480)), jc.id(), caseId, caseId.toString(), payload));
        }

        void run() {
            LocalDate referred = until.minusDays(20 + random.nextInt(710));
            UUID customer = uuid();
            add(
                    referred,
                    CaseReferred.builder()
                            .caseId(caseId)
                            .referralId(uuid())
                            .customerRef(customer)
                            .route("AV")
                            .referredBy(jc.id() + "-av-1")
                            .teamId(team)
                            .ageGroup(ageGroup)
                            .reasonCodes(List.of("MIN_CRITERIA_MET"))
                            .policyVersion(1)
                            .referredAt(at(referred, 0))
                            .build());
            if (random.nextInt(25) == 0) { // declined by the FM: the referral never opens a case
                add(
                        referred.plusDays(3),
                        ReferralDecided.builder()
                                .caseId(caseId)
                                .decision("DECLINED")
                                .reasonCode("NO_WORKING_ALLIANCE_EXPECTED")
                                .decidedByRole("FM")
                                .policyVersion(1)
                                .decidedAt(at(referred.plusDays(3), 60))
                                .build());
                return;
            }
            counts.opened++;
            LocalDate opened = referred.plusDays(1 + random.nextInt(10));
            LocalDate firstDue = opened.plusDays(14);
            add(
                    opened,
                    CaseOpened.builder()
                            .caseId(caseId)
                            .customerRef(customer)
                            .teamId(team)
                            .caseManagerId(caseManager)
                            .route("AV")
                            .ageGroup(ageGroup)
                            .policyVersion(1)
                            .admittedOn(opened)
                            .admittedAt(at(opened, 0))
                            .supportRole("SECONDARY")
                            .decidedByRole("FM")
                            .firstConsultationDueOn(firstDue)
                            .durationStartOn(opened)
                            .maxDurationEndsOn(opened.plusMonths(24))
                            .build());
            LocalDate held = opened.plusDays(3 + random.nextInt(18));
            if (held.isAfter(until)) {
                return;
            }
            add(
                    held,
                    CaseAssigned.builder()
                            .caseId(caseId)
                            .caseManagerId(caseManager)
                            .teamId(team)
                            .supportRole("PRIMARY")
                            .firstConsultationDueOn(firstDue)
                            .assignedAt(at(held, 0))
                            .kind("FIRST_CONSULTATION_HELD")
                            .firstConsultationHeldOn(held)
                            .policyVersion(1)
                            .build());
            add(held, new ConsultationHeld(caseId, uuid(), held, 2, at(held, 0)));
            // a case ends within the span or runs on beyond its last day
            LocalDate end = opened.plusDays(90 + random.nextInt(810));
            boolean closes = !end.isAfter(until);
            end = closes ? end : until;

            List<UUID> needs = new ArrayList<>();
            int version = 0;
            String category = categories ? pick(List.of("B", "C", "D")) : null;
            LocalDate assessed = held.plusDays(7);
            LocalDate contact = held.plusDays(14 + random.nextInt(14));
            boolean transferred = random.nextInt(20) == 0;
            // half-yearly: assessment, agreement, from the second round on a review of the continuation
            while (!assessed.isAfter(end)) {
                version++;
                int resolved = version > 1 && !needs.isEmpty() && random.nextBoolean() ? 1 : 0;
                if (resolved == 1) {
                    needs.remove(0);
                }
                int added = version == 1 ? 2 + random.nextInt(3) : random.nextInt(4) == 0 ? 1 : 0;
                Map<String, Integer> byKeyGroup = new LinkedHashMap<>();
                for (int i = 0; i < added; i++) {
                    UUID need = uuid();
                    needs.add(need);
                    String keyGroup = KEY_GROUPS.get(i % KEY_GROUPS.size());
                    add(
                            assessed,
                            NeedStatusChanged.builder()
                                    .caseId(caseId)
                                    .needId(need)
                                    .keyGroup(keyGroup)
                                    .needCode(keyGroup + "_1")
                                    .toStatus("IDENTIFIED")
                                    .changedAt(at(assessed, 0))
                                    .build());
                }
                for (int i = 0; i < needs.size(); i++) {
                    byKeyGroup.merge(KEY_GROUPS.get(i % KEY_GROUPS.size()), 1, Integer::sum);
                }
                if (version > 1 && categories && random.nextInt(3) == 0) {
                    String to = pick(List.of("A", "B", "C", "D"));
                    add(
                            assessed,
                            CategoryChanged.builder()
                                    .caseId(caseId)
                                    .fromCode(category)
                                    .toCode(to)
                                    .direction(to.compareTo(category) < 0 ? "UP" : "DOWN")
                                    .reasonCode("REASSESSMENT")
                                    .changedAt(at(assessed, 0))
                                    .build());
                    category = to;
                }
                counts.assessments++;
                add(
                        assessed,
                        AssessmentCompleted.builder()
                                .caseId(caseId)
                                .assessmentId(uuid())
                                .version(version)
                                .needsByKeyGroup(byKeyGroup)
                                .entrenchedNeeds(random.nextInt(2))
                                .prognosisHorizonMonths(12)
                                .marketNear(false)
                                .profileCode(categories ? null : "STABILISATION")
                                .categoryCode(category)
                                .validUntil(assessed.plusMonths(6))
                                .completedAt(at(assessed, 0))
                                .assessedOn(assessed)
                                .previousVersion(version > 1 ? version - 1 : null)
                                .needsResolved(resolved)
                                .needsAdded(version > 1 ? added : 0)
                                .profileDirection(version > 1 ? "LATERAL" : null)
                                .build());
                LocalDate agreed = assessed.plusDays(7);
                if (!agreed.isAfter(end)) {
                    add(
                            agreed,
                            PlanAgreed.builder()
                                    .caseId(caseId)
                                    .planId(uuid())
                                    .agreementType("KOOPERATIONSPLAN")
                                    .agreedOn(agreed)
                                    .validUntil(agreed.plusMonths(6))
                                    .strategyCount(needs.size())
                                    .agreedAt(at(agreed, 0))
                                    .reviewOn(agreed.plusMonths(6))
                                    .build());
                }
                if (version == 1) {
                    partnerReferral(agreed.plusDays(10), end);
                    measures(agreed, end);
                }
                if (version == 2 && transferred) {
                    transfer(assessed.plusDays(20), end);
                }
                LocalDate review = assessed.plusMonths(6).minusDays(3);
                if (!review.isAfter(end)) {
                    add(
                            review,
                            ContinuationReviewed.builder()
                                    .caseId(caseId)
                                    .reviewId(uuid())
                                    .reviewedOn(review)
                                    .decision("CONTINUE")
                                    .nextReviewDueOn(review.plusMonths(6))
                                    .recordedAt(at(review, 0))
                                    .build());
                }
                assessed = assessed.plusMonths(6);
            }
            // contacts every three to eight weeks, each naming the next appointment
            while (!contact.isAfter(end)) {
                LocalDate next = contact.plusDays(21 + random.nextInt(36));
                int f = random.nextInt(20);
                String format = f < 12 ? "IN_PERSON" : f < 17 ? "PHONE" : f < 19 ? "VIDEO" : "VISIT";
                counts.contacts++;
                add(
                        contact,
                        ContactRecorded.builder()
                                .caseId(caseId)
                                .contactId(uuid())
                                .format(format)
                                .occurredOn(contact)
                                .countsForDensity(true)
                                .nextAppointmentOn(next.isAfter(end) ? null : next)
                                .recordedAt(at(contact, 0))
                                .afterCare(false)
                                .build());
                contact = next;
            }
            if (closes) {
                close(opened, end);
            }
            events.sort(java.util.Comparator.comparing(Planned::at));
        }

        private void partnerReferral(LocalDate granted, LocalDate end) {
            if (granted.isAfter(end) || random.nextInt(2) == 0) {
                return;
            }
            UUID partner = pick(jc.partners());
            UUID consent = uuid();
            add(
                    granted,
                    ConsentGranted.builder()
                            .caseId(caseId)
                            .consentId(consent)
                            .partnerId(partner)
                            .scopes(List.of("APPOINTMENT_ATTENDANCE", "COMPLETION_OR_ABORT"))
                            .purposeCode("PARTNER_REFERRAL")
                            .validFrom(granted)
                            .validUntil(granted.plusYears(1))
                            .grantedAt(at(granted, 0))
                            .build());
            LocalDate sent = granted.plusDays(2);
            if (sent.isAfter(end)) {
                return;
            }
            counts.partnerReferrals++;
            UUID referral = uuid();
            add(
                    sent,
                    ReferralSent.builder()
                            .caseId(caseId)
                            .referralId(referral)
                            .partnerId(partner)
                            .serviceCode(pick(SERVICES))
                            .consentId(consent)
                            .dueOn(sent.plusDays(14))
                            .sentAt(at(sent, 0))
                            .build());
            String from = "REQUESTED";
            LocalDate day = sent;
            List<String> path = random.nextInt(6) == 0
                    ? List.of("REJECTED")
                    : List.of("ACCEPTED", "STARTED", random.nextInt(5) == 0 ? "ABORTED" : "COMPLETED");
            for (String to : path) {
                day = day.plusDays(5 + random.nextInt(40));
                if (day.isAfter(end)) {
                    return;
                }
                add(
                        day,
                        ReferralStatusChanged.builder()
                                .caseId(caseId)
                                .referralId(referral)
                                .partnerId(partner)
                                .fromStatus(from)
                                .toStatus(to)
                                .changedAt(at(day, 0))
                                .build());
                from = to;
            }
            if (random.nextInt(10) == 0 && day.plusDays(30).isBefore(end)) {
                add(day.plusDays(30), new ConsentRevoked(caseId, consent, partner, "REVOKED", at(day.plusDays(30), 0)));
            }
        }

        private void measures(LocalDate agreed, LocalDate end) {
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate started = agreed.plusDays(14 + random.nextInt(200));
                if (started.isAfter(end)) {
                    return;
                }
                counts.measures++;
                UUID measure = uuid();
                String instrument = pick(INSTRUMENTS);
                LocalDate plannedEnd = started.plusDays(60 + random.nextInt(180));
                add(
                        started,
                        MeasureStarted.builder()
                                .caseId(caseId)
                                .measureId(measure)
                                .instrumentCode(instrument)
                                .startedOn(started)
                                .plannedEndOn(plannedEnd)
                                .recordedAt(at(started, 0))
                                .build());
                if (!plannedEnd.isAfter(end)) {
                    boolean successful = random.nextInt(4) != 0;
                    add(
                            plannedEnd,
                            MeasureEnded.builder()
                                    .caseId(caseId)
                                    .measureId(measure)
                                    .instrumentCode(instrument)
                                    .endedOn(plannedEnd)
                                    .outcomeCode(successful ? "COMPLETED" : "ABORTED")
                                    .successful(successful)
                                    .recordedAt(at(plannedEnd, 0))
                                    .build());
                }
            }
        }

        private void transfer(LocalDate day, LocalDate end) {
            if (day.isAfter(end)) {
                return;
            }
            String toTeam = "team-" + (1 + (Integer.parseInt(team.substring(5)) % TEAMS));
            String toCaseManager = caseManagerOf(toTeam);
            add(
                    day,
                    CaseTransferred.builder()
                            .caseId(caseId)
                            .kind(random.nextBoolean() ? "RELOCATION" : "REORGANISATION")
                            .fromTeamId(team)
                            .toTeamId(toTeam)
                            .fromCaseManagerId(caseManager)
                            .toCaseManagerId(toCaseManager)
                            .transferredAt(at(day, 0))
                            .ageGroup(ageGroup)
                            .policyVersion(1)
                            .build());
            team = toTeam;
            caseManager = toCaseManager;
        }

        private void close(LocalDate opened, LocalDate closedOn) {
            counts.closed++;
            int r = random.nextInt(10);
            String reason = r < 3
                    ? "EMPLOYMENT"
                    : r < 4
                            ? "VOCATIONAL_TRAINING"
                            : r < 6 ? "STANDARD_DURATION_EXPIRED" : r < 8 ? "MOVED" : "INSUFFICIENT_WORKING_ALLIANCE";
            boolean integration = r < 4;
            add(
                    closedOn,
                    CaseClosed.builder()
                            .caseId(caseId)
                            .reasonCode(reason)
                            .closedOn(closedOn)
                            .durationDays(ChronoUnit.DAYS.between(opened, closedOn))
                            .closedAt(at(closedOn, 470))
                            .integration(integration)
                            .policyVersion(1)
                            .build());
            LocalDate check = closedOn.plusMonths(6);
            if (integration && !check.isAfter(until)) {
                boolean lasted = random.nextInt(4) != 0;
                add(
                        check,
                        SustainabilityChecked.builder()
                                .caseId(caseId)
                                .checkId(uuid())
                                .checkpointMonths(6)
                                .checkedOn(check)
                                .employmentLasted(lasted)
                                .atLeast15Hours(lasted ? Boolean.TRUE : null)
                                .recordedAt(at(check, 0))
                                .build());
            }
        }
    }

    /** A working-day time on that day in Berlin (from 8:00, {@code minutes} later), as the services stamp it. */
    static Instant at(LocalDate day, int minutes) {
        return day.atTime(8, 0).plusMinutes(minutes).atZone(BERLIN).toInstant();
    }

    /** A random (version 4) UUID from the seeded source. */
    UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
