package org.ctipgraph.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on standard error: redrawn in place on a terminal; when standard error is a file or a
 * pipe (a CI log, {@code 2> import.log}), one plain line every ten seconds instead of a redraw every
 * tenth of a second, which filled logs with thousands of carriage-return lines.
 */
final class TerminalProgress {
    private static final int LOG_INTERVAL_MILLIS = 10_000;

    private TerminalProgress() {
    }

    static ProgressBar bar(String task, long max, String unit, long unitSize) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, max))
                .setUnit(unit, unitSize).setStyle(ProgressBarStyle.ASCII).showSpeed();
        if (System.console() != null) {
            builder.continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err));
        } else {
            builder.setUpdateIntervalMillis(LOG_INTERVAL_MILLIS)
                    .setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100));
        }
        return builder.build();
    }
}
