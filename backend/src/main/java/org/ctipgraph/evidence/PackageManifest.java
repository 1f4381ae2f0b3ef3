package org.ctipgraph.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The package as a ZIP: entries in the given (fixed) order, each with the package's date as its time and
 * the same compression level, followed by {@code MANIFEST.sha256} in {@code sha256sum} format (so
 * {@code sha256sum -c MANIFEST.sha256} works on the unpacked files). Equal files give equal bytes.
 */
final class PackageManifest {
    static final String NAME = "MANIFEST.sha256";

    private PackageManifest() {
    }

    /** One file of the package. */
    record Entry(String path, byte[] bytes) {
        String sha256() {
            return PackageManifest.sha256(bytes);
        }
    }

    static byte[] zip(List<Entry> entries, String isoDate) {
        LocalDateTime time = LocalDateTime.ofInstant(Instant.parse(isoDate), ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            List<Entry> all = new ArrayList<>(entries);
            all.add(new Entry(NAME, manifest(entries)));
            for (Entry e : all) {
                ZipEntry z = new ZipEntry(e.path());
                // setTimeLocal writes the DOS time as given, independent of the JVM's time zone.
                z.setTimeLocal(time);
                zip.putNextEntry(z);
                zip.write(e.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] manifest(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(e.sha256()).append("  ").append(e.path()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Path to SHA-256 as listed; lines that are not {@code <64 hex>  <path>} are reported as problems. */
    static Map<String, String> parse(String manifest, List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : manifest.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  .+")) {
                problems.add("malformed manifest line: " + line);
                continue;
            }
            out.put(line.substring(66), line.substring(0, 64));
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
