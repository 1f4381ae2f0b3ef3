package org.ctipgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU spent by the whole machine and by this JVM while a bench line runs, summed per line. A ratio of
 * wall times says which line is faster; CPU per file says why: a line that keeps the cores as busy as
 * its anchor but needs more CPU per file is paying for work of its own, one that leaves cores idle is
 * waiting (for a commit, a free worker, the last slow file). The machine's figure comes from Linux's
 * {@code /proc/stat} and includes the parser worker JVMs, Tesseract and anything else running; where
 * that file does not exist only this JVM's CPU is reported.
 */
final class CpuMeter {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final Map<String, Usage> byLine = new ConcurrentHashMap<>();

    /** Runs {@code work} and adds what it used to {@code line}'s totals. */
    <T> T measure(String line, Callable<T> work) throws Exception {
        Reading before = Reading.now();
        T result = work.call();
        byLine.merge(line, Reading.now().since(before), Usage::plus);
        return result;
    }

    /** Forgets the warm-up. */
    void clear() {
        byLine.clear();
    }

    /** E.g. {@code "CPU per file 41.0 ms on the machine (cores busy 96%), 9.5 ms in this JVM"}. */
    String perFile(String line, int files) {
        Usage u = byLine.get(line);
        if (u == null || files == 0) {
            return "no rounds measured";
        }
        String jvm = String.format("%.1f ms in this JVM", u.processCpuSeconds() * 1e3 / files);
        if (Double.isNaN(u.machineCpuSeconds())) {
            return "CPU per file " + jvm;
        }
        return String.format("CPU per file %.1f ms on the machine (cores busy %.0f%%), %s",
                u.machineCpuSeconds() * 1e3 / files, 100 * u.machineCpuSeconds() / (u.wallSeconds() * u.cores()), jvm);
    }

    /** What {@code line}'s rounds used together, or {@code null} before its first round. */
    Usage usage(String line) {
        return byLine.get(line);
    }

    /** Totals over a line's rounds; {@code machineCpuSeconds} is NaN without {@code /proc/stat}. */
    record Usage(double wallSeconds, double machineCpuSeconds, double processCpuSeconds, int cores) {
        Usage plus(Usage other) {
            return new Usage(wallSeconds + other.wallSeconds, machineCpuSeconds + other.machineCpuSeconds,
                    processCpuSeconds + other.processCpuSeconds, cores);
        }
    }

    /** One reading of the clocks. Ticks are the kernel's, summed over all cores (-1 if unknown). */
    private record Reading(long nanos, long busyTicks, long allTicks, int cores, long processCpuNanos) {
        static Reading now() {
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long busy = -1;
            long all = -1;
            int cores = Runtime.getRuntime().availableProcessors();
            try {
                List<String> stat = Files.readAllLines(PROC_STAT);
                // "cpu user nice system idle iowait irq softirq steal guest guest_nice": idle and iowait are not busy;
                // guest time is already counted in user.
                String[] f = stat.get(0).trim().split("\\s+");
                all = 0;
                for (int i = 1; i <= 8 && i < f.length; i++) {
                    all += Long.parseLong(f[i]);
                }
                busy = all - Long.parseLong(f[4]) - Long.parseLong(f[5]);
                cores = (int) stat.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
            } catch (IOException | RuntimeException notLinux) {
                busy = -1;
            }
            return new Reading(System.nanoTime(), busy, all, cores, process);
        }

        Usage since(Reading before) {
            double wall = (nanos - before.nanos) / 1e9;
            double machine = busyTicks < 0 || before.busyTicks < 0 || allTicks == before.allTicks ? Double.NaN
                    : (double) (busyTicks - before.busyTicks) / (allTicks - before.allTicks) * cores * wall;
            return new Usage(wall, machine, (processCpuNanos - before.processCpuNanos) / 1e9, cores);
        }
    }
}
