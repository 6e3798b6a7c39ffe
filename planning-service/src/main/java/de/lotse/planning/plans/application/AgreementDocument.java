package de.lotse.planning.plans.application;

import de.lotse.planning.plans.domain.Agreement;
import de.lotse.planning.plans.domain.Goal;
import de.lotse.planning.plans.domain.Plan;
import de.lotse.planning.plans.domain.Step;
import de.lotse.planning.plans.domain.StepOwner;
import de.lotse.planning.plans.domain.Strategy;
import de.lotse.platform.codes.KeyGroup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The printable agreement in plain German (Leichte-Sprache-nah: short sentences, "Sie"), rendered as
 * a self-contained HTML page from the stored data. Planning holds no names: the signature block
 * leaves them to be filled in, the SPA prints the page with the customer's name from intake.
 */
public final class AgreementDocument {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<KeyGroup, String> GROUPS = Map.of(
            KeyGroup.LIVING_CONDITIONS, "Rahmenbedingungen (z. B. Wohnen, Schulden, Kinderbetreuung)",
            KeyGroup.PERFORMANCE_CAPACITY, "Leistungsfähigkeit (z. B. Gesundheit, Belastbarkeit)",
            KeyGroup.MOTIVATION, "Motivation",
            KeyGroup.SOCIAL_COMPETENCE, "Soziale Kompetenzen",
            KeyGroup.PROFESSIONAL_COMPETENCE, "Berufliche Kompetenzen");
    private static final Map<StepOwner, String> OWNERS = Map.of(StepOwner.CUSTOMER, "Sie",
            StepOwner.CASE_MANAGER, "Ihre Fachkraft im Jobcenter", StepOwner.PARTNER, "eine Beratungsstelle / ein Träger");

    private AgreementDocument() {
    }

    public static String render(Agreement a) {
        StringBuilder html = new StringBuilder(4096);
        String title = switch (a.type()) {
            case "EINV" -> "Eingliederungsvereinbarung";
            case "KOOPERATIONSPLAN" -> "Kooperationsplan";
            default -> "Vermerk: Arbeit ohne Vereinbarung";
        };
        html.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title><style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}"
                        + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.6rem}.sign{display:flex;gap:3rem;"
                        + "margin-top:3rem}.sign div{flex:1;border-top:1px solid #000;padding-top:.3rem}"
                        + "@media print{body{margin:0}}</style></head><body>\n");
        html.append("<h1>").append(title).append("</h1>\n");
        html.append("<p>Jobcenter ").append(esc(a.jobcenterId())).append(" · Fall ").append(a.caseId()).append("</p>\n");
        if (Agreement.NONE.equals(a.type())) {
            html.append("<p>Mit Ihnen wird zurzeit keine Vereinbarung geschlossen. Grund: ")
                    .append(esc(switch (a.exception()) {
                        case CANNOT_OVERSEE_CONSEQUENCES -> "Die Folgen einer Vereinbarung sind für Sie zurzeit nicht "
                                + "gut zu überblicken.";
                        case CATEGORY_X_Y_Z -> "Ihre Lebenslage lässt eine Vereinbarung gerade nicht zu.";
                    })).append("</p>\n");
            if (a.exceptionNote() != null) {
                html.append("<p>").append(esc(a.exceptionNote())).append("</p>\n");
            }
            return html.append("<p>Festgehalten am ").append(date(a.agreedOn())).append(".</p></body></html>\n").toString();
        }
        html.append("<p>Diese Vereinbarung gilt vom <strong>").append(date(a.agreedOn())).append("</strong> bis zum <strong>")
                .append(date(a.validUntil())).append("</strong>. Spätestens dann sprechen wir gemeinsam darüber, "
                        + "was Sie erreicht haben, und schreiben sie fort.</p>\n");
        Plan plan = a.plan();
        if (plan != null) {
            if (plan.leadGoal() != null) {
                html.append("<h2>Ihr Ziel</h2>\n<p>").append(esc(plan.leadGoal().text())).append("</p>\n");
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
                    html.append("<li><strong>").append(GROUPS.get(s.keyGroup())).append(":</strong> ")
                            .append(esc(s.text())).append(steps(plan.steps(), s)).append("</li>\n");
                }
                html.append("</ol>\n");
            }
            List<Step> other = plan.steps().stream().filter(step -> step.strategyId() == null).toList();
            if (!other.isEmpty()) {
                html.append("<h2>Die nächsten Schritte</h2>\n<ul>\n");
                other.forEach(step -> html.append(step(step)));
                html.append("</ul>\n");
            }
        }
        list(html, "Das Jobcenter unterstützt Sie", a.jobcenterServices());
        list(html, "Das tun Sie", a.customerObligations());
        if (a.legalConsequenceInstruction()) {
            html.append("<h2>Wichtig: Rechtsfolgen</h2>\n<p>Wenn Sie eine Pflicht aus dieser Vereinbarung ohne wichtigen "
                    + "Grund nicht erfüllen, kann Ihr Bürgergeld gemindert werden (§§ 31 bis 31b SGB II). Sie wurden "
                    + "darüber mündlich und schriftlich belehrt. Haben Sie einen wichtigen Grund, sagen Sie ihn uns bitte "
                    + "sofort.</p>\n");
        } else if ("KOOPERATIONSPLAN".equals(a.type())) {
            html.append("<p>Der Kooperationsplan ist ein gemeinsamer Plan. Er ist rechtlich nicht verbindlich und "
                    + "enthält keine Rechtsfolgen.</p>\n");
        }
        html.append("<p>Ob Sie einer Beratungsstelle erlauben, mit uns zu sprechen, entscheiden Sie selbst. "
                + "Wenn Sie das nicht möchten oder es später widerrufen, hat das für Sie keine Nachteile.</p>\n");
        html.append("<div class=\"sign\"><div>Ort, Datum, Unterschrift Kundin / Kunde</div>"
                + "<div>Ort, Datum, Unterschrift Fachkraft</div></div>\n");
        if (a.guardianSignedOn() != null) {
            html.append("<div class=\"sign\"><div>Unterschrift der gesetzlichen Vertretung (am ")
                    .append(date(a.guardianSignedOn())).append(")</div></div>\n");
        }
        return html.append("</body></html>\n").toString();
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
