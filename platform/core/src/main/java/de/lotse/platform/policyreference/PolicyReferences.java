package de.lotse.platform.policyreference;

import de.lotse.platform.contracts.PolicyChanged;
import de.lotse.platform.inbox.ReceivedEvent;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Each Jobcenter's policy versions from {@code policy-changed}, so a service applies the Jobcenter's rules
 * without calling intake: {@code policy_reference_version} holds every version with its effective day (the
 * version in force on a day is the newest effective by then, docs/domain.md §11.1), {@code policy_reference}
 * the newest version received (an older version arriving late does not replace it). The service adds the
 * Flyway location {@code classpath:db/policy-reference} and wires {@link PolicyChangedConsumer} in its own
 * {@code messaging} package.
 */
@Singleton
public class PolicyReferences {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Argument<Map<String, String>> SETTINGS = Argument.mapOf(String.class, String.class);

    private final Statements sql;
    private final JsonMapper json;
    private final Clock clock;

    PolicyReferences(Statements sql, JsonMapper json, Clock clock) {
        this.sql = sql;
        this.json = json;
        this.clock = clock;
    }

    public void changed(ReceivedEvent<PolicyChanged> event) {
        PolicyChanged changed = event.payload();
        Params version = Params.of("jobcenterId", event.envelope().jobcenterId())
                .and("policyVersion", changed.policyVersion())
                .and("presetCode", changed.presetCode())
                .and("settings", write(changed.settings()))
                .and("changedAt", changed.changedAt());
        sql.update("""
                insert into policy_reference (jobcenter_id, policy_version, preset_code, settings, changed_at)
                values (:jobcenterId, :policyVersion, :presetCode, :settings::jsonb, :changedAt)
                on conflict (jobcenter_id) do update set policy_version = excluded.policy_version,
                    preset_code = excluded.preset_code, settings = excluded.settings, changed_at = excluded.changed_at,
                    recorded_at = now()
                where policy_reference.policy_version < excluded.policy_version""", version);
        sql.update(
                """
                insert into policy_reference_version
                    (jobcenter_id, policy_version, effective_from, preset_code, settings, changed_at)
                values (:jobcenterId, :policyVersion, :effectiveFrom, :presetCode, :settings::jsonb, :changedAt)
                on conflict (jobcenter_id, policy_version) do nothing""",
                Params.ofAll(version.values())
                        .and(
                                "effectiveFrom",
                                // an event of a version without a day of its own took effect when it was made
                                changed.effectiveFrom() != null
                                        ? changed.effectiveFrom()
                                        : LocalDate.ofInstant(changed.changedAt(), BERLIN)));
    }

    /** The Jobcenter's policy in force today, once its first {@code policy-changed} arrived. */
    @ReadOnly
    public Optional<PolicyReference> find(String jobcenterId) {
        return findOn(jobcenterId, LocalDate.ofInstant(clock.instant(), BERLIN));
    }

    /**
     * The version in force on that day, for a record dated then (docs/domain.md §11.1); empty before the
     * Jobcenter's first effective day or before its first {@code policy-changed} arrived.
     */
    @ReadOnly
    public Optional<PolicyReference> findOn(String jobcenterId, LocalDate day) {
        return sql
                .query(
                        """
                        select jobcenter_id, policy_version, preset_code, settings::text from policy_reference_version
                        where jobcenter_id = :jobcenterId and effective_from <= :day
                        order by policy_version desc limit 1""",
                        Params.of("jobcenterId", jobcenterId).and("day", day),
                        rs -> new PolicyReference(
                                rs.getString(1), rs.getInt(2), rs.getString(3), read(rs.getString(4))))
                .stream()
                .findFirst();
    }

    private String write(Map<String, String> settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, SETTINGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
