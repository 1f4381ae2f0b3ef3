package org.ctipgraph.ingest.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content-addressed, write-once store of originals: {@code <root>/ab/cd/<sha256>}.
 *
 * <p>Bytes are streamed to a temporary file inside the store while their SHA-256 is computed, made
 * durable (fsync), made read-only, and only then published under their hash with a hard link,
 * which is atomic and never replaces an existing file. So a reader never sees a half-written
 * original, storing the same bytes twice keeps one file, and a crash leaves at most a temporary
 * file (removed by {@link #removeLeftovers()}). Bytes already stored are recognised after hashing
 * and not synced again.
 *
 * <p>Thread-safe; several processes may share one root.
 */
public final class EvidenceStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<PosixFilePermission> READ_ONLY = PosixFilePermissions.fromString("r--r--r--");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;
    private final Path scratch;

    /** Opens (creating if needed) the store at {@code root}. */
    public EvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("tmp").resolve("incoming");
        this.scratch = this.root.resolve("tmp").resolve("scratch");
        try {
            Files.createDirectories(incoming);
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create evidence store at " + this.root, e);
        }
    }

    /** The store's root directory. */
    public Path root() {
        return root;
    }

    /**
     * Streams {@code in} into the store.
     *
     * @param maxBytes the most bytes accepted
     * @return where the original now lives; {@link StoredFile#alreadyExisted()} when it was there before
     * @throws FileTooLargeException when {@code in} holds more than {@code maxBytes}; nothing is left behind
     */
    public StoredFile store(InputStream in, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "in-", ".part");
        try {
            MessageDigest digest = sha256Digest();
            long size = copyBounded(in, temp, digest, maxBytes);
            return publish(temp, HexFormat.of().formatHex(digest.digest()), size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves a file that already lies inside the store (e.g. in {@link #scratchDirectory()}) into
     * place under its hash without copying its bytes again; the file is gone afterwards either way.
     *
     * @throws FileTooLargeException when the file holds more than {@code maxBytes}
     */
    public StoredFile adopt(Path file, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "adopt-", ".part");
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            // A rename within the store's file system: the bytes are not written twice.
            Files.move(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            MessageDigest digest = sha256Digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(temp), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return publish(temp, HexFormat.of().formatHex(digest.digest()), size);
        } catch (java.nio.file.AtomicMoveNotSupportedException otherFileSystem) {
            try (InputStream in = Files.newInputStream(file)) {
                return store(in, maxBytes);
            }
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(file);
        }
    }

    /** Makes the hashed temp file durable and read-only and links it under its hash, unless already there. */
    private StoredFile publish(Path temp, String sha, long size) throws IOException {
        Path target = path(sha);
        if (Files.exists(target)) {
            // Same bytes already stored: skip the fsync, which dominates the cost of a repeat upload.
            return new StoredFile(sha, target, size, true);
        }
        // Durable before it is published: a power cut must not leave a short file under a valid hash.
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.setPosixFilePermissions(temp, READ_ONLY);
        boolean existed = link(temp, target);
        return new StoredFile(sha, target, size, existed);
    }

    /** Where the original with this hash lives (it may not exist). */
    public Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Whether an original with this hash is stored. */
    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /**
     * Re-hashes the stored original.
     *
     * @return {@code true} when it exists and its bytes still hash to {@code sha256}
     */
    public boolean verify(String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest()).equals(sha256);
    }

    /**
     * A directory on the store's file system for short-lived working files (e.g. bytes unpacked by
     * the parser before they are stored). Callers delete what they create.
     */
    public Path scratchDirectory() {
        return scratch;
    }

    /** Deletes temporary files a crash may have left in the store's incoming area. */
    public void removeLeftovers() throws IOException {
        try (var files = Files.list(incoming)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long copyBounded(InputStream in, Path temp, MessageDigest digest, long maxBytes)
            throws IOException {
        long size = 0;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
        }
        return size;
    }

    /** Links the temp file under its hash; returns whether the hash was already present. */
    private static boolean link(Path temp, Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        try {
            // A hard link is atomic and, unlike rename, fails instead of replacing an existing file.
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException raced) {
            return true;
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(target)) {
                return true;
            }
            Files.copy(temp, target);
            Files.setPosixFilePermissions(target, READ_ONLY);
        }
        syncDirectory(dir);
        return false;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Not every file system lets a directory be opened for fsync; the file itself is already durable.
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
