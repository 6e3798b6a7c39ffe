package de.lotse.planning.plans.application;

import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.JobcenterRecord;
import de.lotse.planning.plans.domain.LegalForm;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Recipient;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.StepOwner;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.platform.codes.KeyGroup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The printable agreement in plain German (short sentences, "Sie"; docs/domain.md §15.3), rendered as a
 * self-contained HTML page from the stored agreement, the legal form in force on its date, the Jobcenter's
 * letterhead and the customer's name and number, which intake gives for this print only (planning stores no
 * names). A Kooperationsplan (§ 15 SGB II n. F.) carries no legal consequences and names the Schlichtung of
 * § 15a; an Eingliederungsvereinbarung a. F. (imported history) prints with its Rechtsfolgenbelehrung.
 */
public final class AgreementDocument {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<KeyGroup, String> GROUPS = Map.of(
            KeyGroup.LIVING_CONDITIONS, "Rahmenbedingungen (z. B. Wohnen, Schulden, Kinderbetreuung)",
            KeyGroup.PERFORMANCE_CAPACITY, "Leistungsfähigkeit (z. B. Gesundheit, Belastbarkeit)",
            KeyGroup.MOTIVATION, "Motivation",
            KeyGroup.SOCIAL_COMPETENCE, "Soziale Kompetenzen",
            KeyGroup.PROFESSIONAL_COMPETENCE, "Berufliche Kompetenzen");
    private static final Map<StepOwner, String> OWNERS = Map.of(
            StepOwner.CUSTOMER,
            "Sie",
            StepOwner.CASE_MANAGER,
            "Ihre Fachkraft im Jobcenter",
            StepOwner.PARTNER,
            "eine Beratungsstelle / ein Träger");

    private AgreementDocument() {}

    /**
     * @param form      the legal form the agreement was concluded under; none for working without an agreement
     * @param jobcenter the letterhead
     * @param recipient the customer
     */
    public static String render(Agreement a, LegalForm form, JobcenterRecord jobcenter, Recipient recipient) {
        StringBuilder html = new StringBuilder(6144);
        String title = form == null ? "Vermerk: Arbeit ohne Vereinbarung" : form.title();
        html.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}"
                        + "h1{font-size:1.6rem;margin-bottom:0}h2{font-size:1.2rem;margin-top:1.6rem}"
                        + ".letterhead{border-bottom:1px solid #000;padding-bottom:.5rem;margin-bottom:1.5rem}"
                        + ".sign{display:flex;gap:3rem;margin-top:3rem}.sign div{flex:1;border-top:1px solid #000;"
                        + "padding-top:.3rem}@media print{body{margin:0}}</style></head><body>\n");
        letterhead(html, jobcenter);
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        if (form != null) {
            html.append("<p>nach ").append(esc(form.lawReference())).append("</p>\n");
        }
        html.append("<p>für <strong>")
                .append(esc(recipient.firstName()))
                .append(' ')
                .append(esc(recipient.lastName()))
                .append("</strong>, Kundennummer ")
                .append(esc(recipient.customerNumber()))
                .append("</p>\n");
        if (a.agreedByName() != null) {
            html.append("<p>Ihre Fallmanagerin / Ihr Fallmanager: ")
                    .append(esc(a.agreedByName()))
                    .append("</p>\n");
        }
        if (Agreement.NONE.equals(a.type())) {
            html.append("<p>Mit Ihnen wird zurzeit keine Vereinbarung geschlossen. Grund: ")
                    .append(esc(
                            switch (a.exception()) {
                                case CANNOT_OVERSEE_CONSEQUENCES ->
                                    "Die Folgen einer Vereinbarung sind für Sie zurzeit nicht " + "gut zu überblicken.";
                                case CATEGORY_X_Y_Z -> "Ihre Lebenslage lässt eine Vereinbarung gerade nicht zu.";
                            }))
                    .append("</p>\n");
            if (a.exceptionNote() != null) {
                html.append("<p>").append(esc(a.exceptionNote())).append("</p>\n");
            }
            return html.append("<p>Festgehalten am ")
                    .append(date(a.agreedOn()))
                    .append(".</p></body></html>\n")
                    .toString();
        }
        html.append("<p>Vereinbart am <strong>")
                .append(date(a.agreedOn()))
                .append("</strong>. Wir sprechen spätestens am <strong>")
                .append(date(a.reviewOn()))
                .append("</strong> gemeinsam darüber, was Sie erreicht haben, und schreiben den Plan fort.");
        if (a.validUntil() != null) {
            html.append(" Er gilt bis zum <strong>")
                    .append(date(a.validUntil()))
                    .append("</strong>.");
        }
        html.append("</p>\n");
        Plan plan = a.plan();
        if (plan != null) {
            if (plan.leadGoal() != null) {
                html.append("<h2>Ihr Ziel</h2>\n<p>")
                        .append(esc(plan.leadGoal().text()))
                        .append("</p>\n");
            }
            if (!plan.intermediateGoals().isEmpty()) {
                html.append("<h2>Ihre Zwischenziele</h2>\n<ul>\n");
                for (Goal goal : plan.intermediateGoals()) {
                    html.append("<li>").append(esc(goal.text()));
                    if (goal.targetDate() != null) {
                        html.append(" (bis ").append(date(goal.targetDate())).append(")");
                    }
                    html.append("</li>\n");
                }
                html.append("</ul>\n");
            }
            if (plan.directPlacementFirst()) {
                html.append("<p>Wenn sich eine passende Arbeitsstelle bietet, hat sie Vorrang.</p>\n");
            }
            if (!plan.strategies().isEmpty()) {
                html.append("<h2>Was wir gemeinsam angehen</h2>\n<ol>\n");
                for (Strategy s : plan.strategies()) {
                    html.append("<li><strong>")
                            .append(GROUPS.get(s.keyGroup()))
                            .append(":</strong> ")
                            .append(esc(s.text()))
                            .append(steps(plan.steps(), s))
                            .append("</li>\n");
                }
                html.append("</ol>\n");
            }
            List<Step> other = plan.steps().stream()
                    .filter(step -> step.strategyId() == null)
                    .toList();
            if (!other.isEmpty()) {
                html.append("<h2>Die nächsten Schritte</h2>\n<ul>\n");
                other.forEach(step -> html.append(step(step)));
                html.append("</ul>\n");
            }
        }
        list(html, "So unterstützt Sie das Jobcenter", a.jobcenterServices());
        list(html, "Das tun Sie selbst", a.customerObligations());
        if (form.legalConsequencesInPlan()) {
            html.append(
                    "<h2>Wichtig: Rechtsfolgen</h2>\n<p>Wenn Sie eine Pflicht aus dieser Vereinbarung ohne wichtigen "
                            + "Grund nicht erfüllen, kann Ihr Arbeitslosengeld II gemindert werden (§§ 31 bis 31b SGB II in der "
                            + "damals geltenden Fassung). Sie wurden darüber mündlich und schriftlich belehrt. Haben Sie einen "
                            + "wichtigen Grund, sagen Sie ihn uns bitte sofort.</p>\n");
        } else {
            html.append("<h2>Was dieser Plan bedeutet</h2>\n<p>Der Kooperationsplan ist unser gemeinsamer Plan. Er ist "
                    + "rechtlich nicht verbindlich: Wenn ein Schritt nicht klappt, hat das keine Rechtsfolgen, und wir "
                    + "suchen zusammen einen neuen Weg. Sollten wir Sie einmal zu etwas verpflichten, erhalten Sie dazu "
                    + "ein eigenes Schreiben, in dem die Folgen erklärt sind.</p>\n");
        }
        if (form.conciliation()) {
            html.append("<h2>Wenn wir uns nicht einig sind</h2>\n<p>Können wir uns über den Kooperationsplan nicht "
                            + "einigen, oder sind Sie mit ihm nicht mehr einverstanden, können Sie eine Schlichtung verlangen "
                            + "(§ 15a SGB II). Dann vermittelt eine Person, die an Ihrem Fall bisher nicht beteiligt war. Sagen "
                            + "Sie uns dafür Bescheid")
                    .append(
                            jobcenter.phone() != null
                                    ? ", zum Beispiel telefonisch unter " + esc(jobcenter.phone())
                                    : "")
                    .append(".</p>\n");
        }
        html.append("<p>Ob Sie einer Beratungsstelle erlauben, mit uns zu sprechen, entscheiden Sie selbst. "
                + "Wenn Sie das nicht möchten oder es später widerrufen, hat das für Sie keine Nachteile.</p>\n");
        html.append("<div class=\"sign\"><div>Ort, Datum, Unterschrift ")
                .append(esc(recipient.firstName()))
                .append(' ')
                .append(esc(recipient.lastName()))
                .append("</div><div>Ort, Datum, Unterschrift ")
                .append(a.agreedByName() != null ? esc(a.agreedByName()) : "Fallmanagerin / Fallmanager")
                .append("</div></div>\n");
        if (a.guardianSignedOn() != null) {
            html.append("<div class=\"sign\"><div>Unterschrift der gesetzlichen Vertretung (am ")
                    .append(date(a.guardianSignedOn()))
                    .append(")</div></div>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void letterhead(StringBuilder html, JobcenterRecord jc) {
        html.append("<div class=\"letterhead\"><strong>").append(esc(jc.name())).append("</strong><br>");
        if (jc.street() != null) {
            html.append(esc(jc.street())).append("<br>");
        }
        if (jc.postalCode() != null || jc.city() != null) {
            html.append(esc(jc.postalCode() == null ? "" : jc.postalCode() + " "))
                    .append(esc(jc.city()))
                    .append("<br>");
        }
        if (jc.phone() != null) {
            html.append("Telefon ").append(esc(jc.phone())).append("<br>");
        }
        if (jc.email() != null) {
            html.append(esc(jc.email())).append("<br>");
        }
        if (jc.contactHours() != null) {
            html.append("Sprechzeiten: ").append(esc(jc.contactHours()));
        }
        html.append("</div>\n");
    }

    private static String steps(List<Step> steps, Strategy strategy) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (strategy.id().equals(step.strategyId())) {
                out.append(step(step));
            }
        }
        return out.isEmpty() ? "" : "<ul>" + out + "</ul>";
    }

    private static String step(Step step) {
        return "<li>" + esc(step.text()) + " — " + OWNERS.get(step.owner())
                + (step.dueOn() == null ? "" : ", bis " + date(step.dueOn())) + "</li>\n";
    }

    private static void list(StringBuilder html, String heading, List<String> items) {
        html.append("<h2>").append(heading).append("</h2>\n<ul>\n");
        items.forEach(item -> html.append("<li>").append(esc(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
