package de.lotse.intake;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.UUID;

/**
 * What only intake's tables can show, for the integration tests: where the API or the broker shows an effect,
 * the tests assert through those instead. Each reading says why no API shows it.
 */
public final class IntakeTables {
    private final TransactionOperations<Connection> transactions;
    private final Statements statements;

    public IntakeTables(TransactionOperations<Connection> transactions, Statements statements) {
        this.transactions = transactions;
        this.statements = statements;
    }

    /**
     * How many customer records with that number exist. No API lists customers (only their cases), so that a
     * refused referral left no customer behind, or a repeated one no second, only the table shows.
     */
    public long customerRecords(String customerNumber) {
        return count(
                "select count(*) from customer where customer_number = :customerNumber",
                Params.of("customerNumber", customerNumber));
    }

    // --- the audit log: staff have no API that reads it (ADMIN only verifies its chain)

    /** The audit log's entries about the case. */
    public long auditEntries(String caseId) {
        return count(
                "select count(*) from audit_log where case_id = :caseId", Params.of("caseId", UUID.fromString(caseId)));
    }

    /** The audit log's entries about the case of that action ({@code READ}, {@code LIST}) by that actor. */
    public long auditEntries(String caseId, String action, String actor) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and action = :action and actor = :actor",
                Params.of("caseId", UUID.fromString(caseId))
                        .and("action", action)
                        .and("actor", actor));
    }

    /** The audit log's entries about the case of that resource type ({@code case-decisions}, ...). */
    public long auditEntriesOn(String caseId, String resourceType) {
        return count(
                "select count(*) from audit_log where case_id = :caseId and resource_type = :resourceType",
                Params.of("caseId", UUID.fromString(caseId)).and("resourceType", resourceType));
    }

    /** The audit log's entries about a resource that is no case (e.g. a {@code non-referral}). */
    public long auditEntriesOnResource(String resourceType, String resourceId) {
        return count(
                "select count(*) from audit_log where resource_type = :resourceType and resource_id = :resourceId",
                Params.of("resourceType", resourceType).and("resourceId", resourceId));
    }

    /** Audit entries, of any case, whose actor is blank. */
    public long auditEntriesWithoutActor() {
        return count("select count(*) from audit_log where btrim(actor) = ''");
    }

    /**
     * The audited reads of customers' assessment facts by {@code actor} in that Jobcenter: an eligibility check's
     * answer does not say whether the facts were read.
     */
    public long assessmentFactsReadsBy(String actor, String jobcenterId) {
        return count(
                "select count(*) from audit_log where resource_type = 'assessment-facts' and actor = :actor"
                        + " and jobcenter_id = :jobcenterId",
                Params.of("actor", actor).and("jobcenterId", jobcenterId));
    }

    // --- outbox, inbox and the idempotency filter: internals no API shows

    /**
     * The events in the outbox, of every test and aggregate. That a refused request published nothing only the
     * outbox shows: the broker cannot show an absence.
     */
    public long eventsInOutbox() {
        return count("select count(*) from outbox_event");
    }

    /**
     * Whether the consumer took that event from its inbox (1) or not yet (0), for waiting until exactly this
     * event — not another test's — was applied.
     */
    public long applied(String consumer, UUID eventId) {
        return count(
                "select count(*) from inbox_event where consumer = :consumer and event_id = :eventId",
                Params.of("consumer", consumer).and("eventId", eventId));
    }

    /** The keys the idempotency filter keeps, of every caller. */
    public long idempotencyKeysKept() {
        return count("select count(*) from idempotency_key");
    }

    private long count(String sql) {
        return count(sql, Params.none());
    }

    private long count(String sql, Params params) {
        return transactions.executeRead(status -> statements.count(sql, params));
    }
}
