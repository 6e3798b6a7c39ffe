package de.lotse.intake.cases.domain;

import java.time.LocalDate;

/**
 * A U25 case due for the transfer to Ü25 case management, with the measures still running
 * (UCKERMARK 6.7: finish and evaluate them first where possible).
 */
public record TransferCandidate(CaseWithCustomer line, int runningMeasures, LocalDate latestPlannedMeasureEnd) {}
