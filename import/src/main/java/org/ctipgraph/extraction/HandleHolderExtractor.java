package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Who is behind an online handle ({@code HOLDS_ACCOUNT} person → handle), only where the text says so.
 * Recruiters work through handles, so a claim such as "answered the advertisement through @handle" reaches
 * the network only once the handle has a holder. Three written forms bind them:
 * <ul>
 *   <li>an alias list: "NGET Rithy | ង៉ែត រិទ្ធី; @casino_jobs_shv; @SunriseHR_Rithy", or "Bong Leak (@leak_hr88)":
 *       the handle follows the name through other aliases and handles, separated by semicolons or opened by a
 *       parenthesis, never across other words (a table row "victim | recruited through @handle" binds nothing);</li>
 *   <li>a platform cue: "'Bong Leak' on Telegram (@leak_hr88)", "SOK Dara's Facebook account @dara_sok";</li>
 *   <li>self-naming: "@leak_hr88, a woman who called herself Bong Leak".</li>
 * </ul>
 * A handle bound to two people keeps both claims; the projection then lifts nothing through it, as for a
 * shared phone.
 */
final class HandleHolderExtractor {
    static final String NAME = "HandleHolderExtractor";
    private static final String PLATFORM = "(?:Telegram|Facebook|Messenger|WhatsApp|Signal|Line|WeChat|Viber|TikTok|Instagram|Twitter)";
    /** Between two entries of an alias list: a semicolon, or nothing but space. */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*;?\\s*$");
    private static final Pattern OPEN_PAREN = Pattern.compile("^\\s*\\(\\s*$");
    private static final String ACCOUNT_WORD = "(?:\\s+(?:account|handle|username|user name|name|id|channel|page))?";
    /** "'s Telegram account", "on Telegram (", "(Telegram", "uses the account": a bare column "Telegram" is not a cue. */
    private static final Pattern PLATFORM_CUE = Pattern.compile("(?i)^[\"”'’]?\\s*(?:"
            + "(?:'s|’s)\\s+" + PLATFORM + ACCOUNT_WORD + "(?:\\s+is)?\\s*:?"
            + "|,?\\s*on\\s+" + PLATFORM + ACCOUNT_WORD + "\\s*[:(]?"
            + "|\\(\\s*" + PLATFORM + ACCOUNT_WORD + "\\s*:?"
            + "|,?\\s*(?:uses|used|using|runs|ran|writes as|wrote as)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:" + PLATFORM + "\\s+)?(?:account|handle|username)\\s*:?"
            + ")\\s*$");
    private static final Pattern CALLED_SELF = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:man|woman|person|girl|boy|lady|guy|recruiter|agent|broker)\\s+who\\s+"
                    + "(?:called|calls|named|names|introduced|introduces|presented|presents)\\s+(?:him|her|them)sel(?:f|ves)(?:\\s+as)?\\s*[\"“'‘]?$");
    private static final int REACH = 120;

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        List<RelationClaim> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String text = page.text();
        for (int i = 0; i < mentions.size(); i++) {
            Candidate handle = mentions.get(i);
            if (handle.entity().label() != NodeLabel.OnlineAccount) {
                continue;
            }
            Candidate holder = listedAfter(mentions, i, text);
            if (holder == null) {
                holder = namedByCue(mentions, i, text);
            }
            if (holder == null) {
                holder = selfNamed(mentions, i, text);
            }
            if (holder != null && seen.add(holder.entity().key() + "|" + handle.entity().key())) {
                out.add(Claims.of(page, doc, NAME, handle.start(), handle.end(), holder.entity(), RelationType.HOLDS_ACCOUNT,
                        handle.entity(), Map.of()));
            }
        }
        return out;
    }

    /** Walks back through a list of aliases and handles to the person it belongs to. */
    private static Candidate listedAfter(List<Candidate> mentions, int i, String text) {
        boolean delimited = false;
        int end = mentions.get(i).start();
        for (int j = i - 1; j >= 0; j--) {
            Candidate prev = mentions.get(j);
            String gap = text.substring(prev.end(), end);
            boolean list = LIST_GAP.matcher(gap).matches();
            boolean paren = OPEN_PAREN.matcher(gap).matches();
            if (!list && !paren) {
                return null;
            }
            delimited |= paren || gap.contains(";");
            if (isPerson(prev) && !AliasBinder.isAlias(prev.entity())) {
                return delimited ? prev : null;
            }
            if (!isPerson(prev) && prev.entity().label() != NodeLabel.OnlineAccount) {
                return null;
            }
            if (isPerson(prev) && paren) {
                return prev; // "Bong Leak (@leak_hr88)": the alias itself, bound to a full name elsewhere or not
            }
            end = prev.start();
        }
        return null;
    }

    /** "NAME on Telegram (@handle)", "NAME's Facebook account @handle". */
    private static Candidate namedByCue(List<Candidate> mentions, int i, String text) {
        if (i == 0) {
            return null;
        }
        Candidate prev = mentions.get(i - 1);
        String gap = text.substring(prev.end(), mentions.get(i).start());
        return isPerson(prev) && gap.length() <= REACH && PLATFORM_CUE.matcher(gap).matches() ? prev : null;
    }

    /** "@handle, a woman who called herself NAME". */
    private static Candidate selfNamed(List<Candidate> mentions, int i, String text) {
        if (i + 1 >= mentions.size()) {
            return null;
        }
        Candidate next = mentions.get(i + 1);
        String gap = text.substring(mentions.get(i).end(), next.start());
        return isPerson(next) && gap.length() <= REACH && CALLED_SELF.matcher(gap).matches() ? next : null;
    }

    private static boolean isPerson(Candidate c) {
        return c.entity().label() == NodeLabel.Person;
    }
}
