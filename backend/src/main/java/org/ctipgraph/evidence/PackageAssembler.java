package org.ctipgraph.evidence;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ctipgraph.analysis.projection.Citation;
import org.ctipgraph.analysis.projection.FactEdge;
import org.ctipgraph.evidence.EvidenceGraphReader.DocumentCustody;
import org.ctipgraph.evidence.EvidenceGraphReader.EntityDetails;
import org.ctipgraph.evidence.EvidenceGraphReader.MergeDecision;
import org.ctipgraph.evidence.EvidenceGraphReader.Victim;
import org.ctipgraph.evidence.PackageContent.Cite;
import org.ctipgraph.evidence.PackageContent.Link;
import org.ctipgraph.evidence.PackageContent.Merge;
import org.ctipgraph.evidence.PackageContent.Node;
import org.ctipgraph.evidence.PackageContent.SourceDocument;
import org.ctipgraph.evidence.SelectionResolver.SelectedGraph;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link PackageContent} of a selection: numbers the links, attaches each citation's derivation,
 * the merges a link rests on and every cited document's custody, and applies victim protection once, here,
 * so no file writer can forget it. Ids of protected victims (hashes of their names) never leave: they become
 * pseudonyms, and facts touching them are known only by their link number.
 */
@Component
class PackageAssembler {
    /** Entity properties that are bookkeeping or shown elsewhere. */
    private static final Set<String> NOT_SHOWN = Set.of("id", "caseId", "key", "name", "aliases", "roles", "createdAt");
    private static final String NO_DATE = "1980-01-01T00:00:00Z";
    private final EvidenceGraphReader reader;

    PackageAssembler(EvidenceGraphReader reader) {
        this.reader = reader;
    }

    PackageContent assemble(String caseId, String caseName, PackageSelection selection, SelectedGraph selected) {
        List<FactEdge> facts = selected.facts();
        Set<String> ids = new LinkedHashSet<>(selected.entityIds());
        facts.forEach(f -> {
            ids.add(f.subjectId());
            ids.add(f.objectId());
        });
        Set<String> lookedUp = new LinkedHashSet<>(ids);
        facts.forEach(f -> lookedUp.addAll(f.liftedVia()));
        Map<String, EntityDetails> details = new LinkedHashMap<>();
        reader.entities(caseId, List.copyOf(lookedUp)).forEach(d -> details.put(d.id(), d));
        List<Victim> victims = reader.victims(caseId);
        VictimPseudonyms pseudonyms = new VictimPseudonyms(victims, List.copyOf(ids), reader.otherPersonNames(caseId),
                selection.includeIdentities(), selection.includeMinorIdentities());

        Map<String, String> shownId = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (String id : ids) {
            EntityDetails d = details.get(id);
            if (d == null) {
                continue;
            }
            Node node = node(d, pseudonyms);
            shownId.put(id, node.id());
            if (nodes.stream().noneMatch(n -> n.id().equals(node.id()))) {
                nodes.add(node);
            }
        }

        Map<String, String[]> statedEnds = reader.factEnds(caseId, facts.stream().map(f -> baseId(f.id())).distinct().toList());
        Map<String, MergeDecision> mergesUsed = new TreeMap<>();
        List<MergeDecision> confirmed = reader.confirmedMerges(caseId);
        List<Link> links = new ArrayList<>();
        Map<String, String> factNumbers = new HashMap<>();
        for (FactEdge f : facts) {
            String number = String.format("L%03d", links.size() + 1);
            String source = shownId.getOrDefault(f.subjectId(), f.subjectId());
            String target = shownId.getOrDefault(f.objectId(), f.objectId());
            boolean protectedEnd = pseudonyms.of(f.subjectId()).isPresent() || pseudonyms.of(f.objectId()).isPresent();
            factNumbers.put(f.id(), number);
            List<String> merges = new ArrayList<>();
            String[] stated = statedEnds.get(baseId(f.id()));
            if (stated != null && f.liftedVia().isEmpty()) {
                for (int end = 0; end < 2; end++) {
                    String shown = end == 0 ? f.subjectId() : f.objectId();
                    if (!stated[end].equals(shown)) {
                        for (MergeDecision m : mergesBetween(confirmed, stated[end], shown)) {
                            mergesUsed.put(m.a() + "|" + m.b(), m);
                            merges.add(mergeText(m, pseudonyms));
                        }
                    }
                }
            }
            List<String> lifted = f.liftedVia().stream().map(v -> pseudonyms.of(v).orElseGet(() ->
                    pseudonyms.redact(details.containsKey(v) ? details.get(v).name() : v))).toList();
            List<Cite> cites = f.citations().stream().map(c -> cite(c, f, lifted, pseudonyms)).toList();
            links.add(new Link(number, protectedEnd ? null : f.id(), f.type(), source, target, f.confidence(),
                    attributes(f.attributes(), pseudonyms), cites, lifted, merges));
        }

        List<String> shas = facts.stream().flatMap(f -> f.citations().stream()).map(Citation::sha256)
                .filter(Objects::nonNull).distinct().sorted().toList();
        Map<String, DocumentCustody> custody = reader.custody(caseId, shas);
        List<String> hiddenIds = victims.stream().flatMap(v -> Stream.concat(Stream.concat(Stream.of(v.id()), v.sameAs().stream()),
                v.phones().stream().map(EvidenceGraphReader.Phone::id))).filter(id -> pseudonyms.of(id).isPresent()).toList();
        Set<String> namingVictims = new TreeSet<>(hiddenIds.isEmpty() ? List.of() : reader.documentsMentioning(caseId, hiddenIds, shas));
        List<SourceDocument> documents = new ArrayList<>();
        for (String sha : shas) {
            documents.add(document(sha, custody.get(sha), selection.includeOriginals(), namingVictims.contains(sha), pseudonyms));
        }
        List<Merge> merges = mergesUsed.values().stream().map(m -> new Merge(mergeName(m.a(), m.aName(), pseudonyms),
                mergeName(m.b(), m.bName(), pseudonyms), m.decidedBy(), iso(m.decidedAt()))).toList();

        Map<String, String> idMap = new HashMap<>();
        for (String id : lookedUp) {
            pseudonyms.of(id).ifPresent(p -> idMap.put(id, p));
        }
        for (Link l : links) {
            if (l.factId() == null) {
                factNumbers.entrySet().stream().filter(e -> e.getValue().equals(l.number()))
                        .forEach(e -> idMap.put(baseId(e.getKey()), l.number()));
            }
        }
        String title = selection.title() != null && !selection.title().isBlank() ? pseudonyms.redact(selection.title())
                : defaultTitle(selection, details, pseudonyms);
        return new PackageContent(caseId, pseudonyms.redact(caseName), title,
                selection.requestedBy() == null || selection.requestedBy().isBlank() ? "not named" : selection.requestedBy(),
                graphStateTime(custody.values(), mergesUsed.values()),
                asMap(scrub(selection.canonical(), idMap)), asMap(scrub(selected.parameters(), idMap)), nodes, links, documents,
                merges, new PackageContent.Protection(pseudonyms.pseudonyms(), selection.includeIdentities(),
                selection.includeIdentities() && selection.includeMinorIdentities(), selection.requestedBy()));
    }

    private static Node node(EntityDetails d, VictimPseudonyms pseudonyms) {
        var pseudonym = pseudonyms.of(d.id());
        if (pseudonym.isPresent()) {
            String p = pseudonym.get();
            boolean phone = p.contains("-phone-");
            String what = phone ? "phone of " + p.replaceAll("-phone-\\d+$", "") : (pseudonyms.minor(p) ? "minor victim" : "victim");
            return new Node(p, d.label(), phone ? "[" + what + "]" : p, phone ? List.of() : List.of(what),
                    new TreeMap<>(), true);
        }
        Map<String, String> properties = new TreeMap<>();
        d.properties().forEach((k, v) -> {
            if (!NOT_SHOWN.contains(k) && v != null) {
                properties.put(k, pseudonyms.redact(text(v)));
            }
        });
        List<String> aliases = d.surfaces().stream().filter(s -> !s.equals(d.name())).map(pseudonyms::redact).distinct().toList();
        if (!aliases.isEmpty()) {
            properties.put("aliases", String.join("; ", aliases));
        }
        return new Node(d.id(), d.label(), pseudonyms.redact(d.name() == null ? d.id() : d.name()),
                d.roles().stream().sorted().toList(), properties, false);
    }

    private static Cite cite(Citation c, FactEdge f, List<String> lifted, VictimPseudonyms pseudonyms) {
        String how = switch (c.extractor() == null ? "" : c.extractor()) {
            case "CallRecordImporter" -> "from a call record row";
            case "BankStatementImporter" -> "from a bank statement row";
            case "TransferLogImporter" -> "from a money-transfer log row";
            case "DebtLedgerImporter" -> "from a debt ledger row";
            case "EmailHeaderExtractor" -> "from the e-mail headers";
            default -> "extracted from text by " + (c.extractor() == null ? "an unnamed extractor" : c.extractor());
        };
        if (!lifted.isEmpty()) {
            how += "; a " + f.type() + " between " + String.join(" and ", lifted) + ", shown between their only users";
        }
        return new Cite(c.sha256(), pseudonyms.redact(c.document()), c.page(), c.spanStart(), c.spanEnd(),
                pseudonyms.redact(c.quote()), c.extractor(), c.confidence(), how);
    }

    private static SourceDocument document(String sha, DocumentCustody c, boolean includeOriginals, boolean namesVictim,
                                           VictimPseudonyms pseudonyms) {
        String original = null;
        String withheld = null;
        if (includeOriginals && namesVictim) {
            withheld = "names a protected victim; the original is available from the evidence store by its SHA-256";
        } else if (includeOriginals && c != null) {
            original = "originals/" + sha + extension(c.name());
        } else if (includeOriginals) {
            withheld = "not in the graph any more";
        }
        if (c == null) {
            return new SourceDocument(sha, null, null, null, null, null, null, null, null, null, original, withheld);
        }
        boolean embedded = c.rootSha256() != null && !c.rootSha256().equals(sha);
        return new SourceDocument(sha, pseudonyms.redact(c.name()), c.mediaType(), c.size(), embedded ? c.rootSha256() : null,
                embedded ? pseudonyms.redact(c.pathInParent()) : null, pseudonyms.redact(c.rootName()),
                c.submittedBy(), iso(c.submittedAt()), iso(c.ingestedAt()), original, withheld);
    }

    /** The extension only: a file name may carry a victim's name, the SHA-256 never does. */
    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,8}") ? ext : "";
    }

    private static List<MergeDecision> mergesBetween(List<MergeDecision> confirmed, String from, String to) {
        // Breadth-first over confirmed decisions: the chart's representative may be several merges away.
        Map<String, MergeDecision> via = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of(from));
        List<String> frontier = List.of(from);
        Map<String, String> previous = new HashMap<>();
        while (!frontier.isEmpty() && !seen.contains(to)) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (MergeDecision m : confirmed) {
                    String other = m.a().equals(id) ? m.b() : m.b().equals(id) ? m.a() : null;
                    if (other != null && seen.add(other)) {
                        previous.put(other, id);
                        via.put(other, m);
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        List<MergeDecision> chain = new ArrayList<>();
        for (String at = to; previous.containsKey(at); at = previous.get(at)) {
            chain.add(0, via.get(at));
        }
        return chain;
    }

    private static String mergeText(MergeDecision m, VictimPseudonyms p) {
        return "confirmed merge of " + mergeName(m.a(), m.aName(), p) + " and " + mergeName(m.b(), m.bName(), p) + " by "
                + (m.decidedBy() == null ? "an unnamed user" : m.decidedBy()) + (m.decidedAt() == null ? "" : " on " + iso(m.decidedAt()));
    }

    private static String mergeName(String id, String name, VictimPseudonyms p) {
        return p.of(id).orElseGet(() -> p.redact(name == null ? id : name));
    }

    private static Map<String, String> attributes(Map<String, Object> attributes, VictimPseudonyms p) {
        Map<String, String> out = new TreeMap<>();
        attributes.forEach((k, v) -> {
            if (v != null) {
                out.put(k, p.redact(text(v)));
            }
        });
        return out;
    }

    private static String defaultTitle(PackageSelection s, Map<String, EntityDetails> details, VictimPseudonyms p) {
        return switch (s.kind()) {
            case "path" -> "Chains between " + label(s.from(), details, p) + " and " + label(s.to(), details, p);
            case "network" -> "The network behind " + label(s.entity(), details, p);
            default -> "Selected entities and links";
        };
    }

    private static String label(String id, Map<String, EntityDetails> details, VictimPseudonyms p) {
        return p.of(id).orElseGet(() -> details.containsKey(id) ? p.redact(details.get(id).name()) : id);
    }

    private static String graphStateTime(Collection<DocumentCustody> documents, Collection<MergeDecision> merges) {
        ZonedDateTime latest = null;
        List<ZonedDateTime> times = new ArrayList<>();
        documents.forEach(d -> {
            times.add(d.ingestedAt());
            times.add(d.submittedAt());
        });
        merges.forEach(m -> times.add(m.decidedAt()));
        for (ZonedDateTime t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest == null ? NO_DATE : iso(latest);
    }

    static String iso(ZonedDateTime t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String baseId(String factId) {
        return factId.endsWith(":lifted") ? factId.substring(0, factId.length() - ":lifted".length()) : factId;
    }

    static String text(Object v) {
        if (v instanceof Collection<?> c) {
            return String.join("; ", c.stream().map(PackageAssembler::text).toList());
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(v);
    }

    /** Replaces protected ids anywhere in a value (selection, parameters) with their pseudonym or link number. */
    private static Object scrub(Object v, Map<String, String> idMap) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), scrub(x, idMap)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> scrub(x, idMap)).toList();
        }
        if (v instanceof String s) {
            String out = s;
            for (var e : idMap.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
