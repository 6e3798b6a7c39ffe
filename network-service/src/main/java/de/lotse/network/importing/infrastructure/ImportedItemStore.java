package de.lotse.network.importing.infrastructure;

import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The items of cases taken over from another system (docs/import.md), each under its derived id with its content
 * as imported: what tells a repeated import from a changed one.
 */
@Singleton
public class ImportedItemStore {
    private final Statements sql;

    ImportedItemStore(Statements sql) {
        this.sql = sql;
    }

    /** An item taken over: its kind, its source id (a step's is prefixed by its consent's or referral's). */
    public record Item(UUID id, String kind, String sourceId, String content) {}

    public Optional<String> content(UUID id) {
        return sql
                .query("select content from imported_item where id = :id", Params.of("id", id), rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    /** Every item of a kind taken over for the case, by id. */
    public Map<UUID, Item> of(UUID caseId, String kind) {
        return sql
                .query(
                        "select id, kind, source_id, content from imported_item where case_id = :caseId"
                                + " and kind = :kind",
                        Params.of("caseId", caseId).and("kind", kind),
                        rs -> new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream()
                .collect(Collectors.toMap(Item::id, item -> item));
    }

    public void insert(UUID caseId, Item item, Instant at) {
        sql.update(
                "insert into imported_item (id, case_id, kind, source_id, content, imported_at)"
                        + " values (:id, :caseId, :kind, :sourceId, :content, :at)",
                Params.of("id", item.id())
                        .and("caseId", caseId)
                        .and("kind", item.kind())
                        .and("sourceId", item.sourceId())
                        .and("content", item.content())
                        .and("at", at));
    }
}
