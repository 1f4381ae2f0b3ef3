package org.ctipgraph.extraction;

import com.ibm.icu.lang.UScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctipgraph.schema.NodeLabel;

/**
 * Personal names without a statistical model (none is packaged for Khmer names):
 * <ul>
 *   <li>family name first in upper case, given name(s) in mixed case: "SUON Chanmony",
 *       "Khiev Srey Leak" (split given names are joined for the key);</li>
 *   <li>both in upper case ("TAING SOPHANITH") or title case ("Soun Thy", "Sophanith Taing" given name
 *       first) when one of the words is a known family name ({@code family-names.txt});</li>
 *   <li>honorific nicknames ("Bong Leak", "Lok Nith", "Madam Mony", "Boss T", "Ah Long") and
 *       suffix nicknames ("Long ge", "Rithy HR");</li>
 *   <li>Khmer-script names (two or three space-separated Khmer words, ICU script detection) and
 *       Chinese names (a Han surname and one or two characters) next to a Latin name or a name label;</li>
 *   <li>chat display names (the line after a message time in a chat export) and, on a second pass,
 *       given names and nicknames known from the case ({@link CaseLexicon}).</li>
 * </ul>
 * Full names get the key {@code person:<family> <given>}. Nicknames, handles-as-names, script forms
 * and given names alone get a document-scoped key ({@code alias:<doc>:<surface>}): they are not
 * identities, and {@link AliasBinder} ties them to a full name only on an explicit cue.
 */
public final class PersonNameExtractor implements MentionExtractor {
    private static final Set<String> FAMILY_NAMES = loadFamilyNames();
    /** English words that follow a family name in addresses and headings, never as a given name. */
    private static final Set<String> NOT_GIVEN = Set.of("Street", "Road", "Bank", "Province", "District", "Office",
            "Market", "Village", "Commune", "Hotel", "Restaurant", "Company", "Group", "Team", "Card", "Report");
    private static final Set<String> HONORIFICS = Set.of("Bong", "Lok", "Ta", "Yeay", "Neak", "Madam", "Mr", "Mr.", "Ms",
            "Ms.", "Mrs", "Mrs.", "Miss", "Boss", "Ah", "Uncle", "Aunty", "Xiao", "Khun");
    private static final Pattern HONORIFIC_NICK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(Bong|Lok|Ta|Yeay|Neak|Madam|Mr\\.?|Ms\\.?|Mrs\\.?|Miss|Boss|Ah|Uncle|Aunty|Xiao|Khun) (\\p{Lu}\\p{Ll}+|\\p{Lu})(?![\\p{L}\\p{N}])");
    private static final Pattern SUFFIX_NICK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (ge|jie|di|HR)(?![\\p{L}\\p{N}])");
    private static final Pattern FAMILY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\p{Lu}{2,8}) (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?(?![\\p{L}\\p{N}])");
    private static final Pattern ALL_CAPS = Pattern.compile("(?<![\\p{L}\\p{N}.])(\\p{Lu}{2,8}) (\\p{Lu}{2,12})(?![\\p{L}\\p{N}])");
    private static final Pattern TITLE_PAIR = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?(?![\\p{L}\\p{N}])");
    private static final Pattern KHMER_NAME = Pattern.compile(
            "(?<![\\x{1780}-\\x{17FF}])[\\x{1780}-\\x{17DD}]{2,12}(?: [\\x{1780}-\\x{17DD}]{2,12}){1,2}(?![\\x{1780}-\\x{17FF}])");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,6}");
    private static final String HAN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_@]|\\.[A-Za-z0-9])");
    private static final Pattern CHAT_SENDER = Pattern.compile("(?m)^[ \\t]*\\d{1,2}:\\d{2}[ \\t]*\\r?\\n[ \\t]*([^\\n]{2,40}?)[ \\t]*$");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)(name|names|alias|aka|script|\\()[^\\p{L}]{0,12}$");
    /** Upper-case words of documents that are never family names. */
    private static final Set<String> ACRONYMS = Set.of("ID", "USD", "KHR", "THB", "ABA", "ACLEDA", "NGO", "KTV", "SIM",
            "IMEI", "PDF", "CO", "LTD", "TRF", "FT", "WG", "CD", "CW", "SYS", "HR", "MOC", "AHTJP", "USDT", "TRC", "VAN",
            "KK", "PS", "SHV", "BTB", "HHS", "INV", "RR", "NO", "TO", "OF", "BY", "IN", "AT", "ON", "THE", "AND", "FOR",
            "FROM", "DOB", "ISIC", "TEL", "FAX", "MR", "MS", "DR", "PR", "OK", "PM", "AM", "UTC", "CDR", "MOI", "UN", "IOM",
            "ILO", "UNICEF", "USAID", "NCCT", "GPS", "NB", "PO", "VIP", "CEO", "CFO", "QR", "SMS", "ATM");

    @Override
    public String version() {
        return "2";
    }

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.text();
        String doc = documentTag(context);
        List<Candidate> out = new ArrayList<>();
        fullNames(text, out);
        nicknames(text, doc, out);
        scriptNames(text, doc, out);
        handles(text, out);
        chatSenders(page, doc, out);
        return out;
    }

    /** Given names and nicknames the case or this document already knows. */
    @Override
    public List<Candidate> lookup(PageView page, ExtractionContext context, List<Candidate> scanned) {
        String text = page.text();
        String doc = documentTag(context);
        List<Candidate> out = new ArrayList<>(scanned);
        for (CaseLexicon.Alias a : context.lexicon().personShortForms()) {
            for (int[] span : CaseLexicon.occurrences(text, a.surface())) {
                EntityRef ref = a.entity() != null && context.documentKeys().contains(a.entity().key())
                        ? a.entity() : alias(doc, a.surface(), a.entity());
                out.add(new Candidate(ref, span[0], span[1], null, name(), 0.6, 1));
            }
        }
        return out;
    }

    /** The part of the document's SHA-256 that scopes its aliases' keys. */
    private static String documentTag(ExtractionContext context) {
        return context.sha256().substring(0, Math.min(12, context.sha256().length()));
    }

    /** True for a word used before a name as a title or term of address. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(word);
    }

    /** True when {@code word} (any case) is a known family name. */
    public static boolean isFamilyName(String word) {
        return FAMILY_NAMES.contains(word.toUpperCase(Locale.ROOT));
    }

    /** The entity of a full name, family name first. */
    public static EntityRef person(String family, String given) {
        String g = joinGiven(given);
        String key = "person:" + family.toLowerCase(Locale.ROOT) + " " + g.toLowerCase(Locale.ROOT);
        String display = family.toUpperCase(Locale.ROOT) + " " + CaseLexicon.titleCase(g);
        return new EntityRef(NodeLabel.Person, key, display,
                Map.of("family", family.toUpperCase(Locale.ROOT), "given", CaseLexicon.titleCase(g)));
    }

    /**
     * The entity of a full name written in either order ("KHEM Vannak", "Vannak Khem", "NGET RITHY"),
     * or {@code null} when neither word is a family name.
     */
    public static EntityRef personFromWritten(String written) {
        String[] t = written.strip().split("\\s+");
        if (t.length < 2) {
            return null;
        }
        if (isFamilyName(t[0]) || (t[0].equals(t[0].toUpperCase(Locale.ROOT)) && !t[1].equals(t[1].toUpperCase(Locale.ROOT)))) {
            return person(t[0], String.join(" ", java.util.Arrays.copyOfRange(t, 1, t.length)));
        }
        if (isFamilyName(t[t.length - 1])) {
            return person(t[t.length - 1], String.join(" ", java.util.Arrays.copyOfRange(t, 0, t.length - 1)));
        }
        return null;
    }

    /** A document-scoped nickname, script form or given name, optionally pointing at a candidate full name. */
    public static EntityRef alias(String doc, String surface, EntityRef candidate) {
        Map<String, Object> props = new HashMap<>();
        props.put("alias", true);
        if (candidate != null) {
            props.put("candidate", candidate.key());
        }
        return new EntityRef(NodeLabel.Person, "alias:" + doc + ":" + surface.toLowerCase(Locale.ROOT), surface, props);
    }

    private void fullNames(String text, List<Candidate> out) {
        Matcher m = FAMILY_FIRST.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            String family = m.group(1);
            String given = m.group(2);
            int end = m.end(2);
            boolean knownFamily = isFamilyName(family);
            if (ACRONYMS.contains(family) || (EnglishWords.contains(given) && !(knownFamily && !NOT_GIVEN.contains(given)))
                    || EnglishWords.contains(family) && !knownFamily) {
                continue;
            }
            String third = m.group(3);
            if (third != null && given.length() <= 4 && !EnglishWords.contains(third) && !isHonorific(third)
                    && !isFamilyName(third)) {
                given = given + " " + third; // split given name: "Khiev Srey Leak"
                end = m.end(3);
            }
            out.add(new Candidate(person(family, given), m.start(), end, null, name(), 0.9, 4));
            from = end;
        }
        m = ALL_CAPS.matcher(text);
        from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            String family = m.group(1);
            String given = m.group(2);
            if (isFamilyName(family) && !ACRONYMS.contains(given) && !EnglishWords.contains(given)
                    && !isFamilyName(given)) {
                out.add(new Candidate(person(family, given), m.start(), m.end(), null, name(), 0.8, 4));
            }
        }
        m = TITLE_PAIR.matcher(text);
        from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            String a = m.group(1);
            String b = m.group(2);
            boolean aIsWord = EnglishWords.contains(a) && !isFamilyName(a);
            if (aIsWord || EnglishWords.contains(b) || isHonorific(a) || isHonorific(b)) {
                continue;
            }
            if (isFamilyName(a)) {
                String given = b;
                int end = m.end(2);
                String third = m.group(3);
                if (third != null && b.length() <= 4 && !EnglishWords.contains(third) && !isFamilyName(third)) {
                    given = b + " " + third;
                    end = m.end(3);
                }
                out.add(new Candidate(person(a, given), m.start(), end, null, name(), 0.7, 1));
            } else if (isFamilyName(b)) {
                out.add(new Candidate(person(b, a), m.start(), m.end(2), null, name(), 0.7, 1));
            }
        }
    }

    private void nicknames(String text, String doc, List<Candidate> out) {
        Matcher m = HONORIFIC_NICK.matcher(text);
        while (m.find()) {
            String honorific = m.group(1);
            // "Ta" is also a syllable of place names ("Ou Ta Ki"): only after a lower-case word or punctuation.
            if (honorific.equals("Ta") && m.start() >= 2 && Character.isUpperCase(lastWordStart(text, m.start() - 1))) {
                continue;
            }
            // "Ms. KHIEV Sreyleak": a title before a full name, not a nickname.
            String after = text.substring(m.start(2), Math.min(text.length(), m.start(2) + 3));
            if (after.length() >= 2 && Character.isUpperCase(after.charAt(1))) {
                continue;
            }
            if (EnglishWords.contains(m.group(2)) && !m.group(2).equals("Long") && m.group(2).length() > 1) {
                continue;
            }
            out.add(new Candidate(alias(doc, m.group(), null), m.start(), m.end(), null, name(), 0.75, 4));
        }
        m = SUFFIX_NICK.matcher(text);
        while (m.find()) {
            if (EnglishWords.contains(m.group(1)) && !m.group(1).equals("Long")) {
                continue;
            }
            out.add(new Candidate(alias(doc, m.group(), null), m.start(), m.end(), null, name(), 0.7, 4));
        }
    }

    private void scriptNames(String text, String doc, List<Candidate> out) {
        Matcher m = KHMER_NAME.matcher(text);
        while (m.find()) {
            if (m.group().startsWith("ឡឥដ្ឋ") || UScript.getScript(m.group().codePointAt(0)) != UScript.KHMER) {
                continue;
            }
            if (nearNameOrLabel(text, m.start(), out)) {
                out.add(new Candidate(alias(doc, m.group(), null), m.start(), m.end(), null, name(), 0.7, 4));
            }
        }
        m = HAN_RUN.matcher(text);
        while (m.find()) {
            String s = m.group();
            if (s.length() <= 4 && HAN_SURNAMES.indexOf(s.charAt(0)) >= 0 && !s.endsWith("园") && !s.endsWith("公司")) {
                out.add(new Candidate(alias(doc, s, null), m.start(), m.end(), null, name(), 0.6, 4));
            } else if (s.endsWith("花园") || s.endsWith("园区") || s.endsWith("大厦")) {
                out.add(new Candidate(LocationExtractor.venue(s), m.start(), m.end(), null, "LocationExtractor", 0.6, 3));
            }
        }
    }

    private void handles(String text, List<Candidate> out) {
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            String sentence = text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80));
            String platform = sentence.contains("Facebook") && !sentence.contains("Telegram") ? "facebook"
                    : sentence.contains("WhatsApp") ? "whatsapp" : "telegram";
            EntityRef ref = new EntityRef(NodeLabel.OnlineAccount, "handle:" + m.group().toLowerCase(Locale.ROOT),
                    m.group(), Map.of("platform", platform, "handle", m.group()));
            out.add(new Candidate(ref, m.start(), m.end(), null, name(), 0.95, 6));
        }
    }

    private void chatSenders(PageView page, String doc, List<Candidate> out) {
        Matcher count = CHAT_SENDER.matcher(page.original());
        int times = 0;
        while (count.find()) {
            times++;
        }
        if (times < 5) {
            return; // not a chat export
        }
        Matcher m = CHAT_SENDER.matcher(page.original());
        while (m.find()) {
            String sender = m.group(1).strip();
            String[] words = sender.split(" ");
            boolean nameLike = words.length <= 3 && java.util.Arrays.stream(words)
                    .allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("ge")));
            if (!nameLike || sender.matches(".*\\d.*") || EnglishWords.contains(words[0]) && words.length == 1) {
                continue;
            }
            int start = page.collapsedOffset(m.start(1));
            int end = start + sender.length();
            if (end <= page.text().length() && page.text().substring(start, end).equals(sender)) {
                EntityRef ref = personFromWritten(sender);
                out.add(new Candidate(ref != null ? ref : alias(doc, sender, null), start, end, null, name(), 0.7, 4));
            }
        }
    }

    private static boolean nearNameOrLabel(String text, int start, List<Candidate> found) {
        String before = text.substring(Math.max(0, start - 60), start);
        if (NAME_LABEL.matcher(before).find()) {
            return true;
        }
        return found.stream().anyMatch(c -> c.entity().label() == NodeLabel.Person && c.end() <= start && start - c.end() <= 3);
    }

    private static char lastWordStart(String text, int i) {
        int j = i;
        while (j > 0 && text.charAt(j) == ' ') {
            j--;
        }
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return text.charAt(Math.max(0, j));
    }

    private static String joinGiven(String given) {
        String[] t = given.strip().split("\\s+");
        if (t.length == 1) {
            return t[0];
        }
        StringBuilder sb = new StringBuilder(t[0]);
        for (int i = 1; i < t.length; i++) {
            sb.append(t[i].toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static Set<String> loadFamilyNames() {
        try (InputStream in = PersonNameExtractor.class.getResourceAsStream("family-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing family-names.txt");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
