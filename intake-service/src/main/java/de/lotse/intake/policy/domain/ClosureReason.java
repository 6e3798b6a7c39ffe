package de.lotse.intake.policy.domain;

/**
 * One entry of a Jobcenter's closure catalogue (Abgangsgründe, PANKOW 4.6 / TAH 4.11).
 *
 * @param code                            stable code, carried by {@code case-closed}
 * @param label                           German label for the UI
 * @param integration                     an integration outcome (employment, training, §16e/§16i): after-care may follow
 * @param handoverToAv                    the customer returns to the AV: a warm handover must be recorded
 * @param requiresMaxDurationReached      only when the maximum duration is reached (Ablauf Regelverweildauer)
 * @param requiresClarificationPhaseEnded only after the clarification phase (TAH 4.4, 4.11)
 */
public record ClosureReason(
        String code,
        String label,
        boolean integration,
        boolean handoverToAv,
        boolean requiresMaxDurationReached,
        boolean requiresClarificationPhaseEnded) {

    static ClosureReason integration(String code, String label) {
        return new ClosureReason(code, label, true, true, false, false);
    }

    static ClosureReason handover(String code, String label) {
        return new ClosureReason(code, label, false, true, false, false);
    }

    /** The customer leaves the Jobcenter's responsibility: no handover to an AV. */
    static ClosureReason leaving(String code, String label) {
        return new ClosureReason(code, label, false, false, false, false);
    }
}
