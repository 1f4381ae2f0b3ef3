package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ctipgraph.records.RecordImporters;

/**
 * The extraction facade: text and records of one document in, typed entity mentions and relation
 * claims out, each with its {@link Evidence}. Thread-safe and stateless between calls (all state is
 * in the arguments), so one instance serves every worker.
 *
 * <p>How it reads a document:
 * <ol>
 *   <li>structured records (call logs, bank statements, ledgers) go to the matching
 *       {@link org.ctipgraph.records.RecordImporter} for relations;</li>
 *   <li>every page (and, for e-mails, the header display names and subject from the metadata) is
 *       read twice by the {@link MentionExtractor}s: the first reading learns the document's own
 *       names, the second finds their short forms; what a page yields without names
 *       ({@link MentionExtractor#scan}) is found once and serves both readings; overlaps are settled
 *       longest-first, as the truth format counts them;</li>
 *   <li>nicknames are tied to full names only on an explicit cue ({@link AliasBinder});</li>
 *   <li>relations are read from cue words within sentences ({@link TextRelationExtractor}).</li>
 * </ol>
 * For a whole case, extract every document once with {@link CaseLexicon#EMPTY}, learn a lexicon
 * from the results ({@link CaseLexicon#learn}) and extract again with it
 * ({@link #extractCase(List)} does exactly that).
 */
public final class DocumentExtractor {
    /** Name of the pseudo-extractor for e-mail header mentions (From, To, Cc, Subject). */
    public static final String HEADER_EXTRACTOR = "EmailHeaderExtractor";
    private static final List<String> HEADER_KEYS = List.of("Message-From", "Message-To", "Message-Cc", "dc:title");
    private static final Pattern EMAIL_MEDIA = Pattern.compile("message/.*|application/vnd\\.ms-outlook");

    private final List<MentionExtractor> extractors;
    private final TextRelationExtractor relations;
    private final ClauseRelationExtractor clauses = new ClauseRelationExtractor();
    private final ChatRelationExtractor chats = new ChatRelationExtractor();
    private final TableRelationExtractor tables = new TableRelationExtractor();
    private final PlaceRelationExtractor places = new PlaceRelationExtractor();
    private final OwnershipRelationExtractor ownership = new OwnershipRelationExtractor();
    private final HandleHolderExtractor handles = new HandleHolderExtractor();
    private final FormRelationExtractor forms = new FormRelationExtractor();
    private final EmailRelationExtractor emails = new EmailRelationExtractor();
    private final StatedTransferExtractor transfers = new StatedTransferExtractor();
    private final RecordImporters records;

    /** The standard set of extractors with the shipped gazetteer. */
    public DocumentExtractor() {
        Gazetteer gazetteer = Gazetteer.load();
        this.extractors = List.of(new PhoneNumberExtractor(), new BankAccountExtractor(), new VehicleExtractor(gazetteer),
                new CompanyExtractor(), new BrickKilnExtractor(), new LocationExtractor(gazetteer), new PersonNameExtractor());
        this.relations = new TextRelationExtractor();
        this.records = new RecordImporters();
    }

    /** Extracts one document on its own (no case knowledge). */
    public Extraction extract(DocumentText document) {
        return extract(document, CaseLexicon.EMPTY);
    }

    /** Extracts one document with the names known in its case. */
    public Extraction extract(DocumentText document, CaseLexicon lexicon) {
        Map<Integer, PageView> pages = new LinkedHashMap<>();
        for (PageText p : document.pages()) {
            pages.put(p.number(), PageView.of(p));
        }
        PageView header = headerView(document);

        Map<Integer, PageView> views = withHeader(pages, header);
        ExtractionContext firstContext = new ExtractionContext(document, lexicon, Set.of());
        Map<Integer, List<List<Candidate>>> scans = scan(views, firstContext);
        Map<Integer, List<Candidate>> first = read(scans, views, firstContext);
        Extraction firstPass = toExtraction(document, first, pages, header, List.of());
        Set<String> keys = new HashSet<>();
        firstPass.mentions().forEach(m -> keys.add(m.entity().key()));
        Map<Integer, List<Candidate>> second = read(scans, views, new ExtractionContext(document, lexicon.plus(firstPass), keys));
        Map<Integer, List<Candidate>> bound = AliasBinder.bind(second, views);

        List<RelationClaim> claims = new ArrayList<>();
        TextRelationExtractor.Register register = new TextRelationExtractor.Register();
        EntityRef writer = EmailRelationExtractor.sender(document, header, bound.getOrDefault(0, List.of()));
        for (var e : bound.entrySet()) {
            PageView view = e.getKey() == 0 ? header : pages.get(e.getKey());
            claims.addAll(relations.find(view, e.getValue(), document, e.getKey() == 0 ? new TextRelationExtractor.Register() : register));
            if (e.getKey() == 0) {
                continue;
            }
            if (ChatRelationExtractor.isChat(view)) {
                claims.addAll(chats.find(view, e.getValue(), document));
            } else {
                claims.addAll(clauses.find(view, e.getValue(), document, writer));
                claims.addAll(tables.find(view, e.getValue(), document));
                claims.addAll(places.find(view, e.getValue(), document));
                claims.addAll(ownership.find(view, e.getValue(), document));
                claims.addAll(handles.find(view, e.getValue(), document));
                claims.addAll(transfers.find(view, e.getValue(), document));
            }
        }
        Map<Integer, List<Candidate>> bodyMentions = new LinkedHashMap<>(bound);
        bodyMentions.remove(0);
        claims.addAll(forms.find(pages, bodyMentions, document));
        claims.addAll(emails.find(document, header, bound.getOrDefault(0, List.of()), pages, bodyMentions));
        List<RelationClaim> paid = StatedTransferExtractor.toHolders(claims);
        Extraction text = PersonParticulars.enrich(withRelationRoles(toExtraction(document, bound, pages, header, paid)),
                PersonParticulars.find(bodyMentions, pages));
        Extraction rec = records.importRecords(document);
        List<EntityMention> mentions = new ArrayList<>(text.mentions());
        mentions.addAll(rec.mentions());
        List<RelationClaim> rels = new ArrayList<>(text.relations());
        rels.addAll(rec.relations());
        return new Extraction(mentions, rels);
    }

    /** Two-pass extraction of all documents of a case: the second pass knows every name of the first. */
    public List<Extraction> extractCase(List<DocumentText> documents) {
        List<Extraction> first = documents.stream().map(this::extract).toList();
        CaseLexicon lexicon = CaseLexicon.learn(first);
        return documents.stream().map(d -> extract(d, lexicon)).toList();
    }

    /** What each extractor finds on each page without any names, by page, in the order of the extractors. */
    private Map<Integer, List<List<Candidate>>> scan(Map<Integer, PageView> pages, ExtractionContext ctx) {
        Map<Integer, List<List<Candidate>>> out = new LinkedHashMap<>();
        for (var e : pages.entrySet()) {
            List<List<Candidate>> byExtractor = new ArrayList<>(extractors.size());
            for (MentionExtractor x : extractors) {
                byExtractor.add(List.copyOf(x.scan(e.getValue(), ctx)));
            }
            out.put(e.getKey(), byExtractor);
        }
        return out;
    }

    /** One reading: the scans with what the context's names add, overlaps settled, by page. */
    private Map<Integer, List<Candidate>> read(Map<Integer, List<List<Candidate>>> scans, Map<Integer, PageView> pages,
                                               ExtractionContext ctx) {
        Map<Integer, List<Candidate>> out = new LinkedHashMap<>();
        for (var e : pages.entrySet()) {
            List<List<Candidate>> scanned = scans.get(e.getKey());
            List<Candidate> all = new ArrayList<>();
            for (int i = 0; i < extractors.size(); i++) {
                all.addAll(extractors.get(i).lookup(e.getValue(), ctx, scanned.get(i)));
            }
            out.put(e.getKey(), settleOverlaps(all));
        }
        return out;
    }

    /** Longest span wins, then the earlier one, then the higher priority. */
    static List<Candidate> settleOverlaps(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed()));
        // Accepted spans never overlap, so only the nearest one on each side can touch a new span: a call
        // record of thousands of numbers is settled in n log n, not n².
        TreeMap<Integer, Candidate> accepted = new TreeMap<>();
        for (Candidate c : sorted) {
            if (c.length() == 0) {
                continue;
            }
            Map.Entry<Integer, Candidate> before = accepted.floorEntry(c.start());
            Map.Entry<Integer, Candidate> after = accepted.ceilingEntry(c.start());
            if ((before == null || !before.getValue().overlaps(c)) && (after == null || !after.getValue().overlaps(c))) {
                accepted.put(c.start(), c);
            }
        }
        return new ArrayList<>(accepted.values());
    }

    private Extraction toExtraction(DocumentText doc, Map<Integer, List<Candidate>> byPage, Map<Integer, PageView> pages,
                                    PageView header, List<RelationClaim> claims) {
        List<EntityMention> mentions = new ArrayList<>();
        for (var e : byPage.entrySet()) {
            boolean isHeader = e.getKey() == 0;
            PageView view = isHeader ? header : pages.get(e.getKey());
            for (Candidate c : e.getValue()) {
                String surface = view.text().substring(c.start(), c.end());
                Evidence ev = view.evidence(doc.sha256(), c.start(), c.end(), isHeader ? HEADER_EXTRACTOR : c.extractor(),
                        versionOf(c.extractor()), c.confidence());
                String role = c.role() != null ? c.role() : RoleCues.roleOf(view.text(), c);
                mentions.add(new EntityMention(c.entity(), surface, role, ev));
            }
        }
        return new Extraction(mentions, claims);
    }

    /** Fills roles the words around a name left open from what this document's relations say about the person. */
    private static Extraction withRelationRoles(Extraction x) {
        Map<String, String> roles = RelationRoles.of(x.relations());
        List<EntityMention> mentions = x.mentions().stream()
                .map(m -> m.role() == null && roles.containsKey(m.entity().key())
                        ? new EntityMention(m.entity(), m.surface(), roles.get(m.entity().key()), m.evidence()) : m)
                .toList();
        return new Extraction(mentions, x.relations());
    }

    private String versionOf(String extractor) {
        return extractors.stream().filter(x -> x.name().equals(extractor)).map(MentionExtractor::version).findFirst()
                .orElse("1");
    }

    private static Map<Integer, PageView> withHeader(Map<Integer, PageView> pages, PageView header) {
        if (header == null) {
            return pages;
        }
        Map<Integer, PageView> all = new LinkedHashMap<>(pages);
        all.put(0, header);
        return all;
    }

    /**
     * E-mail header display names and subject, read from the parser metadata (Tika does not put them in
     * the body text). Mentions found here carry {@link #HEADER_EXTRACTOR} as extractor and page 1.
     */
    private static PageView headerView(DocumentText doc) {
        if (doc.mediaType() == null || !EMAIL_MEDIA.matcher(doc.mediaType()).matches()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        Map<String, Boolean> seen = new HashMap<>();
        for (String key : HEADER_KEYS) {
            for (String v : doc.metadata().getOrDefault(key, List.of())) {
                String line = v.replaceAll("<[^>]*>", "").strip();
                if (!line.isEmpty() && seen.putIfAbsent(line, true) == null) {
                    sb.append(line).append("\n\n");
                }
            }
        }
        return sb.isEmpty() ? null : PageView.of(1, sb.toString());
    }
}
