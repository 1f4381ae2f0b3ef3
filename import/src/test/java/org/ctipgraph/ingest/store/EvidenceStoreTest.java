package org.ctipgraph.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {

    @TempDir
    Path root;

    @Test
    void sameBytesTwiceAreStoredOnceReadOnlyAndVerify() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        byte[] bytes = "SOK Dara owes USD 450".getBytes(StandardCharsets.UTF_8);

        StoredFile first = store.store(new ByteArrayInputStream(bytes), 1024);
        StoredFile second = store.store(new ByteArrayInputStream(bytes), 1024);

        assertThat(first.sha256()).isEqualTo(sha256(bytes));
        assertThat(first.alreadyExisted()).isFalse();
        assertThat(second.alreadyExisted()).isTrue();
        assertThat(second.path()).isEqualTo(first.path());
        assertThat(first.path()).isEqualTo(root.resolve(first.sha256().substring(0, 2))
                .resolve(first.sha256().substring(2, 4)).resolve(first.sha256()));
        assertThat(Files.readAllBytes(first.path())).isEqualTo(bytes);
        assertThat(first.size()).isEqualTo(bytes.length);
        assertThat(storedOriginals()).containsExactly(first.path());
        assertThat(Files.getPosixFilePermissions(first.path()))
                .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE);
        assertThat(store.verify(first.sha256())).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void tamperedOriginalFailsVerification() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        StoredFile stored = store.store(new ByteArrayInputStream("ledger".getBytes(StandardCharsets.UTF_8)), 100);

        Files.setPosixFilePermissions(stored.path(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(stored.path(), "ledgeR");

        assertThat(store.verify(stored.sha256())).isFalse();
        assertThat(store.verify("0".repeat(64))).isFalse();
    }

    @Test
    void tooLargeInputIsRefusedAndLeavesNothingBehind() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        assertThatThrownBy(() -> store.store(endless, 1_000_000))
                .isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("1000000");

        assertThat(storedOriginals()).isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void adoptsAFileFromScratchWithoutLeavingItBehind() throws Exception {
        EvidenceStore store = new EvidenceStore(root);
        byte[] bytes = "attachment INV-RR-2025-014.pdf".getBytes(StandardCharsets.UTF_8);
        Path spooled = Files.write(store.scratchDirectory().resolve("1.bin"), bytes);
        Path again = Files.write(store.scratchDirectory().resolve("2.bin"), bytes);

        StoredFile first = store.adopt(spooled, 1024);
        StoredFile second = store.adopt(again, 1024);

        assertThat(first.sha256()).isEqualTo(sha256(bytes));
        assertThat(first.alreadyExisted()).isFalse();
        assertThat(second.alreadyExisted()).isTrue();
        assertThat(store.verify(first.sha256())).isTrue();
        assertThat(storedOriginals()).containsExactly(first.path());
        assertThat(leftovers()).isEmpty();
        Path big = Files.write(store.scratchDirectory().resolve("3.bin"), new byte[2048]);
        assertThatThrownBy(() -> store.adopt(big, 1024)).isInstanceOf(FileTooLargeException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void rejectsPathsThatAreNotHashes() {
        EvidenceStore store = new EvidenceStore(root);
        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private Stream<Path> allFiles() throws IOException {
        return Files.walk(root).filter(Files::isRegularFile);
    }

    private java.util.List<Path> storedOriginals() throws IOException {
        try (Stream<Path> files = allFiles()) {
            return files.filter(p -> !p.startsWith(root.resolve("tmp"))).toList();
        }
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> files = allFiles()) {
            return files.filter(p -> p.startsWith(root.resolve("tmp"))).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
