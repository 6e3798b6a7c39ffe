package de.lotse.intake.cases.domain;

import de.lotse.platform.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A case in employment-oriented case management, from referral (Vormerkung) to admission
 * (Fallzugang). The aggregate guards its state transitions.
 */
public final class BfmCase {
    private final UUID id;
    private final String jobcenterId;
    private final UUID customerId;
    private final ReferralRoute route;
    private final List<AccessReason> reasons;
    private final String referralNote;
    private final AgeGroup ageGroup;
    private final String teamId;
    private final String referredBy;
    private final Instant referredAt;
    private final int policyVersion;
    private final long version;
    private CaseStatus status;
    private String caseManagerId;
    private LocalDate admittedOn;
    private Instant admittedAt;

    @SuppressWarnings("java:S107") // a full rehydration constructor for the repository
    public BfmCase(UUID id, String jobcenterId, UUID customerId, CaseStatus status, ReferralRoute route,
                   List<AccessReason> reasons, String referralNote, AgeGroup ageGroup, String teamId,
                   String referredBy, Instant referredAt, String caseManagerId, LocalDate admittedOn,
                   Instant admittedAt, int policyVersion, long version) {
        this.id = Objects.requireNonNull(id);
        this.jobcenterId = Objects.requireNonNull(jobcenterId);
        this.customerId = Objects.requireNonNull(customerId);
        this.status = Objects.requireNonNull(status);
        this.route = Objects.requireNonNull(route);
        this.reasons = List.copyOf(reasons);
        this.referralNote = referralNote;
        this.ageGroup = Objects.requireNonNull(ageGroup);
        this.teamId = Objects.requireNonNull(teamId);
        this.referredBy = Objects.requireNonNull(referredBy);
        this.referredAt = Objects.requireNonNull(referredAt);
        this.caseManagerId = caseManagerId;
        this.admittedOn = admittedOn;
        this.admittedAt = admittedAt;
        this.policyVersion = policyVersion;
        this.version = version;
    }

    /** Vormerkung: the referral must name at least one access reason. */
    public static BfmCase refer(String jobcenterId, UUID customerId, ReferralRoute route, List<AccessReason> reasons,
                                String referralNote, AgeGroup ageGroup, String teamId, String referredBy,
                                Instant now, int policyVersion) {
        if (reasons.isEmpty()) {
            throw new RuleViolation("reasons", "ACCESS_REASON_REQUIRED",
                    "Eine Vormerkung braucht mindestens einen Zugangsgrund.");
        }
        return new BfmCase(UUID.randomUUID(), jobcenterId, customerId, CaseStatus.REFERRED, route, reasons,
                referralNote, ageGroup, teamId, referredBy, now, null, null, null, policyVersion, 0);
    }

    /**
     * Fallzugang: the FM admits the customer. The customer's willingness to take part is
     * indispensable (PANKOW 4.3); admission cannot predate the referral.
     */
    public void admit(String caseManagerId, boolean customerWilling, LocalDate admittedOn, Instant now) {
        if (status != CaseStatus.REFERRED) {
            throw new RuleViolation(null, "CASE_NOT_REFERRED",
                    "Nur vorgemerkte Fälle können aufgenommen werden (Status: " + status + ").");
        }
        if (!customerWilling) {
            throw new RuleViolation("customerWilling", "CUSTOMER_NOT_WILLING",
                    "Ohne die Mitwirkungsbereitschaft der Kundin / des Kunden ist keine Aufnahme ins Fallmanagement möglich.");
        }
        if (admittedOn.isBefore(referredAt.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
            throw new RuleViolation("admittedOn", "ADMISSION_BEFORE_REFERRAL",
                    "Die Aufnahme kann nicht vor der Vormerkung liegen.");
        }
        if (admittedOn.isAfter(now.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
            throw new RuleViolation("admittedOn", "ADMISSION_IN_FUTURE", "Die Aufnahme kann nicht in der Zukunft liegen.");
        }
        this.status = CaseStatus.ADMITTED;
        this.caseManagerId = Objects.requireNonNull(caseManagerId);
        this.admittedOn = admittedOn;
        this.admittedAt = now;
    }

    public UUID id() { return id; }
    public String jobcenterId() { return jobcenterId; }
    public UUID customerId() { return customerId; }
    public CaseStatus status() { return status; }
    public ReferralRoute route() { return route; }
    public List<AccessReason> reasons() { return reasons; }
    public String referralNote() { return referralNote; }
    public AgeGroup ageGroup() { return ageGroup; }
    public String teamId() { return teamId; }
    public String referredBy() { return referredBy; }
    public Instant referredAt() { return referredAt; }
    public String caseManagerId() { return caseManagerId; }
    public LocalDate admittedOn() { return admittedOn; }
    public Instant admittedAt() { return admittedAt; }
    public int policyVersion() { return policyVersion; }
    public long version() { return version; }
}
