package de.lotse.platform.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answer. Every list endpoint pages, so no answer grows with the size of a
 * Jobcenter.
 *
 * @param items the entries of this page
 * @param page  0-based page number
 * @param size  requested page size
 * @param total number of entries over all pages
 */
@Serdeable
@Schema(name = "Seite", description = "Eine Seite einer Liste")
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }
}
