package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Sits between Tika's {@code RecursiveParserWrapper} and the auto-detecting parser, so it sees the
 * received file and every embedded document the wrapper hands down (real members and attachments,
 * not OOXML package parts).
 *
 * <p>For each embedded document it copies the bytes to a spool file while hashing them, so the
 * parent process can store the member as evidence in its own right, and it enforces the file-wide
 * budget: unpacked bytes, compression ratio, member count (zip bomb) and nesting depth. Parser
 * failures are classified into the document's metadata; failures of a member are turned into a
 * {@link TikaException} so the wrapper records them and carries on with the siblings.
 */
final class EmbeddedCapturingParser extends ParserDecorator {

    private static final int BUFFER = 64 * 1024;

    EmbeddedCapturingParser(Parser parser) {
        super(parser);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        ParseBudget budget = context.get(ParseBudget.class);
        if (budget.isInProgress(metadata)) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        boolean passwordSupplied = budget.options().password() != null;
        int index = budget.enter(metadata);
        try {
            metadata.set(InternalMetadata.INDEX, Integer.toString(index));
            metadata.set(InternalMetadata.PARENT, Integer.toString(budget.parentOf(index)));
            if (index == 0) {
                parseReceived(stream, handler, metadata, context, passwordSupplied);
            } else {
                parseEmbedded(stream, handler, metadata, context, budget, index, passwordSupplied);
            }
        } finally {
            budget.exit(metadata);
        }
    }

    private void parseReceived(InputStream stream, ContentHandler handler, Metadata metadata,
                               ParseContext context, boolean passwordSupplied)
            throws IOException, SAXException, TikaException {
        try {
            super.parse(stream, handler, metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException | StackOverflowError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                InternalMetadata.reject(metadata, Failure.of(e, passwordSupplied));
            }
            throw e;
        }
    }

    private void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                               ParseContext context, ParseBudget budget, int index, boolean passwordSupplied)
            throws IOException, SAXException, TikaException {
        if (budget.embeddedCount() > budget.options().maxEmbeddedCount()) {
            throw budget.bomb("more than " + budget.options().maxEmbeddedCount() + " embedded files");
        }
        Path spool = budget.spoolDirectory().resolve(index + ".bin");
        try {
            spool(stream, spool, metadata, budget);
        } catch (ZipBombException e) {
            Files.deleteIfExists(spool);
            throw e;
        } catch (IOException e) {
            // The member's bytes could not be read (truncated entry, bad CRC): record it, keep siblings.
            InternalMetadata.reject(metadata, Failure.of(e, passwordSupplied));
            throw new TikaException("embedded file unreadable", e);
        }
        if (budget.depth() > budget.options().maxNestingDepth()) {
            NestingTooDeepException deep = new NestingTooDeepException("embedded " + budget.depth()
                    + " levels deep; the limit is " + budget.options().maxNestingDepth());
            InternalMetadata.reject(metadata, Failure.of(deep, passwordSupplied));
            throw deep;
        }
        try (TikaInputStream spooled = TikaInputStream.get(spool)) {
            super.parse(spooled, handler, metadata, context);
        } catch (ZipBombException e) {
            throw e;
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            InternalMetadata.reject(metadata, Failure.of(e, passwordSupplied));
            throw e;
        } catch (TikaException e) {
            if (causedByBomb(e)) {
                throw (ZipBombException) bombIn(e);
            }
            InternalMetadata.reject(metadata, Failure.of(e, passwordSupplied));
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (causedByBomb(e)) {
                throw (ZipBombException) bombIn(e);
            }
            // Tika's wrapper lets these escape and abort the whole container; one bad member
            // must not cost its siblings, so hand it back as a recordable TikaException.
            InternalMetadata.reject(metadata, Failure.of(e, passwordSupplied));
            throw new TikaException("embedded parser failed: " + Failure.describe(e), e);
        }
    }

    private static void spool(InputStream stream, Path spool, Metadata metadata, ParseBudget budget)
            throws IOException, ZipBombException {
        long allowed = budget.remainingUnpackBytes();
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = stream.read(buffer)) != -1) {
                size += n;
                if (size > allowed) {
                    budget.addUnpacked(size);
                    throw budget.bomb("containers unpack to more than " + budget.unpackedBytes()
                            + " bytes (limit " + budget.options().maxUnpackedBytes() + " bytes, ratio "
                            + budget.options().maxCompressionRatio() + ":1)");
                }
                out.write(buffer, 0, n);
            }
        } finally {
            if (budget.bombExplanation() == null) {
                // Even the readable part of a damaged member is kept and hashed: it is what was seized.
                budget.addUnpacked(size);
                metadata.set(InternalMetadata.SPOOL, spool.getFileName().toString());
                metadata.set(InternalMetadata.SHA256, HexFormat.of().formatHex(digest.digest()));
                metadata.set(InternalMetadata.SIZE, Long.toString(size));
            }
        }
    }

    private static boolean causedByBomb(Throwable e) {
        return bombIn(e) != null;
    }

    private static Throwable bombIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ZipBombException) {
                return t;
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
