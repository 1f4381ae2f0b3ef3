package org.ctipgraph.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NmiTest {

    @Test
    void identicalUpToRenamingIsOneAndIndependentIsZero() {
        assertThat(Nmi.of(new int[] {0, 0, 1, 1}, new int[] {5, 5, 3, 3})).isCloseTo(1.0, within(1e-12));
        assertThat(Nmi.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isCloseTo(0.0, within(1e-12));
    }
}
