package de.lotse.platform.codes;

/**
 * Instruments a measure on a case belongs to (docs/domain.md §6). Planning records measures with these
 * codes; intake needs them for the rules that depend on a running measure (TAH: an AGH continues
 * case management past the maximum duration; UCKERMARK 6.7: finish measures before U25→Ü25).
 */
public enum MeasureInstrument {
    /** Maßnahme zur Aktivierung und beruflichen Eingliederung, §16 SGB II i. V. m. §45 SGB III (MAbE). */
    ACTIVATION_45,
    /** Förderung der beruflichen Weiterbildung, §16 SGB II i. V. m. §81 SGB III. */
    FURTHER_TRAINING_81,
    /** Arbeitsgelegenheit, §16d SGB II (AGH). */
    AGH_16D,
    /** Eingliederung von Langzeitarbeitslosen, §16e SGB II (EVL). */
    EVL_16E,
    /** Teilhabe am Arbeitsmarkt, §16i SGB II (TaAM). */
    TAAM_16I,
    /** Kommunale Eingliederungsleistung, §16a SGB II. */
    MUNICIPAL_16A,
    /** Sonstige Leistung nach §16 SGB II. */
    OTHER_16
}
