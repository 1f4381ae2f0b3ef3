package org.ctipgraph.ingest.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParseOptions;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.ingest.store.EvidenceStore;
import org.ctipgraph.ingest.store.StoredFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** tar, 7z and mbox containers unpack into their members, each its own stored document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerFormatsTest {

    @TempDir
    static Path work;

    private EvidenceStore store;
    private IsolatedDocumentParser parser;

    @BeforeAll
    void start() {
        store = new EvidenceStore(work.resolve("evidence"));
        parser = new IsolatedDocumentParser(store, WorkerOptions.forCurrentClasspath());
    }

    @AfterAll
    void stop() {
        parser.close();
    }

    @Test
    void tarMembersAreDocuments() throws Exception {
        Path tar = work.resolve("phone.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            add(out, "dump/contacts.txt", "Boss T +855 12 906 447");
            add(out, "dump/notes/todo.txt", "pick up at Cham Yeam");
        }
        List<ParsedDocument> docs = parse(tar);

        assertThat(docs).extracting(ParsedDocument::pathInParent)
                .containsExactly(null, "dump/contacts.txt", "dump/notes/todo.txt");
        assertThat(docs).allSatisfy(d -> assertThat(d.status()).isEqualTo(DocumentStatus.INGESTED));
        assertThat(docs.get(2).pages().get(0).text()).contains("Cham Yeam");
        assertThat(docs.get(2).parentSha256()).isEqualTo(docs.get(0).sha256());
    }

    @Test
    void sevenZipMembersAreDocuments() throws Exception {
        Path sevenZ = work.resolve("laptop.7z");
        try (SevenZOutputFile out = new SevenZOutputFile(sevenZ.toFile())) {
            byte[] bytes = "transfer 1,200 USDT to TGmfFu...vqNQ".getBytes(StandardCharsets.UTF_8);
            SevenZArchiveEntry entry = out.createArchiveEntry(work.resolve("x").toFile(), "wallet/tx.txt");
            entry.setDirectory(false);
            out.putArchiveEntry(entry);
            out.write(bytes);
            out.closeArchiveEntry();
        }
        List<ParsedDocument> docs = parse(sevenZ);

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).mediaType()).isEqualTo("application/x-7z-compressed");
        assertThat(docs.get(1).pathInParent()).isEqualTo("wallet/tx.txt");
        assertThat(docs.get(1).pages().get(0).text()).contains("TGmfFu...vqNQ");
    }

    @Test
    void eachMessageOfAMailboxIsADocumentWithItsHeaders() throws Exception {
        Path mbox = work.resolve("inbox.mbox");
        Files.writeString(mbox, """
                From lok.nith@example.com Mon Dec  1 09:00:00 2025
                From: Lok Nith <lok.nith@example.com>
                To: Vannak Khem <kiln@example.com>
                Subject: bricks
                Date: Mon, 1 Dec 2025 09:00:00 +0700

                Send the invoice for the bricks.

                From kiln@example.com Tue Dec  2 10:00:00 2025
                From: Vannak Khem <kiln@example.com>
                To: Lok Nith <lok.nith@example.com>
                Subject: Re: bricks
                Date: Tue, 2 Dec 2025 10:00:00 +0700

                Invoice INV-RR-2025-014 attached tomorrow.
                """);
        List<ParsedDocument> docs = parse(mbox);

        assertThat(docs).hasSize(3);
        List<ParsedDocument> messages = docs.subList(1, 3);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.mediaType()).isEqualTo("message/rfc822");
            assertThat(m.pages()).hasSize(1);
            assertThat(m.parentSha256()).isEqualTo(docs.get(0).sha256());
        });
        assertThat(messages.get(0).metadata().get("Message-From")).anyMatch(v -> v.contains("Lok Nith"));
        assertThat(messages.get(1).metadata().get("dc:title")).containsExactly("Re: bricks");
        assertThat(messages.get(1).pages()).extracting(PageText::text).anyMatch(t -> t.contains("INV-RR-2025-014"));
    }

    private List<ParsedDocument> parse(Path file) throws Exception {
        StoredFile stored;
        try (InputStream in = Files.newInputStream(file)) {
            stored = store.store(in, 10_000_000);
        }
        return parser.parse(stored.path(), stored.sha256(), file.getFileName().toString(), ParseOptions.defaults());
    }

    private static void add(TarArchiveOutputStream out, String name, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
