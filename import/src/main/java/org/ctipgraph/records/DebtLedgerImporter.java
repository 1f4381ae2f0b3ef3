package org.ctipgraph.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.extraction.BrickKilnExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.Gazetteer;
import org.ctipgraph.extraction.LocationExtractor;
import org.ctipgraph.extraction.PersonNameExtractor;
import org.ctipgraph.extraction.PhoneNumberExtractor;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.ingest.SheetGrid;
import org.ctipgraph.schema.RelationType;

/**
 * Kiln debt ledgers in XLSX: per sheet a title naming the kiln and its owner ("Owner: Khem Vannak -
 * Tel 092 671 035"), a header of one or two rows (merged cells: "Worker" over "Name | Age | From")
 * with a balance column, worker rows, and optionally a "Balance at &lt;date&gt;" block. Each
 * worker's last balance becomes {@code OWES_DEBT_TO} worker -&gt; owner with the kiln, amount,
 * currency and as-of date; the sheet also gives {@code WORKS_AT}, {@code FROM}, {@code OWNS},
 * {@code USES_PHONE}, {@code LOCATED_IN} and "son of" {@code RELATED_TO}.
 */
public final class DebtLedgerImporter implements RecordImporter {
    static final String NAME = "DebtLedgerImporter";
    private static final Pattern OWNER = Pattern.compile("(?i)owner\\s*:?\\s*([\\p{L} ]+?)\\s*(?:-|,|\\(|tel|$)");
    private static final Pattern BALANCE_AT = Pattern.compile("(?i)balance (?:at|as of|on)\\s+(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern SON_OF = Pattern.compile("(?i)\\b(son|daughter|wife|husband|brother|sister) of ([\\p{L}]+ [\\p{L}]+)");
    private static final Pattern CURRENCY = Pattern.compile("\\((USD|KHR|THB)\\)");

    private final Gazetteer gazetteer = Gazetteer.load();

    @Override
    public boolean accepts(DocumentText document) {
        return Sheets.anyGrid(document, g -> header(g) >= 0);
    }

    @Override
    public Extraction importRecords(DocumentText document) {
        List<RelationClaim> claims = new ArrayList<>();
        for (SheetGrid g : document.sheets()) {
            int h = header(g);
            if (h >= 0) {
                readSheet(document, g, h, claims);
            }
        }
        return new Extraction(List.of(), claims);
    }

    private void readSheet(DocumentText doc, SheetGrid g, int h, List<RelationClaim> claims) {
        String title = "";
        for (int r = 0; r < h; r++) {
            title += " " + g.rowText(r);
        }
        Matcher k = Pattern.compile("(?i)([\\p{L}' ]+?)\\s+brick kiln").matcher(title);
        EntityRef kiln = null;
        int kilnEnd = 0;
        while (k.find()) {
            String head = k.group(1).strip();
            head = head.substring(head.lastIndexOf("- ") + 1).strip();
            String[] words = head.split(" ");
            String last = words.length >= 2 ? words[words.length - 2] + " " + words[words.length - 1] : head;
            kiln = BrickKilnExtractor.kiln(last.toUpperCase(Locale.ROOT).equals(last) ? last : last);
            kilnEnd = k.end();
        }
        Matcher o = OWNER.matcher(title);
        EntityRef owner = o.find() ? PersonNameExtractor.personFromWritten(o.group(1).strip()) : null;
        Evidence titleEv = new Evidence(doc.sha256(), g.index(), 0, 0, doc.fileName() + " sheet " + g.name() + ": " + title.strip(), NAME, "1", 0.9);
        if (owner != null && kiln != null) {
            claims.add(new RelationClaim(owner, RelationType.OWNS, kiln, Map.of(), titleEv));
        }
        Matcher tel = Pattern.compile("(?i)tel\\.?\\s*([+\\d][\\d ()-]{6,16}\\d)").matcher(title);
        if (owner != null && tel.find()) {
            Optional<String> e = PhoneNumberExtractor.e164(tel.group(1));
            e.ifPresent(p -> claims.add(new RelationClaim(owner, RelationType.USES_PHONE, PhoneNumberExtractor.entity(p), Map.of(), titleEv)));
        }
        if (kiln != null) {
            for (Gazetteer.Match m : gazetteer.find(title.substring(Math.min(kilnEnd, title.length())))) {
                claims.add(new RelationClaim(kiln, RelationType.LOCATED_IN, LocationExtractor.place(m.place()), Map.of(), titleEv));
                break; // the first place after the kiln's name is where it stands
            }
        }
        int name = column(g, h, "name", "worker");
        int from = column(g, h, "from", "home", "village");
        int balance = column(g, h, "balance");
        int entry = column(g, h, "entry", "description", "note");
        String currency = "USD";
        Matcher cur = CURRENCY.matcher(String.join(" ", g.text().get(h)));
        if (cur.find()) {
            currency = cur.group(1);
        }
        Map<String, Double> last = new LinkedHashMap<>();
        Map<String, EntityRef> workers = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        String asOf = null;
        for (int r = h + 1; r < g.text().size(); r++) {
            String rowText = g.rowText(r);
            Matcher at = BALANCE_AT.matcher(rowText);
            if (at.find()) {
                asOf = LocalDate.parse(at.group(1), DateTimeFormatter.ofPattern("d/M/yyyy")).toString();
                continue;
            }
            String who = g.cell(r, name);
            EntityRef worker = who.isBlank() ? null : PersonNameExtractor.personFromWritten(who);
            Double bal = g.number(r, balance);
            if (worker == null || bal == null) {
                continue;
            }
            last.put(worker.key(), bal);
            rowOf.put(worker.key(), r);
            if (workers.putIfAbsent(worker.key(), worker) == null) {
                Evidence ev = rowEvidence(doc, g, r);
                if (kiln != null) {
                    claims.add(new RelationClaim(worker, RelationType.WORKS_AT, kiln, Map.of(), ev));
                }
                for (Gazetteer.Match m : gazetteer.find(g.cell(r, from))) {
                    claims.add(new RelationClaim(worker, RelationType.FROM, LocationExtractor.place(m.place()), Map.of(), ev));
                    break;
                }
            }
            Matcher rel = SON_OF.matcher(g.cell(r, entry));
            if (rel.find()) {
                EntityRef relative = PersonNameExtractor.personFromWritten(rel.group(2));
                if (relative != null) {
                    claims.add(new RelationClaim(worker, RelationType.RELATED_TO, relative,
                            Map.of("nature", rel.group(1).toLowerCase(Locale.ROOT)), rowEvidence(doc, g, r)));
                }
            }
        }
        if (owner == null) {
            return;
        }
        for (var e : last.entrySet()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("amount", e.getValue());
            props.put("currency", currency);
            if (kiln != null) {
                props.put("kiln", kiln.key());
            }
            if (asOf != null) {
                props.put("as_of", asOf);
            }
            claims.add(new RelationClaim(workers.get(e.getKey()), RelationType.OWES_DEBT_TO, owner, props,
                    rowEvidence(doc, g, rowOf.get(e.getKey()))));
        }
    }

    private static Evidence rowEvidence(DocumentText doc, SheetGrid g, int r) {
        return new Evidence(doc.sha256(), g.index(), 0, 0, doc.fileName() + " sheet " + g.name() + " row " + (r + 1) + ": "
                + g.rowText(r), NAME, "1", 0.9);
    }

    /** The first header row of a worker table: a name/worker column and a balance column within two rows. */
    private static int header(SheetGrid g) {
        for (int r = 0; r < g.text().size(); r++) {
            String row = String.join("|", g.text().get(r)).toLowerCase(Locale.ROOT);
            String next = r + 1 < g.text().size() ? String.join("|", g.text().get(r + 1)).toLowerCase(Locale.ROOT) : "";
            if (row.contains("balance") && (row.contains("worker") || row.contains("name") || next.contains("name"))) {
                return r;
            }
        }
        return -1;
    }

    /** A column by its header text in the header row or the row below it (merged headers). */
    private static int column(SheetGrid g, int h, String... names) {
        for (int row = h + 1; row >= h; row--) {
            List<String> cells = row < g.text().size() ? g.text().get(row) : List.of();
            for (String n : names) {
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).toLowerCase(Locale.ROOT).startsWith(n)) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }
}
