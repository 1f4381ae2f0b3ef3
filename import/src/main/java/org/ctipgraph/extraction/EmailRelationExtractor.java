package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.RelationType;

/**
 * {@code EMAILED} from an e-mail's headers and from the quoted message it replies to. The sender is
 * whoever the {@code Message-From} display name resolves to, the recipients whoever {@code Message-To}
 * and {@code Message-Cc} resolve to; a quoted "On &lt;date&gt;, X &lt;address&gt; wrote:" line in the body is a
 * message from X to this e-mail's sender.
 */
final class EmailRelationExtractor {
    static final String NAME = "EmailRelationExtractor";
    private static final Pattern WROTE = Pattern.compile("(?i)\\bOn [^\\n]{4,80}?,\\s+([^<\\n]{2,80}?)\\s*(?:<[^>]+>)?\\s+wrote:");

    List<RelationClaim> find(DocumentText doc, PageView header, List<Candidate> headerMentions,
                             Map<Integer, PageView> pages, Map<Integer, List<Candidate>> pageMentions) {
        List<RelationClaim> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        List<Candidate> from = mentionsOf(doc, header, headerMentions, "Message-From");
        List<Candidate> to = new ArrayList<>(mentionsOf(doc, header, headerMentions, "Message-To"));
        to.addAll(mentionsOf(doc, header, headerMentions, "Message-Cc"));
        if (from.isEmpty()) {
            return out;
        }
        EntityRef sender = from.get(0).entity();
        for (Candidate r : to) {
            if (!r.entity().key().equals(sender.key())) {
                out.add(Claims.of(header, doc, NAME, r.start(), r.end(), sender, RelationType.EMAILED, r.entity(), Map.of()));
            }
        }
        for (var e : pages.entrySet()) {
            PageView page = e.getValue();
            Matcher m = WROTE.matcher(page.text());
            while (m.find()) {
                int s = m.start(1);
                int t = m.end(1);
                pageMentions.getOrDefault(e.getKey(), List.of()).stream()
                        .filter(c -> c.start() >= s && c.end() <= t && !c.entity().key().equals(sender.key())).findFirst()
                        .ifPresent(c -> out.add(Claims.of(page, doc, NAME, c.start(), c.end(), c.entity(), RelationType.EMAILED,
                                sender, Map.of("quoted", true))));
            }
        }
        return out;
    }

    /** Whom the {@code Message-From} display name resolves to, or {@code null}. */
    static EntityRef sender(DocumentText doc, PageView header, List<Candidate> headerMentions) {
        if (header == null) {
            return null;
        }
        List<Candidate> from = mentionsOf(doc, header, headerMentions, "Message-From");
        return from.isEmpty() ? null : from.get(0).entity();
    }

    private static List<Candidate> mentionsOf(DocumentText doc, PageView header, List<Candidate> mentions, String key) {
        List<Candidate> out = new ArrayList<>();
        for (String v : doc.metadata().getOrDefault(key, List.of())) {
            String line = v.replaceAll("<[^>]*>", "").strip();
            int at = line.isEmpty() ? -1 : header.original().indexOf(line);
            if (at < 0) {
                continue;
            }
            int s = header.collapsedOffset(at);
            int t = header.collapsedOffset(at + line.length());
            mentions.stream().filter(c -> c.start() >= s && c.end() <= t).findFirst().ifPresent(out::add);
        }
        return out;
    }
}
