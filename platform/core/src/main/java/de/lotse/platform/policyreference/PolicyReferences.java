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
import java.util.Map;
import java.util.Optional;

/**
 * The {@code policy_reference} table: each Jobcenter's latest policy version from
 * {@code policy-changed}, so a service applies the Jobcenter's rules without calling intake.
 * The service adds the Flyway location {@code classpath:db/policy-reference} and wires
 * {@link PolicyChangedConsumer} in its own {@code messaging} package. An older version arriving late does not
 * replace a newer one.
 */
@Singleton
public class PolicyReferences {
    private static final Argument<Map<String, String>> SETTINGS = Argument.mapOf(String.class, String.class);

    private final Statements sql;
    private final JsonMapper json;

    PolicyReferences(Statements sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void changed(ReceivedEvent<PolicyChanged> event) {
        PolicyChanged changed = event.payload();
        sql.update(
                """
                insert into policy_reference (jobcenter_id, policy_version, preset_code, settings, changed_at)
                values (:jobcenterId, :policyVersion, :presetCode, :settings::jsonb, :changedAt)
                on conflict (jobcenter_id) do update set policy_version = excluded.policy_version,
                    preset_code = excluded.preset_code, settings = excluded.settings, changed_at = excluded.changed_at,
                    recorded_at = now()
                where policy_reference.policy_version < excluded.policy_version""",
                Params.of("jobcenterId", event.envelope().jobcenterId())
                        .and("policyVersion", changed.policyVersion())
                        .and("presetCode", changed.presetCode())
                        .and("settings", write(changed.settings()))
                        .and("changedAt", changed.changedAt()));
    }

    /** The Jobcenter's policy, once its first {@code policy-changed} arrived. */
    @ReadOnly
    public Optional<PolicyReference> find(String jobcenterId) {
        return sql
                .query(
                        "select jobcenter_id, policy_version, preset_code, settings::text from policy_reference "
                                + "where jobcenter_id = :jobcenterId",
                        Params.of("jobcenterId", jobcenterId),
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
