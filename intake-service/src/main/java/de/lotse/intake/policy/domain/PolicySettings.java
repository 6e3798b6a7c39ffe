package de.lotse.intake.policy.domain;

import de.lotse.intake.customers.domain.AgeGroup;
import de.lotse.platform.codes.ContactFormat;
import de.lotse.platform.codes.ProfileScheme;
import de.lotse.platform.domain.RuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Jobcenter's rules for case management (lokale Umsetzungsstrategie), every setting of
 * docs/domain.md §11 as data. A setting that is {@code null} does not apply in this Jobcenter (e.g. no
 * maximum duration under UCKERMARK). Presets: {@link Preset}.
 *
 * @param access                        access criteria and variants
 * @param exclusions                    exclusion criteria that block a referral (TAH 4.2)
 * @param nonReferralRecheckMonths      a non-referral is re-checked at the latest after this many months
 * @param secondaryAssignmentDays       an FM is assigned as secondary support within this many days of the referral
 *                                      (TAH 4.3: 3); none = admission assigns primary support directly
 * @param firstConsultationDeadline     the first consultation (Einstiegsberatung) is due within this after admission
 * @param jointCaseDiscussionRequired   the admission cites the joint case discussion of AV and FM (TAH 4.3, PANKOW 4.3)
 * @param clarificationPhaseMonths      clarification phase after the switch to primary support (TAH 4.4: 3)
 * @param continuationReviewMonths      continuation review interval (Fortführungsprüfung): 6 months everywhere
 * @param maxDurationMonths             maximum time in case management (BA2010, PANKOW 24; TAH 36)
 * @param maxDurationExtension          how a case may continue past it
 * @param aghContinuesBeyondMaxDuration a running AGH continues FM past the maximum duration (TAH 4.11)
 * @param contactRule                   the required contact density
 * @param caseloadRatio                 customers per full-time FM
 * @param agreementMaxValidityMonths    an agreement is valid at most this long (UCKERMARK 4.1.4: 6); its legal form is not
 *                                      a setting: it follows the agreement's date (docs/domain.md §15)
 * @param profileScheme                 BA profiles or UCKERMARK categories
 * @param closureReasons                the closure catalogue
 * @param afterCareMaxMonths            after-care (Nachbetreuung) after an integration, at most this long (TAH 4.12)
 * @param deputyNeedsCustomerAgreement  a deputy acts on FM content only with the customer's agreement (TAH 4.9)
 * @param u25TransferAfterRunningMeasures U25→Ü25 waits until running measures are finished and evaluated (UCKERMARK 6.7)
 * @param routing                       routing between FMs for customers close to and far from the labour market, with
 *                                      its dates and deadlines (UCKERMARK, docs/domain.md §18); none elsewhere
 */
public record PolicySettings(
        AccessRules access,
        Set<ExclusionCriterion> exclusions,
        Integer nonReferralRecheckMonths,
        Integer secondaryAssignmentDays,
        DeadlineRule firstConsultationDeadline,
        boolean jointCaseDiscussionRequired,
        Integer clarificationPhaseMonths,
        int continuationReviewMonths,
        Integer maxDurationMonths,
        MaxDurationExtension maxDurationExtension,
        boolean aghContinuesBeyondMaxDuration,
        ContactRule contactRule,
        CaseloadRatio caseloadRatio,
        Integer agreementMaxValidityMonths,
        ProfileScheme profileScheme,
        List<ClosureReason> closureReasons,
        Integer afterCareMaxMonths,
        boolean deputyNeedsCustomerAgreement,
        boolean u25TransferAfterRunningMeasures,
        RoutingRules routing) {

    public PolicySettings {
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        closureReasons = closureReasons == null ? List.of() : List.copyOf(closureReasons);
    }

    public Optional<ClosureReason> closureReason(String code) {
        return closureReasons.stream()
                .filter(reason -> reason.code().equals(code))
                .findFirst();
    }

    public Optional<Integer> caseloadLimit(AgeGroup ageGroup) {
        return Optional.ofNullable(caseloadRatio).map(ratio -> ratio.limitFor(ageGroup));
    }

    /**
     * Checks that the settings make sense together; an administrator's adjustment that does not is
     * refused naming the setting (field paths as in the request body, below {@code settings}).
     */
    public void validate() {
        require(access != null, "settings.access", "REQUIRED", "Die Zugangskriterien fehlen.");
        require(profileScheme != null, "settings.profileScheme", "REQUIRED", "Das Profil-/Kategorienschema fehlt.");
        require(
                maxDurationExtension != null,
                "settings.maxDurationExtension",
                "REQUIRED",
                "Die Regel zur Verlängerung über die Höchstdauer fehlt.");
        positive(access.minNeeds(), "settings.access.minNeeds");
        require(
                access.minNeeds() == null || !access.countedKeyGroups().isEmpty(),
                "settings.access.countedKeyGroups",
                "REQUIRED",
                "Ohne Schlüsselgruppen kann keine Mindestzahl an Handlungsbedarfen gezählt werden.");
        require(
                access.everyCustomer()
                        || access.minNeeds() != null
                        || !access.complexProfiles().isEmpty(),
                "settings.access",
                "NO_MINIMUM_CRITERION",
                "Die Zugangskriterien brauchen eine Mindestzahl an "
                        + "Handlungsbedarfen oder komplexe Profile/Kategorien – oder jede Kundin und jeder Kunde erhält "
                        + "ein Fallmanagement.");
        require(
                !access.everyCustomer()
                        || (access.minNeeds() == null
                                && access.complexProfiles().isEmpty()),
                "settings.access.everyCustomer",
                "EVERY_CUSTOMER_HAS_NO_CRITERIA",
                "Erhält jede Kundin und jeder Kunde "
                        + "ein Fallmanagement, gibt es keine Mindestzahl an Handlungsbedarfen und keine Zugangsprofile.");
        for (String code : access.complexProfiles()) {
            require(
                    profileScheme.contains(code),
                    "settings.access.complexProfiles",
                    "UNKNOWN_PROFILE",
                    "„" + profileScheme.labelOf(code) + "“ gehört nicht zu den " + profileScheme.label()
                            + " dieser Richtlinie.");
        }
        positive(access.integrationNotExpectedWithinMonths(), "settings.access.integrationNotExpectedWithinMonths");
        positive(access.prophylaxisNewCustomerDays(), "settings.access.prophylaxisNewCustomerDays");
        positive(nonReferralRecheckMonths, "settings.nonReferralRecheckMonths");
        positive(secondaryAssignmentDays, "settings.secondaryAssignmentDays");
        deadline(firstConsultationDeadline, "settings.firstConsultationDeadline");
        if (routing != null) {
            require(
                    !routing.marketNearCategories().isEmpty(),
                    "settings.routing.marketNearCategories",
                    "REQUIRED",
                    "Welche Kategorien zum Fallmanagement für arbeitsmarktnahe Kundinnen und Kunden gehen, fehlt.");
            for (String code : routing.marketNearCategories()) {
                require(
                        profileScheme.contains(code),
                        "settings.routing.marketNearCategories",
                        "UNKNOWN_PROFILE",
                        "„" + profileScheme.labelOf(code) + "“ gehört nicht zu den " + profileScheme.label()
                                + " dieser Richtlinie.");
            }
            require(
                    routing.firstTalkAfterBenefitDecision() != null,
                    "settings.routing.firstTalkAfterBenefitDecision",
                    "REQUIRED",
                    "Die Frist für das Erstgespräch nach der Bewilligung fehlt.");
            require(
                    routing.marketNearInvitation() != null,
                    "settings.routing.marketNearInvitation",
                    "REQUIRED",
                    "Die Frist für die schriftliche Einladung nach der Übergabe fehlt.");
            require(
                    routing.marketNearFirstTalk() != null,
                    "settings.routing.marketNearFirstTalk",
                    "REQUIRED",
                    "Die Frist für das erste Gespräch nach der Übergabe fehlt.");
            deadline(routing.firstTalkAfterBenefitDecision(), "settings.routing.firstTalkAfterBenefitDecision");
            deadline(routing.marketNearInvitation(), "settings.routing.marketNearInvitation");
            deadline(routing.marketNearFirstTalk(), "settings.routing.marketNearFirstTalk");
            positive(routing.marketNearReviewMonths(), "settings.routing.marketNearReviewMonths");
        }
        positive(clarificationPhaseMonths, "settings.clarificationPhaseMonths");
        positive(continuationReviewMonths, "settings.continuationReviewMonths");
        positive(maxDurationMonths, "settings.maxDurationMonths");
        positive(agreementMaxValidityMonths, "settings.agreementMaxValidityMonths");
        positive(afterCareMaxMonths, "settings.afterCareMaxMonths");
        if (contactRule != null) {
            positive(contactRule.minPerYear(), "settings.contactRule.minPerYear");
            positive(contactRule.maxGapMonths(), "settings.contactRule.maxGapMonths");
            for (String code : contactRule.exemptCategories()) {
                require(
                        profileScheme.contains(code),
                        "settings.contactRule.exemptCategories",
                        "UNKNOWN_PROFILE",
                        "„" + profileScheme.labelOf(code) + "“ gehört nicht zu den " + profileScheme.label()
                                + " dieser Richtlinie.");
            }
            contactRule.maxGapMonthsByCategory().forEach((code, months) -> {
                require(
                        profileScheme.contains(code),
                        "settings.contactRule.maxGapMonthsByCategory",
                        "UNKNOWN_PROFILE",
                        "„" + profileScheme.labelOf(code) + "“ gehört nicht zu den " + profileScheme.label()
                                + " dieser Richtlinie.");
                positive(months, "settings.contactRule.maxGapMonthsByCategory");
            });
            require(
                    !contactRule.countedFormats().isEmpty(),
                    "settings.contactRule.countedFormats",
                    "REQUIRED",
                    "Mindestens ein Kontaktformat muss zählen (" + List.of(ContactFormat.values()) + ").");
        }
        if (caseloadRatio != null) {
            positive(caseloadRatio.maxUe25(), "settings.caseloadRatio.maxUe25");
            positive(caseloadRatio.maxU25(), "settings.caseloadRatio.maxU25");
            positive(caseloadRatio.targetMin(), "settings.caseloadRatio.targetMin");
        }
        require(
                !closureReasons.isEmpty(),
                "settings.closureReasons",
                "REQUIRED",
                "Der Katalog der Abgangsgründe darf nicht leer sein.");
        Set<String> codes = new HashSet<>();
        for (ClosureReason reason : closureReasons) {
            require(
                    reason.code() != null && reason.code().matches("[A-Z][A-Z0-9_]{1,49}"),
                    "settings.closureReasons.code",
                    "Pattern",
                    "Ein Abgangsgrund braucht einen Code aus Großbuchstaben, Ziffern und _ (höchstens 50 Zeichen).");
            require(
                    reason.label() != null
                            && !reason.label().isBlank()
                            && reason.label().length() <= 200,
                    "settings.closureReasons.label",
                    "Size",
                    "Ein Abgangsgrund braucht eine Bezeichnung (höchstens 200 Zeichen).");
            require(
                    codes.add(reason.code()),
                    "settings.closureReasons.code",
                    "DUPLICATE",
                    "Der Abgangsgrund „" + reason.label() + "“ ist doppelt.");
            require(
                    !reason.requiresMaxDurationReached() || maxDurationMonths != null,
                    "settings.closureReasons",
                    "NO_MAX_DURATION",
                    "Der Abgangsgrund „" + reason.label()
                            + "“ setzt eine Höchstdauer voraus, die Richtlinie hat keine.");
        }
    }

    private static void deadline(DeadlineRule deadline, String field) {
        if (deadline != null) {
            require(deadline.unit() != null, field + ".unit", "REQUIRED", "Die Einheit der Frist fehlt.");
            positive(deadline.amount(), field + ".amount");
        }
    }

    private static void positive(Integer value, String field) {
        require(value == null || value > 0, field, "Positive", "Der Wert muss größer als 0 sein.");
    }

    private static void require(boolean condition, String field, String rule, String message) {
        if (!condition) {
            throw new RuleViolation(field, rule, message);
        }
    }
}
