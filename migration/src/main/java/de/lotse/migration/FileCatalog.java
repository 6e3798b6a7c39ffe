package de.lotse.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of the file that other records refer to by their source key — partners and consent forms, which
 * come before the cases that name them (docs/import.md). Filled while the file streams by; it holds keys only,
 * a few hundred per Jobcenter, so memory stays bounded however many cases follow. In the first pass it keeps
 * the records a service checks cases against as well ({@link #keep}): a case's check runs before those records are
 * taken over, so it carries the ones it names (partners and consent forms for the network, {@link NetworkPart}).
 */
public final class FileCatalog {
    private final Map<String, Set<String>> keysByKind = new HashMap<>();
    private final Map<String, ObjectNode> records = new HashMap<>();

    /** Notes a record of the file by its kind and source key ({@link RecordSchema#sourceKey}). */
    public void add(String kind, String sourceKey) {
        keysByKind.computeIfAbsent(kind, k -> new HashSet<>()).add(sourceKey);
    }

    /** Whether the file has a record of this kind and key before the current one. */
    public boolean has(String kind, String sourceKey) {
        return keysByKind.getOrDefault(kind, Set.of()).contains(sourceKey);
    }

    /** The keys of a kind seen so far. */
    public Set<String> keys(String kind) {
        return Set.copyOf(keysByKind.getOrDefault(kind, Set.of()));
    }

    /** Notes a record of the file with its content (a partner or form, for the checks of the cases naming it). */
    public void keep(String kind, String sourceKey, ObjectNode record) {
        add(kind, sourceKey);
        records.put(kind + " " + sourceKey, record);
    }

    /** The record of a kind and key kept so far ({@link #keep}). */
    public Optional<ObjectNode> record(String kind, String sourceKey) {
        return Optional.ofNullable(records.get(kind + " " + sourceKey));
    }
}
