package de.lotse.reporting.disclosure.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTest {
    @Test
    void smallCountsAreSuppressedButZeroIsNot() {
        assertThat(Cell.of(0)).isEqualTo(new Cell(0L, false));
        assertThat(Cell.of(4)).isEqualTo(new Cell(null, true));
        assertThat(Cell.of(5)).isEqualTo(new Cell(5L, false));
    }
}
