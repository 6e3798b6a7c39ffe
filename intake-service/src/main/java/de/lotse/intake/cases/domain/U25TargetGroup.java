package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * The five target groups every young customer belongs to (UCKERMARK 5.2; docs/domain.md §18.7), each with the day its
 * transition rule asks the FM U25 to look again.
 */
public enum U25TargetGroup {
    /** Schüler: in the last half-year before leaving school a pupil ready for training becomes Ausbildungsuchende (5.2.1). */
    PUPIL(true),
    /** Ausbildungsuchende: not placed by 31 January of the year after next → Aktivierungs- or Vermittlungskunden (5.2.2). */
    TRAINING_SEEKER(false),
    /** Ausbildungsabsolventen: contact three months before the training ends; no work six months after it → Vermittlungskunden (5.2.3). */
    TRAINING_GRADUATE(true),
    /** Vermittlungskunden (5.2.4). */
    PLACEMENT(false),
    /** Aktivierungskunden: multiple barriers, step by step (5.2.5). */
    ACTIVATION(false);

    private final boolean needsKeyDate;

    U25TargetGroup(boolean needsKeyDate) {
        this.needsKeyDate = needsKeyDate;
    }

    /** Pupils need the day they leave school, graduates the day their training ends. */
    public boolean needsKeyDate() {
        return needsKeyDate;
    }

    /**
     * When the FM U25 looks again, if the seed gives a day: a pupil half a year before leaving school; a training
     * seeker on 31 January of the year after next from the start of the search; a graduate three months before the
     * training ends, or six months after it once that has passed. None for placement and activation customers.
     */
    public LocalDate reviewOn(LocalDate since, LocalDate keyDate) {
        return switch (this) {
            case PUPIL -> keyDate.minusMonths(6);
            case TRAINING_SEEKER -> LocalDate.of(since.getYear() + 2, 1, 31);
            case TRAINING_GRADUATE ->
                keyDate.minusMonths(3).isAfter(since) ? keyDate.minusMonths(3) : keyDate.plusMonths(6);
            case PLACEMENT, ACTIVATION -> null;
        };
    }
}
