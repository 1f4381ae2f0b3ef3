package org.ctipgraph.ingest.parsing;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long this JVM's JIT compilers have run. A parser worker reports it with each answer, and the ingest
 * benchmark adds its own: a fresh JVM compiles Tika, POI and PDFBox for its first thousand files or so, and a
 * throughput figure means something only once that is over.
 */
public final class JitCompileTime {
    private JitCompileTime() {
    }

    /** Milliseconds of compilation since this JVM started (compile tasks' elapsed time), 0 where the JVM does not say. */
    public static long millisSoFar() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }
}
