package de.lotse.intake.cases.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.intake.eligibility.domain.AccessReason;
import de.lotse.intake.policy.domain.ClosureReason;
import de.lotse.intake.policy.domain.PolicySettings;
import de.lotse.intake.policy.domain.RoutingRules;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case in employment-oriented case management, from referral (Vormerkung) through admission
 * (Fallzugang), first consultation, transfers and deputies to closure (Fallabgang), docs/domain.md §3.
 * Immutable: each transition checks its rules against the state and the Jobcenter's policy and
 * returns the next state; an operation that does not fit the state is a {@link StateConflict}
 * (409), one that breaks a rule a {@link RuleViolation} (422). Nothing changes in either case.
 *
 * @param customerId        the customer's pseudonymous reference
 * @param ageGroup          U25 or Ü25: decides the responsible FM team
 * @param teamId            the responsible FM team
 * @param decline           the FM's decline, if any
 * @param escalation        the AV's escalation and the team lead's decision, if any
 * @param admission         set once admitted
 * @param caseManagerId     the responsible FM, once admitted
 * @param supportRole       PRIMARY or SECONDARY, once admitted
 * @param firstConsultation set once admitted
 * @param deputy            the current or last absence deputy
 * @param closure           set once closed
 * @param routing           the FM area and its handover dates, where the policy routes (UCKERMARK, docs/domain.md §18)
 * @param version           optimistic lock
 */
public record BfmCase(
        UUID id,
        String jobcenterId,
        UUID customerId,
        CaseStatus status,
        Referral referral,
        AgeGroup ageGroup,
        String teamId,
        Decline decline,
        Escalation escalation,
        Admission admission,
        String caseManagerId,
        SupportRole supportRole,
        FirstConsultation firstConsultation,
        Deputy deputy,
        Closure closure,
        Routing routing,
        long version) {
    /** How a day reads in a message: 05.12.2026. */
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public BfmCase {
        Objects.requireNonNull(id);
        Objects.requireNonNull(jobcenterId);
        Objects.requireNonNull(customerId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(referral);
        Objects.requireNonNull(ageGroup);
        Objects.requireNonNull(teamId);
    }

    /**
     * Vormerkung: at least one access reason; the secondary-assignment deadline starts now. The application
     * and benefit-decision dates are what UCKERMARK counts its deadlines from (docs/domain.md §18.2); where the
     * policy routes between FMs, the case starts with the FM for market-far customers or the FM U25.
     */
    public static BfmCase refer(
            UUID id,
            String jobcenterId,
            UUID customerId,
            ReferralRoute route,
            List<AccessReason> reasons,
            String note,
            AgeGroup ageGroup,
            String teamId,
            String referredBy,
            UUID predecessorCaseId,
            LocalDate carriedDurationStartOn,
            BenefitDates dates,
            DecisionContext context) {
        if (reasons.isEmpty()) {
            throw new RuleViolation(
                    "reasons", "ACCESS_REASON_REQUIRED", "Eine Vormerkung braucht mindestens einen Zugangsgrund.");
        }
        PolicySettings settings = context.settings();
        LocalDate applied = dates.applicationOn();
        if (applied != null && applied.isAfter(context.today())) {
            throw new RuleViolation(
                    "applicationOn", "IN_FUTURE", "Die Antragstellung kann nicht in der Zukunft liegen.");
        }
        if (applied == null
                && settings.firstConsultationDeadline() != null
                && settings.firstConsultationDeadline().fromApplication()
                && predecessorCaseId == null) {
            throw new RuleViolation(
                    "applicationOn",
                    "APPLICATION_DATE_REQUIRED",
                    "Die Richtlinie zählt die Frist für die"
                            + " Einstiegsberatung ab der Antragstellung: das Datum des vollständig eingereichten Antrags fehlt.");
        }
        Integer days = settings.secondaryAssignmentDays();
        Referral referral = new Referral(
                route,
                reasons,
                note,
                referredBy,
                context.now(),
                context.today(),
                context.policyVersion(),
                days == null ? null : context.today().plusDays(days),
                predecessorCaseId,
                carriedDurationStartOn,
                applied,
                null,
                null);
        if (dates.benefitDecisionOn() != null) {
            referral = withBenefitDecision(referral, dates.benefitDecisionOn(), "benefitDecisionOn", context);
        }
        Routing routing = settings.routing() == null ? null : Routing.start(ageGroup == AgeGroup.U25);
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                CaseStatus.REFERRED,
                referral,
                ageGroup,
                teamId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                routing,
                0);
    }

    /**
     * The day the application was handed in and the day benefits were granted, as far as known at the referral.
     *
     * @param applicationOn     Antragstellung
     * @param benefitDecisionOn Bewilligung der Leistungen zur Sicherung des Lebensunterhaltes
     */
    public record BenefitDates(LocalDate applicationOn, LocalDate benefitDecisionOn) {
        public static final BenefitDates NONE = new BenefitDates(null, null);
    }

    /**
     * The benefits officer reports the decision on the application: where the policy says so, the first talk is
     * due within its deadline of it (UCKERMARK 3, 4.1, 5: 10 working days). Recorded once; it cannot precede the
     * application nor lie in the future.
     */
    public BfmCase recordBenefitDecision(LocalDate decidedOn, DecisionContext context) {
        requireOpenOrReferred();
        if (referral.benefitDecisionOn() != null) {
            throw new StateConflict(
                    "BENEFIT_DECISION_RECORDED",
                    "Die Bewilligung ist bereits mit dem " + referral.benefitDecisionOn() + " erfasst.");
        }
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                withBenefitDecision(referral, decidedOn, "decidedOn", context),
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                caseManagerId,
                supportRole,
                firstConsultation,
                deputy,
                closure,
                routing,
                version);
    }

    /** {@code field}: the request field that carries the day (the referral's or the later record's). */
    private static Referral withBenefitDecision(
            Referral referral, LocalDate decidedOn, String field, DecisionContext context) {
        if (decidedOn.isAfter(context.today())) {
            throw new RuleViolation(field, "IN_FUTURE", "Die Bewilligung kann nicht in der Zukunft liegen.");
        }
        if (referral.applicationOn() != null && decidedOn.isBefore(referral.applicationOn())) {
            throw new RuleViolation(
                    field,
                    "BEFORE_APPLICATION",
                    "Die Bewilligung kann nicht vor der Antragstellung (" + referral.applicationOn() + ") liegen.");
        }
        RoutingRules rules = context.settings().routing();
        LocalDate due =
                rules == null ? null : rules.firstTalkAfterBenefitDecision().from(decidedOn, context.workingDays());
        return referral.withBenefitDecision(decidedOn, due);
    }

    /**
     * Fallzugang by the FM: the customer's willingness to take part is indispensable (PANKOW 4.3);
     * the admission cites the joint case discussion where the policy requires it.
     */
    public BfmCase admit(AdmissionDecision decision, DecisionContext context) {
        requireStatus(CaseStatus.REFERRED, "CASE_NOT_REFERRED", "Nur vorgemerkte Fälle können aufgenommen werden");
        return admitted(decision, context);
    }

    /** The FM declines the referral, with a reason; the referring AV may escalate once. */
    public BfmCase decline(String fm, DeclineReason reason, String note, DecisionContext context) {
        requireStatus(CaseStatus.REFERRED, "CASE_NOT_REFERRED", "Nur vorgemerkte Fälle können abgelehnt werden");
        if (reason == DeclineReason.OTHER && blank(note)) {
            throw new RuleViolation("note", "NOTE_REQUIRED", "Bei „Sonstiges“ ist eine Begründung erforderlich.");
        }
        return with(
                CaseStatus.DECLINED, new Decline(reason, note, fm, context.now(), context.policyVersion()), escalation);
    }

    /** The referring AV disagrees with the decline: the team lead decides (TAH 4.1). Only once. */
    public BfmCase escalate(String av, String statement, DecisionContext context) {
        if (escalation != null) {
            throw new StateConflict("ALREADY_ESCALATED", "Diese Ablehnung wurde bereits der Teamleitung vorgelegt.");
        }
        requireStatus(
                CaseStatus.DECLINED, "CASE_NOT_DECLINED", "Nur eine Ablehnung durch das FM kann eskaliert werden");
        if (blank(statement)) {
            throw new RuleViolation(
                    "statement",
                    "STATEMENT_REQUIRED",
                    "Die Begründung, warum die Ablehnung nicht geteilt wird, ist erforderlich.");
        }
        return with(
                CaseStatus.ESCALATED,
                decline,
                new Escalation(av, context.now(), statement, null, null, null, null, null));
    }

    /** The team lead's decision on an escalation is final: admit (with an FM) or not admit. */
    public BfmCase decideEscalation(
            String teamLead, boolean admit, String note, AdmissionDecision admission, DecisionContext context) {
        requireStatus(CaseStatus.ESCALATED, "CASE_NOT_ESCALATED", "Es liegt keine offene Eskalation vor");
        if (blank(note)) {
            throw new RuleViolation("note", "NOTE_REQUIRED", "Die Entscheidung der Teamleitung ist zu begründen.");
        }
        Escalation decided = escalation.decided(teamLead, context.now(), admit, note, context.policyVersion());
        if (!admit) {
            return with(CaseStatus.NOT_ADMITTED, decline, decided);
        }
        return with(status, decline, decided).admitted(admission, context);
    }

    private BfmCase admitted(AdmissionDecision decision, DecisionContext context) {
        PolicySettings settings = context.settings();
        if (!decision.customerWilling()) {
            throw new RuleViolation(
                    "customerWilling",
                    "CUSTOMER_NOT_WILLING",
                    "Ohne die Mitwirkungsbereitschaft der Kundin / des Kunden ist keine Aufnahme ins Fallmanagement möglich.");
        }
        LocalDate admittedOn = decision.admittedOn() != null ? decision.admittedOn() : context.today();
        if (admittedOn.isBefore(referral.referredOn())) {
            throw new RuleViolation(
                    "admittedOn",
                    "ADMISSION_BEFORE_REFERRAL",
                    "Die Aufnahme kann nicht vor der Vormerkung (" + referral.referredOn() + ") liegen.");
        }
        if (admittedOn.isAfter(context.today())) {
            throw new RuleViolation(
                    "admittedOn", "ADMISSION_IN_FUTURE", "Die Aufnahme kann nicht in der Zukunft liegen.");
        }
        LocalDate discussion = decision.jointCaseDiscussionOn();
        if (settings.jointCaseDiscussionRequired()
                && discussion == null
                && referral.route() != ReferralRoute.RELOCATION) {
            throw new RuleViolation(
                    "jointCaseDiscussionOn",
                    "JOINT_CASE_DISCUSSION_REQUIRED",
                    "Die Richtlinie verlangt, dass die Aufnahme die gemeinsame Fallerörterung von AV und FM nennt.");
        }
        if (discussion != null && discussion.isAfter(admittedOn)) {
            throw new RuleViolation(
                    "jointCaseDiscussionOn",
                    "DISCUSSION_AFTER_ADMISSION",
                    "Die gemeinsame Fallerörterung liegt vor der Aufnahme.");
        }
        SupportVariant variant = decision.variant() != null ? decision.variant() : SupportVariant.FULL_HANDOVER;
        SupportRole role = settings.secondaryAssignmentDays() != null || variant == SupportVariant.ACCOMPANYING
                ? SupportRole.SECONDARY
                : SupportRole.PRIMARY;
        LocalDate durationStart =
                referral.carriedDurationStartOn() != null ? referral.carriedDurationStartOn() : admittedOn;
        LocalDate maxEnds =
                settings.maxDurationMonths() == null ? null : durationStart.plusMonths(settings.maxDurationMonths());
        Admission admitted = new Admission(
                admittedOn,
                context.now(),
                decision.decidedBy(),
                decision.decidedByRole(),
                discussion,
                variant,
                decision.overCaseloadOverride(),
                context.policyVersion(),
                durationStart,
                maxEnds);
        // UCKERMARK counts the ESB from the application (docs/domain.md §18.3), the others from the admission
        var deadline = settings.firstConsultationDeadline();
        LocalDate start = deadline != null && deadline.fromApplication() && referral.applicationOn() != null
                ? referral.applicationOn()
                : admittedOn;
        LocalDate due = deadline == null ? null : deadline.from(start, context.workingDays());
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                CaseStatus.ADMITTED,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admitted,
                Objects.requireNonNull(decision.caseManagerId()),
                role,
                new FirstConsultation(due, null, null, null),
                null,
                null,
                routing,
                version);
    }

    /** The appointment for the first consultation (may be moved until it took place). */
    public BfmCase scheduleFirstConsultation(LocalDate on) {
        requireStatus(
                CaseStatus.ADMITTED,
                "FIRST_CONSULTATION_NOT_PENDING",
                "Ein Termin zur Einstiegsberatung ist nur zwischen Aufnahme und Einstiegsberatung möglich");
        if (on.isBefore(admission.admittedOn())) {
            throw new RuleViolation("scheduledOn", "BEFORE_ADMISSION", "Der Termin liegt vor der Aufnahme.");
        }
        return withFirstConsultation(
                status, supportRole, new FirstConsultation(firstConsultation.dueOn(), on, null, null));
    }

    /**
     * The first consultation took place: the FM switches to primary support (unless accompanying)
     * and the clarification phase starts (TAH 4.3, 4.4).
     */
    public BfmCase recordFirstConsultation(LocalDate heldOn, DecisionContext context) {
        if (status == CaseStatus.ACTIVE) {
            throw new StateConflict(
                    "FIRST_CONSULTATION_ALREADY_HELD", "Die Einstiegsberatung ist bereits dokumentiert.");
        }
        requireStatus(
                CaseStatus.ADMITTED,
                "FIRST_CONSULTATION_NOT_PENDING",
                "Eine Einstiegsberatung gibt es nur für aufgenommene Fälle");
        if (heldOn.isBefore(admission.admittedOn()) || heldOn.isAfter(context.today())) {
            throw new RuleViolation(
                    "heldOn",
                    "OUTSIDE_ADMISSION_AND_TODAY",
                    "Die Einstiegsberatung liegt zwischen Aufnahme und heute.");
        }
        Integer months = context.settings().clarificationPhaseMonths();
        SupportRole role =
                admission.variant() == SupportVariant.ACCOMPANYING ? SupportRole.SECONDARY : SupportRole.PRIMARY;
        return withFirstConsultation(
                CaseStatus.ACTIVE,
                role,
                new FirstConsultation(
                        firstConsultation.dueOn(),
                        firstConsultation.scheduledOn(),
                        heldOn,
                        months == null ? null : heldOn.plusMonths(months)));
    }

    /** Another FM of the team takes the case over. */
    public BfmCase reassign(String newCaseManager) {
        requireOpen();
        if (newCaseManager.equals(caseManagerId)) {
            throw new RuleViolation(
                    "caseManagerId", "SAME_CASE_MANAGER", "Der Fall ist bereits dieser Fachkraft zugeordnet.");
        }
        Deputy keptDeputy = deputy != null && deputy.deputyId().equals(newCaseManager) ? null : deputy;
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                newCaseManager,
                supportRole,
                firstConsultation,
                keptDeputy,
                closure,
                routing,
                version);
    }

    /**
     * An absence deputy for a period. Whether the deputy may act on FM content is the customer's
     * choice where the policy says so (TAH 4.9); it is recorded, not required for the assignment.
     */
    public BfmCase assignDeputy(
            String deputyId, LocalDate from, LocalDate until, boolean customerAgreed, DecisionContext context) {
        requireOpen();
        if (deputyId.equals(caseManagerId)) {
            throw new RuleViolation(
                    "deputyId",
                    "DEPUTY_IS_CASE_MANAGER",
                    "Die zuständige Fachkraft kann nicht ihre eigene Vertretung sein.");
        }
        if (until.isBefore(from)) {
            throw new RuleViolation("until", "UNTIL_BEFORE_FROM", "Das Ende der Vertretung liegt vor ihrem Beginn.");
        }
        if (until.isBefore(context.today())) {
            throw new RuleViolation("until", "IN_THE_PAST", "Eine Vertretung kann nicht in der Vergangenheit enden.");
        }
        return withDeputy(new Deputy(deputyId, from, until, customerAgreed));
    }

    /** The deputy period ends today. */
    public BfmCase endDeputy(DecisionContext context) {
        requireOpen();
        if (deputy == null || deputy.until().isBefore(context.today())) {
            throw new StateConflict("NO_DEPUTY", "Für diesen Fall besteht keine laufende Vertretung.");
        }
        LocalDate until = deputy.from().isAfter(context.today()) ? deputy.from() : context.today();
        return withDeputy(new Deputy(deputy.deputyId(), deputy.from(), until, deputy.customerAgreed()));
    }

    /**
     * Moves the open case to another team and FM of the Jobcenter. U25→Ü25 needs the customer to
     * be 25; where the policy wants running measures finished first (UCKERMARK 6.7), a transfer
     * despite them must say so. An absence deputy ends with the transfer: they stood in for the
     * previous assignment, and the receiving FM arranges their own (see {@link #deputyRemovedBy}).
     */
    public BfmCase transfer(
            TransferKind kind,
            String toTeamId,
            String toCaseManagerId,
            LocalDate dateOfBirth,
            int runningMeasures,
            boolean despiteRunningMeasures,
            String latestCategory,
            DecisionContext context) {
        requireOpen();
        if (kind == TransferKind.MARKET_NEAR_HANDOVER || kind == TransferKind.MARKET_FAR_HANDBACK) {
            return route(kind, toTeamId, toCaseManagerId, latestCategory, context);
        }
        AgeGroup newAgeGroup = ageGroup;
        Routing newRouting = routing;
        if (kind == TransferKind.U25_TO_UE25) {
            if (ageGroup != AgeGroup.U25) {
                throw new StateConflict("NOT_U25", "Der Fall wird bereits im Ü25-Fallmanagement betreut.");
            }
            if (AgeGroup.at(dateOfBirth, context.today()) != AgeGroup.UE25) {
                throw new RuleViolation(
                        "kind",
                        "NOT_YET_25",
                        "Die Kundin / der Kunde vollendet das 25. Lebensjahr erst am " + AgeGroup.turns25On(dateOfBirth)
                                + ".");
            }
            if (runningMeasures > 0
                    && context.settings().u25TransferAfterRunningMeasures()
                    && !despiteRunningMeasures) {
                throw new RuleViolation(
                        "despiteRunningMeasures",
                        "MEASURES_RUNNING",
                        "Es laufen noch " + runningMeasures
                                + " Maßnahme(n). Die Richtlinie sieht vor, sie vor dem Übergang ins Ü25-FM zu beenden und auszuwerten;"
                                + " ein Übergang trotzdem ist ausdrücklich anzugeben und zu begründen.");
            }
            newAgeGroup = AgeGroup.UE25;
            // from the FM U25 to the Ü25 FM: the FM for market-far customers, like every case after its ESB
            newRouting = routing == null ? null : routing.movedTo(Routing.Segment.MARKET_FAR);
        } else if (toTeamId.equals(teamId) && toCaseManagerId.equals(caseManagerId)) {
            throw new RuleViolation("toTeamId", "NOTHING_TO_TRANSFER", "Team und Fachkraft sind bereits zuständig.");
        }
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                referral,
                newAgeGroup,
                toTeamId,
                decline,
                escalation,
                admission,
                toCaseManagerId,
                supportRole,
                firstConsultation,
                null,
                closure,
                newRouting,
                version);
    }

    /**
     * The handover between the FMs for customers far from and close to the labour market (UCKERMARK 3, 4.2, 6.6;
     * docs/domain.md §18.1, §18.4). To the market-near FM: after the ESB, for a customer aged 25 or over whose
     * latest assessment puts them in a market-near category; the invitation, first-talk and review deadlines start.
     * Back to the market-far FM: a reasoned decision of the market-near FM (the service requires the note).
     */
    private BfmCase route(
            TransferKind kind,
            String toTeamId,
            String toCaseManagerId,
            String latestCategory,
            DecisionContext context) {
        RoutingRules rules = context.settings().routing();
        if (rules == null || routing == null) {
            throw new StateConflict(
                    "NO_ROUTING",
                    "Nach der Richtlinie dieses Jobcenters werden Fälle nicht zwischen dem"
                            + " Fallmanagement für arbeitsmarktnahe und arbeitsmarktferne Kundinnen und Kunden übergeben.");
        }
        Routing next;
        if (kind == TransferKind.MARKET_NEAR_HANDOVER) {
            if (routing.segment() != Routing.Segment.MARKET_FAR) {
                throw new StateConflict(
                        "NOT_MARKET_FAR",
                        routing.segment() == Routing.Segment.U25
                                ? "Kundinnen und Kunden unter 25 betreut ausschließlich das Fallmanagement U25."
                                : "Der Fall ist bereits beim Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden.");
            }
            if (status != CaseStatus.ACTIVE) {
                throw new StateConflict(
                        "FIRST_CONSULTATION_PENDING",
                        "Die Übergabe folgt auf die Einstiegsberatung, die noch nicht dokumentiert ist.");
            }
            if (!rules.marketNear(latestCategory)) {
                throw new RuleViolation(
                        "kind",
                        "CATEGORY_NOT_MARKET_NEAR",
                        latestCategory == null
                                ? "Es liegt noch keine abgeschlossene Standortbestimmung mit Kundenkategorie vor."
                                : "Nach der letzten Standortbestimmung gehört die Kundin / der Kunde nicht zu den arbeitsmarktnahen"
                                        + " Kategorien " + rules.marketNearCategories() + ".");
            }
            LocalDate today = context.today();
            next = routing.handedOver(
                    today,
                    rules.marketNearInvitation().from(today, context.workingDays()),
                    rules.marketNearFirstTalk().from(today, context.workingDays()),
                    today.plusMonths(rules.marketNearReviewMonths()));
        } else {
            if (routing.segment() != Routing.Segment.MARKET_NEAR) {
                throw new StateConflict(
                        "NOT_MARKET_NEAR",
                        "Der Fall ist nicht beim Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden.");
            }
            next = routing.handedBack();
        }
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                referral,
                ageGroup,
                toTeamId,
                decline,
                escalation,
                admission,
                toCaseManagerId,
                supportRole,
                firstConsultation,
                null,
                closure,
                next,
                version);
    }

    /** The market-near FM sent the written invitation to the first talk (UCKERMARK 4.2). */
    public BfmCase recordMarketNearInvitation(LocalDate sentOn, DecisionContext context) {
        requireOpen();
        requireMarketNear();
        if (routing.invitationSentOn() != null) {
            throw new StateConflict(
                    "INVITATION_RECORDED",
                    "Die Einladung ist bereits mit dem " + routing.invitationSentOn() + " erfasst.");
        }
        if (sentOn.isBefore(routing.handedOverOn()) || sentOn.isAfter(context.today())) {
            throw new RuleViolation(
                    "sentOn",
                    "OUTSIDE_HANDOVER_AND_TODAY",
                    "Die Einladung liegt zwischen der Übergabe (" + routing.handedOverOn() + ") und heute.");
        }
        return withRouting(routing.invited(sentOn));
    }

    /**
     * The market-near FM's individual assessment at the review date: going on sets the next review; ending is
     * the handback to the market-far FM ({@link TransferKind#MARKET_FAR_HANDBACK}). "Es erfolgt keine automatische
     * Beendigung nach sechs Monaten" (UCKERMARK 4.2, 6.6).
     */
    public BfmCase continueMarketNear(DecisionContext context) {
        requireOpen();
        requireMarketNear();
        RoutingRules rules = context.settings().routing();
        if (rules == null) {
            throw new StateConflict(
                    "NO_ROUTING", "Die Richtlinie sieht keine Prüfung der arbeitsmarktnahen Betreuung vor.");
        }
        return withRouting(routing.reviewed(context.today().plusMonths(rules.marketNearReviewMonths())));
    }

    /**
     * A customer reactivated from X, Y or Z gets the full instruction on legal consequences, as in the ESB
     * (UCKERMARK 4.1.1, 5.1; docs/domain.md §18.6). {@code reactivatedOn}: when the category left X, Y or Z.
     */
    public BfmCase recordReactivationInstruction(LocalDate givenOn, LocalDate reactivatedOn, DecisionContext context) {
        requireOpen();
        if (routing == null
                || reactivatedOn == null
                || (routing.reactivationInstructedOn() != null
                        && !routing.reactivationInstructedOn().isBefore(reactivatedOn))) {
            throw new StateConflict(
                    "NO_REACTIVATION",
                    "Es steht keine Reaktivierung aus den Kategorien X, Y oder Z an, die eine Belehrung verlangt.");
        }
        if (givenOn.isBefore(reactivatedOn) || givenOn.isAfter(context.today())) {
            throw new RuleViolation(
                    "givenOn",
                    "OUTSIDE_REACTIVATION_AND_TODAY",
                    "Die Belehrung liegt zwischen der" + " Reaktivierung (" + reactivatedOn + ") und heute.");
        }
        return withRouting(routing.instructed(givenOn));
    }

    /**
     * The FM U25 records the young customer's target group (UCKERMARK 5.2; docs/domain.md §18.7); pupils with the
     * day they leave school, graduates with the day their training ends. A change of group is recorded the same way.
     */
    public BfmCase assignU25TargetGroup(U25TargetGroup group, LocalDate keyDate, DecisionContext context) {
        requireOpen();
        if (routing == null || routing.segment() != Routing.Segment.U25) {
            throw new StateConflict(
                    "NOT_U25", "Zielgruppen gibt es nur im Fallmanagement U25, wo die Richtlinie sie kennt.");
        }
        if (group.needsKeyDate() && keyDate == null) {
            throw new RuleViolation(
                    "keyDate",
                    "KEY_DATE_REQUIRED",
                    group == U25TargetGroup.PUPIL
                            ? "Für Schülerinnen und Schüler fehlt das voraussichtliche Schulende."
                            : "Für Ausbildungsabsolventinnen und -absolventen fehlt das Ende der Ausbildung.");
        }
        if (!group.needsKeyDate() && keyDate != null) {
            throw new RuleViolation(
                    "keyDate",
                    "KEY_DATE_NOT_APPLICABLE",
                    "Ein Stichtag gehört nur zu Schülerinnen und Schülern und zu Ausbildungsabsolventinnen und -absolventen.");
        }
        return withRouting(routing.inTargetGroup(group, context.today(), keyDate));
    }

    private void requireMarketNear() {
        if (routing == null || routing.segment() != Routing.Segment.MARKET_NEAR) {
            throw new StateConflict(
                    "NOT_MARKET_NEAR",
                    "Der Fall ist nicht beim Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden.");
        }
    }

    private void requireOpenOrReferred() {
        if (status != CaseStatus.REFERRED) {
            requireOpen();
        }
    }

    private BfmCase withRouting(Routing newRouting) {
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                caseManagerId,
                supportRole,
                firstConsultation,
                deputy,
                closure,
                newRouting,
                version);
    }

    /**
     * Fallabgang with a reason from the policy's catalogue: the warm handover where the customer
     * returns to the AV, after-care only after an integration, "maximum duration reached" only
     * when it is (and not while an AGH continues the case under TAH), "insufficient working
     * alliance" only after the clarification phase.
     */
    public BfmCase close(
            ClosureReason reason,
            LocalDate closedOn,
            String closedBy,
            Handover handover,
            LocalDate afterCareUntil,
            String note,
            boolean aghRunning,
            UUID successorCaseId,
            DecisionContext context) {
        requireClosable();
        PolicySettings settings = context.settings();
        // every broken rule of the request in one answer, so the form can mark them all at once
        List<RuleViolation.Broken> broken = new ArrayList<>(closeDateViolations(closedOn, context));
        if (reason.handoverToAv() && handover == null) {
            broken.add(new RuleViolation.Broken(
                    "handover",
                    "HANDOVER_REQUIRED",
                    "Bei diesem Abgangsgrund geht die Kundin / der Kunde an die Arbeitsvermittlung zurück: die warme Übergabe"
                            + " (Folgegespräch mit der AV) ist zu dokumentieren."));
        }
        if (afterCareUntil != null) {
            if (!reason.integration() || settings.afterCareMaxMonths() == null) {
                broken.add(new RuleViolation.Broken(
                        "afterCareUntil",
                        "AFTER_CARE_NOT_ALLOWED",
                        "Nachbetreuung ist nur nach einer Integration vorgesehen, soweit die Richtlinie sie kennt."));
            } else if (!afterCareUntil.isAfter(closedOn)
                    || afterCareUntil.isAfter(closedOn.plusMonths(settings.afterCareMaxMonths()))) {
                broken.add(new RuleViolation.Broken(
                        "afterCareUntil",
                        "AFTER_CARE_TOO_LONG",
                        "Die Nachbetreuung endet nach dem Abgang und höchstens " + settings.afterCareMaxMonths()
                                + " Monate danach."));
            }
        }
        if (reason.requiresMaxDurationReached()) {
            if (admission.maxDurationEndsOn() == null || closedOn.isBefore(admission.maxDurationEndsOn())) {
                broken.add(new RuleViolation.Broken(
                        "reasonCode",
                        "MAX_DURATION_NOT_REACHED",
                        admission.maxDurationEndsOn() == null
                                ? "Für diesen Fall gilt keine maximale Betreuungsdauer."
                                : "Die maximale Betreuungsdauer ist erst am " + german(admission.maxDurationEndsOn())
                                        + " erreicht."));
            } else if (aghRunning && settings.aghContinuesBeyondMaxDuration()) {
                broken.add(
                        new RuleViolation.Broken(
                                "reasonCode",
                                "AGH_RUNNING",
                                "Die Kundin / der Kunde nimmt an einer Arbeitsgelegenheit teil:"
                                        + " die FM-Hauptbetreuung wird bis zu deren Ende fortgesetzt, auch über die maximale Betreuungsdauer hinaus."));
            }
        }
        if (reason.requiresClarificationPhaseEnded() && settings.clarificationPhaseMonths() != null) {
            LocalDate ends = firstConsultation.clarificationPhaseEndsOn();
            if (ends == null || closedOn.isBefore(ends)) {
                broken.add(new RuleViolation.Broken(
                        "reasonCode",
                        "CLARIFICATION_PHASE_NOT_ENDED",
                        "Mangelnde Tragfähigkeit des Arbeitsbündnisses ist erst nach der Klärungsphase ein Abgangsgrund"
                                + (ends == null
                                        ? " (sie hat noch nicht begonnen)."
                                        : " (sie endet am " + german(ends) + ").")));
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        Closure closed = new Closure(
                reason.code(),
                reason.integration(),
                closedOn,
                context.now(),
                closedBy,
                reason.handoverToAv() ? handover : null,
                afterCareUntil,
                note,
                successorCaseId,
                context.policyVersion());
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                CaseStatus.CLOSED,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                caseManagerId,
                supportRole,
                firstConsultation,
                deputy,
                closed,
                routing,
                version);
    }

    /**
     * The deputy that the change to {@code next} removed while they still stood in (on {@code today}
     * or later), as ended the day before: from the day of the change on they stand in for nobody.
     * Empty when there was no deputy, the change kept them, or their period was already over — the
     * other services then know all they need from the deputy's own events.
     */
    public Optional<Deputy> deputyRemovedBy(BfmCase next, LocalDate today) {
        if (deputy == null || next.deputy() != null || deputy.until().isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new Deputy(deputy.deputyId(), deputy.from(), today.minusDays(1), deputy.customerAgreed()));
    }

    /**
     * Whether the case can be closed at all (409 otherwise): checked before anything about the
     * closure itself, so that closing twice is a conflict whatever the second request says.
     */
    public void requireClosable() {
        if (status == CaseStatus.CLOSED) {
            throw new StateConflict("CASE_ALREADY_CLOSED", "Der Fall ist bereits beendet.");
        }
        requireOpen();
    }

    /**
     * The closing day's rule, which holds whatever the reason: between the admission and today. Empty when the
     * day is fine; the closure collects it with the other broken rules of the request.
     */
    public List<RuleViolation.Broken> closeDateViolations(LocalDate closedOn, DecisionContext context) {
        if (admission != null && (closedOn.isBefore(admission.admittedOn()) || closedOn.isAfter(context.today()))) {
            return List.of(new RuleViolation.Broken(
                    "closedOn",
                    "OUTSIDE_ADMISSION_AND_TODAY",
                    "Das Abgangsdatum liegt zwischen der Aufnahme (" + german(admission.admittedOn())
                            + ") und heute."));
        }
        return List.of();
    }

    private static String german(LocalDate day) {
        return GERMAN_DATE.format(day);
    }

    /** Days in case management up to the given day, counted from the duration start. */
    public long durationDaysOn(LocalDate day) {
        return admission == null ? 0 : ChronoUnit.DAYS.between(admission.durationStartOn(), day);
    }

    /** The deputy standing in on that day, if any. */
    public boolean isDeputyOn(String subject, LocalDate day) {
        return deputy != null && deputy.deputyId().equals(subject) && deputy.activeOn(day);
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new StateConflict(
                    status == CaseStatus.CLOSED ? "CASE_CLOSED" : "CASE_NOT_OPEN",
                    "Der Fall ist nicht (mehr) in Betreuung.");
        }
    }

    private void requireStatus(CaseStatus required, String rule, String message) {
        if (status != required) {
            throw new StateConflict(rule, message + ".");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private BfmCase with(CaseStatus newStatus, Decline newDecline, Escalation newEscalation) {
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                newStatus,
                referral,
                ageGroup,
                teamId,
                newDecline,
                newEscalation,
                admission,
                caseManagerId,
                supportRole,
                firstConsultation,
                deputy,
                closure,
                routing,
                version);
    }

    private BfmCase withFirstConsultation(CaseStatus newStatus, SupportRole role, FirstConsultation consultation) {
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                newStatus,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                caseManagerId,
                role,
                consultation,
                deputy,
                closure,
                routing,
                version);
    }

    private BfmCase withDeputy(Deputy newDeputy) {
        return new BfmCase(
                id,
                jobcenterId,
                customerId,
                status,
                referral,
                ageGroup,
                teamId,
                decline,
                escalation,
                admission,
                caseManagerId,
                supportRole,
                firstConsultation,
                newDeputy,
                closure,
                routing,
                version);
    }
}
