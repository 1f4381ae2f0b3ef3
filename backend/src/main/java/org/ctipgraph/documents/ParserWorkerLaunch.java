package org.ctipgraph.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarFile;
import org.ctipgraph.ingest.parsing.ParseWorker;
import org.ctipgraph.ingest.parsing.WorkerOptions;

/**
 * How to start a parser worker process from wherever this server runs. From the executable jar the
 * child goes through Spring Boot's {@code PropertiesLauncher}, because a plain {@code -cp app.jar}
 * cannot see the nested jars; from a plain class path (tests, IDE) it reuses that class path.
 */
public final class ParserWorkerLaunch {
    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    /**
     * A worker lives for hundreds of files, so it gets the full JIT (C1-only code parsed PDFs and
     * workbooks markedly slower). The JDK's own XML factories are named outright: without the
     * properties every {@code newInstance()} searches the service files of all nested jars, and no
     * other XML implementation ships with the product.
     */
    private static final List<String> JVM_FLAGS = List.of("-Xss4m", "--enable-native-access=ALL-UNNAMED",
            "--add-opens", "java.base/java.nio=ALL-UNNAMED", "-XX:+UseSerialGC",
            "-Djavax.xml.parsers.SAXParserFactory=com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "-Djavax.xml.parsers.DocumentBuilderFactory=com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "-Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "-Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "-Djavax.xml.stream.XMLEventFactory=com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private ParserWorkerLaunch() {
    }

    /** Worker options for {@code workers} parallel parser processes, started the way this JVM was. */
    public static WorkerOptions options(int workers) {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        String classPath = System.getProperty("java.class.path");
        WorkerOptions base;
        if (isExecutableJar(classPath)) {
            base = new WorkerOptions(List.of(java, "-cp", classPath), PROPERTIES_LAUNCHER, "768m",
                    concat(JVM_FLAGS, "-Dloader.main=" + ParseWorker.class.getName()), workers,
                    Duration.ofSeconds(90), WorkerOptions.DEFAULT_FILES_PER_WORKER);
        } else {
            base = new WorkerOptions(List.of(java, "-cp", classPath), ParseWorker.class.getName(), "768m",
                    JVM_FLAGS, workers, Duration.ofSeconds(90), WorkerOptions.DEFAULT_FILES_PER_WORKER);
        }
        return base;
    }

    private static boolean isExecutableJar(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("BOOT-INF/") != null || file.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> list, String item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item)).toList();
    }
}
