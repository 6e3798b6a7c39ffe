package de.lotse.migration.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated case of the demo Jobcenter with its history up to {@code end} (docs/import.md, "Demo"): the
 * life of a case as the rulebook describes it (docs/domain.md) — referral, admission or decline, Einstiegsberatung,
 * profiling and its update, plan, Kooperationspläne every six months, contacts with the occasional long gap,
 * measures (some an AGH), consents to partners (some refused, some revoked), partner referrals, a review after a
 * year, an extension for some long cases, and a closure with a reason of the PANKOW catalogue for about half.
 * Every choice comes from the case's own random source, so a case does not change when the number of cases does.
 */
final class DemoCase {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String AV = "av-bernd";
    private static final String[] FIRST_NAMES = {
        "Anna",
        "Ben",
        "Clara",
        "David",
        "Elif",
        "Felix",
        "Greta",
        "Hakan",
        "Ida",
        "Jan",
        "Katrin",
        "Lukas",
        "Maria",
        "Nils",
        "Olga",
        "Paul",
        "Rana",
        "Sven",
        "Tanja",
        "Uwe",
        "Vera",
        "Wladimir",
        "Yasemin",
        "Zoe"
    };
    private static final String[] LAST_NAMES = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann",
        "Yılmaz", "Kowalski", "Nowak", "Öztürk"
    };
    /** Needs with the partner service that works on them, if any (the §16a services of docs/domain.md §9). */
    private static final String[][] NEEDS = {
        {"DEBT", "P-SB"}, {"ADDICTION", "P-SU"}, {"MENTAL_HEALTH", "P-PS"}, {"MOTIVATION", null},
        {"VOCATIONAL_TRAINING", null}, {"GERMAN_LANGUAGE", null}, {"CHILDCARE", null}, {"PHYSICAL_HEALTH", null},
        {"HOUSING", null}, {"RELIABILITY", null}, {"MOBILITY", null}, {"WORK_EXPERIENCE", null}
    };

    private static final String[] PROFILES = {"ACTIVATION", "PROMOTION", "DEVELOPMENT", "STABILISATION", "SUPPORT"};
    /** PANKOW 4.6 closure reasons, weighted by repetition; "L:" marks a reason without a handover to the AV. */
    private static final String[] CLOSURE_REASONS = {
        "EMPLOYMENT",
        "EMPLOYMENT",
        "EMPLOYMENT",
        "EMPLOYMENT",
        "SUBSIDISED_EMPLOYMENT_16E_16I",
        "LABOUR_MARKET_READINESS",
        "LABOUR_MARKET_READINESS",
        "LABOUR_MARKET_READINESS",
        "NO_MOTIVATION",
        "INSUFFICIENT_WORKING_ALLIANCE",
        "CURRENTLY_NOT_TREATABLE",
        "OTHER",
        "L:MOVED",
        "L:PENSION",
        "L:SGB_XII"
    };

    private final Random random;
    private final int index;
    private final LocalDate end;
    private final ObjectNode record = NODES.objectNode();
    private final List<String[]> needs = new ArrayList<>();
    /** The FM who took the case; after a transfer at 25 the Ü25 FM ({@link #fmOn}). */
    private String fm;

    private LocalDate transferredOn;
    private String fmAfterTransfer;
    private LocalDate closedOn;
    /** Whether the profiling was updated after six months, the first need resolved by then. */
    private boolean firstNeedResolved;

    DemoCase(long seed, int index, LocalDate end) {
        this.random = new Random(seed * 1_000_003L + index);
        this.index = index;
        this.end = end;
    }

    ObjectNode build() {
        record.put("formatVersion", 1).put("kind", "case");
        record.putObject("source")
                .put("system", DemoHistory.SOURCE_SYSTEM)
                .put("id", String.format("FALL-%05d", index));
        LocalDate referred = end.minusDays(10 + random.nextInt(790));
        int age = 19 + random.nextInt(42);
        boolean u25 = age < 25;
        ObjectNode customer = record.putObject("customer");
        String firstName = pick(FIRST_NAMES);
        String lastName = pick(LAST_NAMES);
        LocalDate born = referred.minusYears(age).minusDays(random.nextInt(360));
        if (u25 && index % 3 != 0) {
            // two in three young customers turn 25 five to twelve months after the referral (transferAt25)
            born = referred.minusYears(25).plusDays(150 + index % 200);
        }
        customer.put("customerNumber", String.format("DEMO%06d", index))
                .put("firstName", firstName)
                .put("lastName", lastName)
                .put("dateOfBirth", born.toString());
        if (random.nextInt(3) == 0) {
            customer.put("householdRef", String.format("BG-%05d", index));
        }
        String team = u25 ? "team-fm-2" : "team-fm-1";
        fm = u25 ? "fm-selin" : random.nextBoolean() ? "fm-anna" : "fm-jonas";
        ObjectNode referral = record.putObject("referral");
        referral.put("route", random.nextInt(5) == 0 ? "NEW_CUSTOMER_CENTRE" : "AV")
                .put("referredOn", referred.toString())
                .put("referredBy", AV)
                .put("team", team);
        referral.putArray("reasons").add("MIN_CRITERIA_MET");
        referral.put(
                "applicationOn", referred.minusDays(20 + random.nextInt(60)).toString());

        LocalDate decided = referred.plusDays(4 + random.nextInt(14));
        if (decided.isAfter(end)) {
            return record; // still waiting for the FM's decision
        }
        ObjectNode admission = record.putObject("admission");
        if (random.nextInt(100) < 8) {
            String[] reasons = {"CRITERIA_NOT_MET", "CUSTOMER_NOT_WILLING", "OTHER_SUPPORT_MORE_SUITABLE"};
            admission
                    .put("decision", "DECLINED")
                    .put("decidedOn", decided.toString())
                    .put("decidedBy", fm)
                    .put("declineReason", pick(reasons));
            return record;
        }
        admission
                .put("decision", "ADMITTED")
                .put("decidedOn", decided.toString())
                .put("decidedBy", fm)
                .put("customerWilling", true)
                .put("supportVariant", "FULL_HANDOVER")
                .put(
                        "jointCaseDiscussionOn",
                        latest(referred, decided.minusDays(1 + random.nextInt(3)))
                                .toString());
        LocalDate consulted = decided.plusDays(2 + random.nextInt(8));
        if (consulted.isAfter(end)) {
            return record;
        }
        record.putObject("firstConsultation").put("heldOn", consulted.toString());
        LocalDate longest = consulted.plusDays(120);
        if (longest.isBefore(end) && random.nextInt(100) < 50) {
            closedOn = longest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(longest, end) + 1));
        }
        LocalDate last = closedOn == null ? end : closedOn;

        if (u25) {
            transferAt25(born, consulted, last);
        }
        assessments(consulted, last);
        plan(consulted);
        agreements(consulted, last);
        contacts(consulted, last);
        measures(consulted, last);
        reviews(decided, last);
        consentsAndReferrals(consulted, last);
        if (closedOn != null) {
            closure();
        }
        return record;
    }

    /**
     * A young customer's case goes from the FM U25 (team 2) to an Ü25 FM of team 1 two weeks after the 25th
     * birthday (PANKOW 4.3, docs/domain.md §3.8), if the case runs that long. No random draw: the rest of the case
     * stays as it was before transfers were generated; only the birth day of two in three young customers moved.
     */
    private void transferAt25(LocalDate born, LocalDate consulted, LocalDate last) {
        LocalDate on = born.plusYears(25).plusDays(14);
        if (!on.isAfter(consulted) || !on.isBefore(last)) {
            return;
        }
        transferredOn = on;
        fmAfterTransfer = index % 2 == 0 ? "fm-anna" : "fm-jonas";
        record.putArray("assignments")
                .addObject()
                .put("sourceId", "UE-1")
                .put("kind", "TRANSFER")
                .put("on", on.toString())
                .put("transferKind", "U25_TO_UE25")
                .put("team", "team-fm-1")
                .put("caseManager", fmAfterTransfer);
    }

    /** The FM responsible on {@code day}. */
    private String fmOn(LocalDate day) {
        return transferredOn != null && !day.isBefore(transferredOn) ? fmAfterTransfer : fm;
    }

    private void assessments(LocalDate consulted, LocalDate last) {
        ArrayNode assessments = record.putArray("assessments");
        int count = 2 + random.nextInt(3);
        List<Integer> taken = new ArrayList<>();
        while (needs.size() < count) {
            int n = random.nextInt(NEEDS.length);
            if (!taken.contains(n)) {
                taken.add(n);
                needs.add(NEEDS[n]);
            }
        }
        String profile = pick(PROFILES);
        version(assessments, "PR-1", consulted, consulted, profile, "IN_PROGRESS");
        LocalDate update = consulted.plusMonths(6);
        if (!update.isAfter(last)) {
            // the needs carried on (same sourceId), the first one worked on with success
            version(assessments, "PR-2", update, consulted, profile, "RESOLVED");
            firstNeedResolved = true;
        }
    }

    private void version(
            ArrayNode assessments,
            String sourceId,
            LocalDate on,
            LocalDate identified,
            String profile,
            String firstNeedStatus) {
        ObjectNode version = assessments.addObject();
        version.put("sourceId", sourceId)
                .put("assessedOn", on.toString())
                .put("assessedBy", fmOn(on))
                // assessment requires a validity (no policy names a default, docs/import.md)
                .put("validUntil", on.plusMonths(12).toString())
                .put("profileCode", profile)
                .put("prognosisHorizonMonths", 12);
        ArrayNode list = version.putArray("needs");
        for (int i = 0; i < needs.size(); i++) {
            list.addObject()
                    .put("sourceId", "HB-" + (i + 1))
                    .put("code", needs.get(i)[0])
                    .put("status", i == 0 ? firstNeedStatus : "IDENTIFIED")
                    .put("priority", i == 0 ? "HIGH" : "MEDIUM")
                    .put("identifiedOn", identified.toString());
        }
    }

    private void plan(LocalDate consulted) {
        ObjectNode plan = record.putObject("plan");
        plan.putObject("leadGoal")
                .put("text", "Aufnahme einer sozialversicherungspflichtigen Beschäftigung")
                .put("targetCategory", "PROFESSIONAL_COMPETENCE")
                .put("targetDate", consulted.plusMonths(18).toString());
        plan.putArray("intermediateGoals")
                .addObject()
                .put("sourceId", "Z1")
                .put("text", "Die vordringlichsten Hemmnisse sind bearbeitet")
                .put("targetDate", consulted.plusMonths(6).toString());
        ArrayNode strategies = plan.putArray("strategies");
        ArrayNode steps = plan.putArray("steps");
        // the plan as it stands: strategies for the needs still open (docs/domain.md §6.2)
        for (int i = firstNeedResolved ? 1 : 0; i < needs.size(); i++) {
            String strategy = "S" + (i + 1);
            strategies
                    .addObject()
                    .put("sourceId", strategy)
                    .put("need", "HB-" + (i + 1))
                    .put(
                            "text",
                            needs.get(i)[1] == null ? "Begleitung durch das Fallmanagement" : "Beratung beim Partner")
                    .put("intermediateGoal", "Z1");
            steps.addObject()
                    .put("sourceId", "SCH" + (i + 1))
                    .put("strategy", strategy)
                    .put(
                            "text",
                            needs.get(i)[1] == null ? "Gespräch im Fallmanagement" : "Termin beim Partner wahrnehmen")
                    .put("owner", "CUSTOMER")
                    .put("dueOn", consulted.plusDays(30L + 14L * i).toString())
                    .put("done", consulted.plusDays(30L + 14L * i).isBefore(end.minusDays(30)));
        }
    }

    /** A Kooperationsplan a week or three after the Einstiegsberatung, renewed every six months while the case runs. */
    private void agreements(LocalDate consulted, LocalDate last) {
        ArrayNode agreements = record.putArray("agreements");
        LocalDate agreed = consulted.plusDays(7 + random.nextInt(14));
        for (int n = 1; !agreed.isAfter(last); n++) {
            ObjectNode agreement = agreements.addObject();
            agreement
                    .put("sourceId", "KP-" + n)
                    .put("type", "KOOPERATIONSPLAN")
                    .put("agreedOn", agreed.toString())
                    .put("reviewOn", agreed.plusMonths(6).toString());
            agreement.putArray("jobcenterServices").add("Begleitung durch das Fallmanagement");
            agreement.putArray("customerObligations").add("Vereinbarte Termine wahrnehmen");
            agreed = agreed.plusMonths(6).plusDays(random.nextInt(10));
        }
    }

    /** Every three to six weeks; about one case in eight has a gap of nine to eleven weeks once. */
    private void contacts(LocalDate consulted, LocalDate last) {
        ArrayNode contacts = record.putArray("contacts");
        boolean gap = random.nextInt(8) == 0;
        LocalDate day = consulted;
        for (int n = 1; !day.isAfter(last); n++) {
            int kind = random.nextInt(10);
            ObjectNode contact = contacts.addObject()
                    .put("sourceId", "K-" + n)
                    .put("occurredOn", day.toString())
                    .put("format", kind < 7 ? "IN_PERSON" : kind < 9 ? "PHONE" : "VIDEO")
                    .put("recordedBy", fmOn(day));
            if (kind == 7 || kind == 8) {
                contact.put("qualifiedNote", true);
            }
            int next = 21 + random.nextInt(22);
            if (gap && n == 4) {
                next = 63 + random.nextInt(15);
            }
            day = day.plusDays(next);
        }
    }

    /** An activation measure for a third; an AGH of six to ten months for one case in seven, some still running. */
    private void measures(LocalDate consulted, LocalDate last) {
        ArrayNode measures = record.putArray("measures");
        if (random.nextInt(3) == 0) {
            LocalDate start = consulted.plusDays(20 + random.nextInt(40));
            LocalDate plannedEnd = start.plusMonths(3);
            if (!start.isAfter(last)) {
                ObjectNode m = measures.addObject()
                        .put("sourceId", "M-1")
                        .put("instrument", "ACTIVATION_45")
                        .put("title", "Coaching Wiedereinstieg")
                        .put("startedOn", start.toString())
                        .put("plannedEndOn", plannedEnd.toString());
                if (!plannedEnd.isAfter(last)) {
                    m.put("endedOn", plannedEnd.toString())
                            .put("outcome", random.nextInt(4) == 0 ? "ABORTED_BY_CUSTOMER" : "COMPLETED_SUCCESSFULLY");
                }
            }
        }
        if (random.nextInt(7) == 0) {
            LocalDate start = consulted.plusDays(60 + random.nextInt(120));
            LocalDate plannedEnd = start.plusMonths(6 + random.nextInt(5));
            if (!start.isAfter(last)) {
                ObjectNode m = measures.addObject()
                        .put("sourceId", "M-2")
                        .put("instrument", "AGH_16D")
                        .put("title", "Arbeitsgelegenheit Stadtteilgarten")
                        .put("startedOn", start.toString())
                        .put("plannedEndOn", plannedEnd.toString());
                m.set("partner", ref("P-AGH"));
                if (!plannedEnd.isAfter(last)) {
                    m.put("endedOn", plannedEnd.toString()).put("outcome", "COMPLETED");
                }
            }
        }
    }

    /**
     * A continuation review a year after admission; at 23 months one case in two is extended with the team lead's
     * approval (PANKOW: 24 months at most without), so that the dashboards show both kinds of long cases.
     */
    private void reviews(LocalDate admitted, LocalDate last) {
        ArrayNode reviews = record.putArray("reviews");
        LocalDate year = admitted.plusMonths(12);
        if (!year.isAfter(last)) {
            reviews.addObject()
                    .put("sourceId", "R-1")
                    .put("reviewedOn", year.toString())
                    .put("reviewedBy", fmOn(year))
                    .put("decision", "CONTINUE")
                    .put("prognosis", random.nextBoolean() ? "GOOD" : "MODERATE")
                    .put("reasons", "Die Hemmnisse werden bearbeitet, die Mitwirkung ist gut.");
        }
        LocalDate late = admitted.plusMonths(23);
        // the team lead decides three days after the review: both within the case's history
        if (!late.plusDays(3).isAfter(last) && random.nextBoolean()) {
            ObjectNode extension = reviews.addObject()
                    .put("sourceId", "R-2")
                    .put("reviewedOn", late.toString())
                    .put("reviewedBy", fmOn(late))
                    .put("decision", "EXTEND")
                    .put("prognosis", "GOOD")
                    .put("reasons", "Die Integration in eine Arbeitsgelegenheit steht bevor.")
                    .put("extendedUntil", admitted.plusMonths(30).toString());
            extension
                    .putObject("teamLeadDecision")
                    .put("approved", true)
                    .put("decidedOn", late.plusDays(3).toString())
                    .put("decidedBy", "tl-petra")
                    .put("note", "Die Verlängerung ist begründet: die Arbeitsgelegenheit beginnt im nächsten Monat.");
        }
    }

    /**
     * For a need a partner works on: most customers consent to the exchange with that partner, some refuse, a few
     * revoke later; the FM refers to the partner — with consent, or without one (then the partner learns nothing
     * from Lotse, docs/domain.md §9).
     */
    private void consentsAndReferrals(LocalDate consulted, LocalDate last) {
        ArrayNode consents = record.putArray("consents");
        ArrayNode referrals = record.putArray("partnerReferrals");
        int n = 0;
        for (String[] need : needs) {
            String partner = need[1];
            if (partner == null) {
                continue;
            }
            n++;
            LocalDate decided = consulted.plusDays(3 + random.nextInt(20));
            if (decided.isAfter(last)) {
                continue;
            }
            int roll = random.nextInt(10);
            ObjectNode consent = consents.addObject()
                    .put("sourceId", "E-" + n)
                    .put("decision", roll < 8 ? "GRANTED" : "REFUSED")
                    .put("decidedOn", decided.toString());
            consent.set("partner", ref(partner));
            consent.set("form", ref("SE-2023"));
            consent.putArray("scopes")
                    .add("APPOINTMENT_ATTENDANCE")
                    .add("PARTICIPATION_DATES")
                    .add("COMPLETION_OR_ABORT");
            consent.put("purpose", DemoHistory.PURPOSES.get(partner)).put("channel", "WRITTEN");
            // the last day the partner may report under this consent (docs/domain.md §9): its validity or revocation
            LocalDate consentEnds = decided.minusDays(1);
            if (roll < 8) {
                consent.put("validUntil", decided.plusMonths(12).toString());
                consentEnds = decided.plusMonths(12);
                LocalDate revoked = decided.plusDays(60 + random.nextInt(120));
                if (roll == 0 && !revoked.isAfter(last)) {
                    consent.putArray("history")
                            .addObject()
                            .put("sourceId", "E-" + n + "-W")
                            .put("action", "REVOKED")
                            .put("on", revoked.toString());
                    consentEnds = revoked.minusDays(1);
                }
            }
            if (roll < 8 || random.nextInt(3) == 0) {
                referral(referrals, n, partner, decided.plusDays(random.nextInt(7)), last, consentEnds);
            }
        }
    }

    /**
     * A referral to the partner and what the partner reported: accepted (which needs no consent), then — only while
     * the consent allows — started and completed or aborted.
     */
    private void referral(
            ArrayNode referrals, int n, String partner, LocalDate referred, LocalDate last, LocalDate consentEnds) {
        if (referred.isAfter(last)) {
            return;
        }
        ObjectNode referral = referrals
                .addObject()
                .put("sourceId", "V-" + n)
                .put("service", DemoHistory.SERVICES.get(partner))
                .put("referredOn", referred.toString())
                .put("dueOn", referred.plusDays(21).toString());
        referral.set("partner", ref(partner));
        ArrayNode history = referral.putArray("statusHistory");
        LocalDate accepted = referred.plusDays(2 + random.nextInt(10));
        if (accepted.isAfter(last)) {
            return;
        }
        history.addObject()
                .put("sourceId", "V-" + n + "-1")
                .put("status", "ACCEPTED")
                .put("on", accepted.toString());
        LocalDate started = accepted.plusDays(3 + random.nextInt(10));
        LocalDate done = started.plusDays(40 + random.nextInt(80));
        LocalDate reportable = earliest(last, consentEnds);
        if (started.isAfter(reportable)) {
            return;
        }
        history.addObject()
                .put("sourceId", "V-" + n + "-2")
                .put("status", "STARTED")
                .put("on", started.toString());
        if (done.isAfter(reportable)) {
            return;
        }
        ObjectNode end = history.addObject().put("sourceId", "V-" + n + "-3").put("on", done.toString());
        if (random.nextInt(5) == 0) {
            end.put("status", "ABORTED").put("reasonCode", "CUSTOMER_ENDED");
        } else {
            end.put("status", "COMPLETED");
        }
    }

    private void closure() {
        String reason = pick(CLOSURE_REASONS);
        ObjectNode closure = record.putObject("closure");
        closure.put("closedOn", closedOn.toString())
                .put("reason", reason.replace("L:", ""))
                .put("closedBy", fmOn(closedOn));
        if (!reason.startsWith("L:")) {
            closure.putObject("handover")
                    .put("av", AV)
                    .put(
                            "on",
                            earliest(end, closedOn.plusDays(random.nextInt(8))).toString());
        }
    }

    private ObjectNode ref(String id) {
        return NODES.objectNode().put("system", DemoHistory.SOURCE_SYSTEM).put("id", id);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
