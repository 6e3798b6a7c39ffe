package de.lotse.migration;

import java.util.List;
import java.util.function.Function;

/** The services that keep parts of a case record besides intake, in the order an import writes them. */
public final class CaseParts {
    private CaseParts() {}

    /**
     * Every part, in the order of writing: assessment before planning (a plan's strategies name the needs of an
     * assessment), network last (its referrals and consents name partners and the case's plan).
     */
    public static List<CasePart> all(IdMapping staff, IdMapping teams) {
        return List.of(new AssessmentPart(staff), new PlanningPart(staff), new NetworkPart());
    }

    /** Every part with the client of its service. */
    public static List<CasePart.Target> targets(
            IdMapping staff, IdMapping teams, Function<String, ServiceClient> clientOfService) {
        return all(staff, teams).stream()
                .map(part -> new CasePart.Target(clientOfService.apply(part.service()), part))
                .toList();
    }
}
