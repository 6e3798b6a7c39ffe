package de.lotse.planning.sustainability.domain;

/** When a sustainability check is due: 6 or 12 months after the closure into work (docs/domain.md §16.2). */
public enum Checkpoint {
    MONTHS_6(6),
    MONTHS_12(12);

    private final int months;

    Checkpoint(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
