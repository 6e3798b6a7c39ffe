package de.lotse.platform.contracts;

import io.micronaut.serde.annotation.Serdeable;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision on a referral that did not (yet) open the case: the FM declined it, the AV escalated
 * the disagreement to the team lead, or the team lead declined it finally. (An admission, by the FM
 * or the team lead, is {@code case-opened}.)
 *
 * <p>Topic {@code referral-decided}, key: case id, version 1.
 *
 * @param decision DECLINED (by the FM), ESCALATED (by the AV), ESCALATION_DECLINED (final, by the TL)
 * @param reasonCode the decline reason code
 * @param decidedByRole FM, AV or TL
 */
@RecordBuilder
@Serdeable
public record ReferralDecided(
        UUID caseId, String decision, String reasonCode, String decidedByRole, int policyVersion, Instant decidedAt)
        implements EventPayload {

    /**
     * Starts a builder that names every value, so no call site depends on the order of the components. The
     * builder is generated (RecordBuilder) and adds no rule of its own: {@code build()} calls the canonical
     * constructor; a value not set stays {@code null}, {@code 0} or {@code false}.
     */
    public static ReferralDecidedBuilder builder() {
        return ReferralDecidedBuilder.builder();
    }
}
