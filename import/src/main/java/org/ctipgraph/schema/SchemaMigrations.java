package org.ctipgraph.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the versioned schema files shipped in this jar. The order comes from
 * {@code migrations.txt}, because listing classpath folders inside a nested jar is unreliable.
 */
public final class SchemaMigrations {
    private static final String ROOT = "/org/ctipgraph/schema/";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    private SchemaMigrations() {
    }

    /** All migrations of the product, in version order. */
    public static List<SchemaMigration> bundled() {
        List<SchemaMigration> migrations = new ArrayList<>();
        for (String line : read("migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = FILE_NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("schema file name must look like V001__name.cypher: " + name);
            }
            String text = read(name);
            migrations.add(new SchemaMigration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                    sha256(text), statements(text)));
        }
        return migrations;
    }

    /** Splits a file into statements at semicolons that end a line; drops {@code //} comment lines. */
    static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(trimmed);
            if (trimmed.endsWith(";")) {
                current.setLength(current.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(' ');
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
