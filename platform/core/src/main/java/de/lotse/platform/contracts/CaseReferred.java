package de.lotse.platform.contracts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An AV (or another access route) referred a customer to case management (Vormerkung).
 *
 * <p>Topic {@code case-referred}, key: case id, version 1.
 *
 * @param caseId
 * @param referralId
 * @param customerRef pseudonymous customer reference, never the customer number
 * @param route access route code: AV, NEW_CUSTOMER_CENTRE, FAMILY, NETWORK_PARTNER, LEGAL_GUARDIAN, RELOCATION
 * @param referredBy subject id of the referring staff member
 * @param teamId the FM team the referral goes to
 * @param ageGroup U25 or UE25
 * @param reasonCodes access reasons (Zugangsgründe), each one a satisfied access path of the policy
 * @param policyVersion the Jobcenter policy version the referral was checked against
 * @param referredAt
 * @param secondaryAssignmentDueOn by when an FM must be assigned (TAH: 3 days), if the policy sets a deadline
 * @param predecessorCaseId the case this one continues after a move from another Jobcenter
 */
@Serdeable
public record CaseReferred(
        UUID caseId,
        UUID referralId,
        UUID customerRef,
        String route,
        String referredBy,
        String teamId,
        String ageGroup,
        List<String> reasonCodes,
        int policyVersion,
        Instant referredAt,
        @Nullable LocalDate secondaryAssignmentDueOn,
        @Nullable UUID predecessorCaseId) implements EventPayload {

    /** Starts a {@link Builder}: every value is named, so no call site depends on the order of the components. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@code CaseReferred} from named values; a value not set stays {@code null}, {@code 0} or
     * {@code false}. The builder adds no rule of its own: {@link #build()} calls the canonical constructor.
     */
    public static final class Builder {
        private UUID caseId;
        private UUID referralId;
        private UUID customerRef;
        private String route;
        private String referredBy;
        private String teamId;
        private String ageGroup;
        private List<String> reasonCodes;
        private int policyVersion;
        private Instant referredAt;
        private @Nullable LocalDate secondaryAssignmentDueOn;
        private @Nullable UUID predecessorCaseId;

        private Builder() {
        }

        public Builder caseId(UUID caseId) {
            this.caseId = caseId;
            return this;
        }

        public Builder referralId(UUID referralId) {
            this.referralId = referralId;
            return this;
        }

        public Builder customerRef(UUID customerRef) {
            this.customerRef = customerRef;
            return this;
        }

        public Builder route(String route) {
            this.route = route;
            return this;
        }

        public Builder referredBy(String referredBy) {
            this.referredBy = referredBy;
            return this;
        }

        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public Builder ageGroup(String ageGroup) {
            this.ageGroup = ageGroup;
            return this;
        }

        public Builder reasonCodes(List<String> reasonCodes) {
            this.reasonCodes = reasonCodes;
            return this;
        }

        public Builder policyVersion(int policyVersion) {
            this.policyVersion = policyVersion;
            return this;
        }

        public Builder referredAt(Instant referredAt) {
            this.referredAt = referredAt;
            return this;
        }

        public Builder secondaryAssignmentDueOn(@Nullable LocalDate secondaryAssignmentDueOn) {
            this.secondaryAssignmentDueOn = secondaryAssignmentDueOn;
            return this;
        }

        public Builder predecessorCaseId(@Nullable UUID predecessorCaseId) {
            this.predecessorCaseId = predecessorCaseId;
            return this;
        }

        public CaseReferred build() {
            return new CaseReferred(caseId, referralId, customerRef, route, referredBy, teamId, ageGroup, reasonCodes,
                    policyVersion, referredAt, secondaryAssignmentDueOn, predecessorCaseId);
        }
    }
}
