package org.ctipgraph.ingest.parsing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How parser worker processes are started.
 *
 * <p>The command is {@code commandPrefix + [-Xmx<maxHeap>, safety flags] + extraJvmArgs + [mainClass]}.
 * For a plain classpath the prefix is {@code [java, -cp, <classpath>]} (see
 * {@link #forCurrentClasspath()}). For a Spring Boot fat jar, whose nested jars a child {@code -cp}
 * cannot see, use prefix {@code [java, -cp, app.jar]}, extra argument
 * {@code -Dloader.main=org.ctipgraph.ingest.parsing.ParseWorker} and main class
 * {@code org.springframework.boot.loader.launch.PropertiesLauncher}.
 *
 * @param commandPrefix     java binary and class path, before any JVM option
 * @param mainClass         class whose {@code main} runs {@link ParseWorker}
 * @param maxHeap           the worker's {@code -Xmx}, e.g. {@code 768m}
 * @param extraJvmArgs      more JVM options (system properties, {@code --enable-native-access}, ...)
 * @param workers           worker processes run in parallel (one file each at a time)
 * @param startupTimeout    how long a new worker may take to load Tika and answer
 * @param maxFilesPerWorker files after which a worker is replaced, bounding slow leaks in parsers
 */
public record WorkerOptions(List<String> commandPrefix, String mainClass, String maxHeap, List<String> extraJvmArgs,
                            int workers, Duration startupTimeout, int maxFilesPerWorker) {

    /**
     * Files a worker reads before it is replaced: as in Tika's own pipes. A new worker spends tens of seconds of
     * CPU compiling the parsers again, so replacing it often costs more than the slow leaks it bounds.
     */
    public static final int DEFAULT_FILES_PER_WORKER = 10_000;

    public WorkerOptions {
        commandPrefix = List.copyOf(commandPrefix);
        extraJvmArgs = extraJvmArgs == null ? List.of() : List.copyOf(extraJvmArgs);
        if (commandPrefix.isEmpty()) {
            throw new IllegalArgumentException("commandPrefix must name the java binary");
        }
        if (workers < 1 || maxFilesPerWorker < 1) {
            throw new IllegalArgumentException("workers and maxFilesPerWorker must be positive");
        }
    }

    /** One worker with a 768 MiB heap started with {@code commandPrefix}, replaced after {@value #DEFAULT_FILES_PER_WORKER} files. */
    public static WorkerOptions of(List<String> commandPrefix) {
        return new WorkerOptions(commandPrefix, ParseWorker.class.getName(), "768m", List.of(), 1,
                Duration.ofSeconds(60), DEFAULT_FILES_PER_WORKER);
    }

    /** Workers on this JVM's java binary and class path (tests, exploded or {@code lib/} layouts). */
    public static WorkerOptions forCurrentClasspath() {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        return of(List.of(java, "-cp", System.getProperty("java.class.path")));
    }

    public WorkerOptions withWorkers(int value) {
        return new WorkerOptions(commandPrefix, mainClass, maxHeap, extraJvmArgs, value, startupTimeout,
                maxFilesPerWorker);
    }

    public WorkerOptions withMaxHeap(String value) {
        return new WorkerOptions(commandPrefix, mainClass, value, extraJvmArgs, workers, startupTimeout,
                maxFilesPerWorker);
    }

    public WorkerOptions withMainClass(String value) {
        return new WorkerOptions(commandPrefix, value, maxHeap, extraJvmArgs, workers, startupTimeout,
                maxFilesPerWorker);
    }

    public WorkerOptions withExtraJvmArgs(List<String> value) {
        return new WorkerOptions(commandPrefix, mainClass, maxHeap, value, workers, startupTimeout,
                maxFilesPerWorker);
    }

    public WorkerOptions withMaxFilesPerWorker(int value) {
        return new WorkerOptions(commandPrefix, mainClass, maxHeap, extraJvmArgs, workers, startupTimeout, value);
    }

    /** The full command line of a worker process. */
    public List<String> command() {
        List<String> command = new ArrayList<>(commandPrefix);
        command.add("-Xmx" + maxHeap);
        // After an OOM a parser's state cannot be trusted: die, and let the parent start a fresh worker.
        command.add("-XX:+ExitOnOutOfMemoryError");
        // Deeply nested documents recurse in parsers; a larger stack turns some crashes into clean errors.
        command.add("-Xss8m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.awt.headless=true");
        command.addAll(extraJvmArgs);
        command.add(mainClass);
        return command;
    }
}
