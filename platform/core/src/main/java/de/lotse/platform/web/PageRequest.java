package de.lotse.platform.web;

import de.lotse.platform.problem.ProblemException;

/**
 * Page number and size of a list request, bounded so a caller cannot ask for a whole Jobcenter in
 * one answer.
 *
 * @param page 0-based
 * @param size 1 … {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** From optional query parameters; out-of-range values are a 400 naming the parameter. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "Min", "Die Seitennummer beginnt bei 0.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "Range", "Die Seitengröße liegt zwischen 1 und " + MAX_SIZE + ".");
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
