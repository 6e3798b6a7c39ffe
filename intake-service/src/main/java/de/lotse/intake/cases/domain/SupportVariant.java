package de.lotse.intake.cases.domain;

/** Variants of support in FM (TAH 4.6). */
public enum SupportVariant {
    /** Vollständige Übergabe von der AV in das FM (the rule): primary support after the first consultation. */
    FULL_HANDOVER,
    /** Begleitende Betreuung (the exception): the FM stays secondary support. */
    ACCOMPANYING
}
