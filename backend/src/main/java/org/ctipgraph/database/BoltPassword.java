package org.ctipgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The generated password of the embedded database's {@code neo4j} user, kept in a file readable by
 * its owner only. Generated once on first start; the same data directory always uses the same one.
 *
 * @param value     the password
 * @param file      where it is stored
 * @param generated true when this start created it (so it is printed once)
 */
public record BoltPassword(String value, Path file, boolean generated) {
    static final String FILE_NAME = "bolt-password";

    /** Reads the password of a data directory, creating it on first use. */
    public static BoltPassword loadOrCreate(Path neo4jDirectory) {
        Path file = neo4jDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return new BoltPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), file, false);
            }
            Files.createDirectories(neo4jDirectory);
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                return loadOrCreate(neo4jDirectory);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return new BoltPassword(password, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the database password file " + file, e);
        }
    }
}
