package org.ctipgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

    /** Keeps this thread on a core for about {@code millis} of its own CPU time. */
    private static long spin(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        return x;
    }

    @Test
    void aLineIsChargedWithTheCpuItsWorkUsedInThisJvmAndOnTheMachine() throws Exception {
        CpuMeter meter = new CpuMeter();

        meter.measure("busy", () -> spin(300));

        CpuMeter.Usage busy = meter.usage("busy");
        assertThat(busy.processCpuSeconds()).isGreaterThanOrEqualTo(0.29);
        if (Files.isReadable(Path.of("/proc/stat"))) {
            // The kernel counts in ticks of 10 ms, and the machine's figure includes everything else that ran.
            assertThat(busy.machineCpuSeconds()).isGreaterThan(0.25);
            assertThat(meter.perFile("busy", 3)).contains("ms on the machine").contains("ms in this JVM");
        }
    }

    @Test
    void roundsOfALineAddUpAndWarmUpCanBeForgotten() throws Exception {
        CpuMeter meter = new CpuMeter();
        meter.measure("line", () -> spin(100));
        meter.measure("line", () -> spin(100));

        assertThat(meter.usage("line").processCpuSeconds()).isGreaterThanOrEqualTo(0.19);

        meter.clear();
        assertThat(meter.usage("line")).isNull();
        assertThat(meter.perFile("line", 10)).isEqualTo("no rounds measured");
    }
}
