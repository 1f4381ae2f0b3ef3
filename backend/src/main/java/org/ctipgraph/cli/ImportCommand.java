package org.ctipgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.ctipgraph.documents.DocumentView;
import org.ctipgraph.documents.JobView;
import org.ctipgraph.documents.UploadReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code ctip-graph import --case C <files or folders...>}: bulk ingestion with progress and a
 * per-file report. Without {@code --server} it opens the data directory's embedded database itself;
 * with {@code --server URL} it uploads through that server's API. Same pipeline either way.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Ingest files and folders (recursively) into a case, then print a report.")
public class ImportCommand implements Callable<Integer> {

    @Option(names = "--case", required = true, description = "case id (created if missing)")
    String caseId;

    @Option(names = "--server", description = "URL of a running CTIP Graph server (default: open the data directory directly)")
    String server;

    @Option(names = "--report-json", description = "also write the report as JSON to this file")
    Path reportJson;

    @Option(names = "--data-dir", description = "data directory when not using --server (default ./data, or CTIP_DATA_DIR)")
    String dataDir;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<Path> paths;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> files = expand(paths);
        if (dataDir != null) {
            springArguments.add("--ctip.data-dir=" + dataDir);
        }
        try (ImportTarget target = server != null ? new RemoteImportTarget(server) : new LocalImportTarget(springArguments)) {
            target.ensureCase(caseId);
            ImportReport report = run(target, files);
            print(report, System.out);
            if (reportJson != null) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(reportJson.toFile(), report);
            }
            return report.counts().getOrDefault("FAILED", 0) > 0 ? 1 : 0;
        }
    }

    ImportReport run(ImportTarget target, List<Path> files) throws IOException, InterruptedException {
        long totalBytes = 0;
        for (Path file : files) {
            totalBytes += sizeOrZero(file);
        }
        // The same bytes under two paths are one job: both paths are reported.
        Map<String, List<Path>> pathsByJob = new LinkedHashMap<>();
        List<ImportReport.Entry> entries = new ArrayList<>();
        try (ProgressBar bar = TerminalProgress.bar("Storing", totalBytes, " KiB", 1024)) {
            for (Path file : files) {
                ImportTarget.Submission submission;
                try {
                    submission = target.submit(caseId, file);
                } catch (FileSystemException | FileNotFoundException e) {
                    // A file that cannot be read (permissions, vanished, I/O error) is reported; the others go on.
                    submission = ImportTarget.Submission.refused(new UploadReceipt.Refused(file.toString(), "unreadable",
                            "cannot read " + file + ": " + e.getMessage()));
                }
                if (submission.refused() != null) {
                    entries.add(new ImportReport.Entry(file.toString(), null, "REFUSED",
                            submission.refused().error() + ": " + submission.refused().message(), null));
                } else {
                    pathsByJob.computeIfAbsent(submission.jobId(), k -> new ArrayList<>()).add(file);
                }
                bar.stepBy(sizeOrZero(file));
            }
            target.submitted();
        }
        Map<String, JobView> finished = awaitJobs(target, pathsByJob.keySet());
        Map<String, DocumentView> bySha = new HashMap<>();
        List<DocumentView> all = target.documents(caseId);
        all.forEach(d -> bySha.put(d.sha256(), d));
        for (Map.Entry<String, JobView> job : finished.entrySet()) {
            JobView view = job.getValue();
            DocumentView doc = bySha.get(view.sha256());
            for (Path file : pathsByJob.get(job.getKey())) {
                if ("FAILED".equals(view.state()) || doc == null) {
                    entries.add(new ImportReport.Entry(file.toString(), view.sha256(), "FAILED", view.error(), null));
                    continue;
                }
                entries.add(entry(file.toString(), doc));
                addMembers(file.toString(), doc.sha256(), all, entries);
            }
        }
        return ImportReport.of(entries);
    }

    private Map<String, JobView> awaitJobs(ImportTarget target, Collection<String> jobIds)
            throws IOException, InterruptedException {
        Map<String, JobView> finished = new LinkedHashMap<>();
        try (ProgressBar bar = TerminalProgress.bar("Ingesting", jobIds.size(), " files", 1)) {
            while (finished.size() < jobIds.size()) {
                for (String jobId : jobIds) {
                    if (!finished.containsKey(jobId)) {
                        JobView job = target.job(jobId);
                        if ("DONE".equals(job.state()) || "FAILED".equals(job.state())) {
                            finished.put(jobId, job);
                            bar.step();
                        }
                    }
                }
                if (finished.size() < jobIds.size()) {
                    Thread.sleep(200);
                }
            }
        }
        Map<String, JobView> ordered = new LinkedHashMap<>();
        jobIds.forEach(id -> ordered.put(id, finished.get(id)));
        return ordered;
    }

    private static void addMembers(String containerPath, String containerSha, List<DocumentView> all,
                                   List<ImportReport.Entry> entries) {
        for (DocumentView member : all) {
            if (containerSha.equals(member.parentSha256())) {
                String path = containerPath + "!/" + (member.pathInParent() == null ? member.name() : member.pathInParent());
                entries.add(entry(path, member));
                addMembers(path, member.sha256(), all, entries);
            }
        }
    }

    private static ImportReport.Entry entry(String path, DocumentView doc) {
        String reason = switch (doc.status() == null ? "" : doc.status()) {
            case "REJECTED" -> doc.reason() + ": " + doc.message();
            case "PARTIAL" -> String.join("; ", doc.warnings());
            default -> null;
        };
        return new ImportReport.Entry(path, doc.sha256(), doc.status(), reason, doc.parentSha256());
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void print(ImportReport report, PrintStream out) {
        out.println("Imported " + report.documents().size() + " document(s): " + report.counts());
        List<ImportReport.Entry> problems = report.documents().stream()
                .filter(d -> !"INGESTED".equals(d.status())).toList();
        if (!problems.isEmpty()) {
            out.printf("%-10s %-60s %s%n", "STATUS", "FILE", "REASON");
            for (ImportReport.Entry d : problems) {
                out.printf("%-10s %-60s %s%n", d.status(), d.path(), d.reason() == null ? "" : d.reason());
            }
        }
    }

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new ImportCommand()),
                        "no such file or folder: " + path);
            }
        }
        return files;
    }
}
