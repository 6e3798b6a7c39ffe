package de.lotse.platform.importing;

import de.lotse.platform.domain.InvalidInput;
import de.lotse.platform.domain.RuleViolation;
import de.lotse.platform.domain.StateConflict;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The two shapes of an import (docs/import.md): a check that runs the import of each record and keeps nothing,
 * and the taking over of a list's items, each on its own, with every broken rule of every item in one refusal.
 */
public final class ImportChecks {
    private static final TransactionDefinition CHECK =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private ImportChecks() {}

    /** The problems of one record of a check (in the order of the request), empty when it would be taken over. */
    public record Checked(int index, List<RuleViolation.Broken> problems) {}

    /**
     * Runs {@code importOne} for each record in a transaction of its own that is rolled back: nothing is written,
     * published or audited, and records of one check do not see each other. A refusal becomes that record's
     * problems.
     */
    public static <T> List<Checked> inRolledBackTransactions(
            TransactionOperations<Connection> transactions, List<T> records, Consumer<T> importOne) {
        List<Checked> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            // a transaction of its own even inside the request's (an Idempotency-Key holds one): rolling it back
            // must not mark the request's transaction for rollback
            List<RuleViolation.Broken> problems = transactions.execute(CHECK, status -> {
                status.setRollbackOnly();
                try {
                    importOne.accept(record);
                    return List.<RuleViolation.Broken>of();
                } catch (RuleViolation violation) {
                    return violation.broken();
                } catch (StateConflict conflict) {
                    return List.of(new RuleViolation.Broken("", conflict.rule(), conflict.getMessage()));
                } catch (InvalidInput invalid) {
                    return List.of(new RuleViolation.Broken(invalid.field(), invalid.rule(), invalid.getMessage()));
                }
            });
            results.add(new Checked(i, problems));
        }
        return results;
    }

    /**
     * Takes each item over with {@code take}, which answers what it added; a broken rule of an item is named by the
     * item's field ({@code contacts[3].occurredOn}), and the broken rules of all items are refused together.
     */
    public static <T, R> List<R> eachItem(List<T> items, Function<T, String> field, Function<T, List<R>> take) {
        List<RuleViolation.Broken> broken = new ArrayList<>();
        List<R> added = new ArrayList<>();
        for (T item : items) {
            try {
                added.addAll(take.apply(item));
            } catch (RuleViolation violation) {
                String prefix = field.apply(item);
                violation.broken().stream()
                        .map(b -> new RuleViolation.Broken(
                                b.field().isEmpty() ? prefix : prefix + "." + b.field(), b.rule(), b.message()))
                        .forEach(broken::add);
            }
        }
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
        return added;
    }

    /** A check's answer for one record, as the services' import APIs give it. */
    @Serdeable
    @Schema(
            name = "UebernahmePruefergebnis",
            description = "Je Datensatz (in der Reihenfolge der Anfrage) seine Probleme")
    public record CheckedView(int index, List<ProblemView> problems) {
        public static List<CheckedView> of(List<Checked> checked) {
            return checked.stream()
                    .map(c -> new CheckedView(
                            c.index(),
                            c.problems().stream()
                                    .map(b -> new ProblemView(b.field(), b.rule(), b.message()))
                                    .toList()))
                    .toList();
        }
    }

    /** One problem of a record: the field, the broken rule, in words. */
    @Serdeable
    @Schema(name = "UebernahmeProblem")
    public record ProblemView(String field, String rule, String message) {}
}
