package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ctipgraph.schema.RelationType;

/**
 * Relations in word-processor tables (Tika writes a row as its first cell after one tab and every
 * further cell after two): the header row names the columns, and each later row's person is linked
 * to the place in the column whose header says what the place is to them.
 * <ul>
 *   <li>"Place of exploitation", "Exploited at", "Workplace" → {@code EXPLOITED_AT} (first place of the cell);</li>
 * </ul>
 * Each claim quotes the cell.
 */
final class TableRelationExtractor {
    static final String NAME = "TableRelationExtractor";
    private static final Pattern EXPLOITED_HEADER = Pattern.compile("(?i)^\\s*(place of exploitation|exploited at|place exploited|site of exploitation)\\s*$");

    /** One table row: [start, end) of each cell in the original text. */
    private record Row(List<int[]> cells) {
    }

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        List<RelationClaim> out = new ArrayList<>();
        List<List<Row>> tables = tables(page.original());
        for (List<Row> table : tables) {
            Row header = table.get(0);
            int exploited = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                int[] c = header.cells().get(i);
                if (EXPLOITED_HEADER.matcher(page.original().substring(c[0], c[1])).matches()) {
                    exploited = i;
                }
            }
            if (exploited < 0) {
                continue;
            }
            for (Row row : table.subList(1, table.size())) {
                if (row.cells().size() <= exploited) {
                    continue;
                }
                Candidate person = firstIn(page, mentions, row.cells().get(0), true);
                Candidate place = firstIn(page, mentions, row.cells().get(exploited), false);
                if (person != null && place != null) {
                    out.add(Claims.of(page, doc, NAME, place.start(), place.end(), person.entity(), RelationType.EXPLOITED_AT,
                            place.entity(), Map.of()));
                }
            }
        }
        return out;
    }

    private static Candidate firstIn(PageView page, List<Candidate> mentions, int[] cell, boolean party) {
        int s = page.collapsedOffset(cell[0]);
        int e = page.collapsedOffset(cell[1]);
        return mentions.stream().filter(c -> c.start() >= s && c.end() <= e)
                .filter(c -> party ? c.entity().label() == org.ctipgraph.schema.NodeLabel.Person : Claims.isPlace(c.entity()))
                .findFirst().orElse(null);
    }

    /** Rows of consecutive tab-indented lines; a row starts at a one-tab line and continues with two-tab lines. */
    static List<List<Row>> tables(String original) {
        List<List<Row>> tables = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        List<int[]> cells = null;
        int pos = 0;
        for (String line : original.split("\n", -1)) {
            int start = pos;
            pos += line.length() + 1;
            if (line.isBlank() && !line.contains("\t")) {
                continue;
            }
            boolean two = line.startsWith("\t\t");
            boolean one = !two && line.startsWith("\t");
            if (line.strip().isEmpty()) {
                continue; // the empty cell Tika writes after each row
            }
            if (one) {
                if (cells != null) {
                    current.add(new Row(cells));
                }
                cells = new ArrayList<>();
                cells.add(new int[] {start + 1, start + line.length()});
            } else if (two && cells != null) {
                cells.add(new int[] {start + 2, start + line.length()});
            } else {
                if (cells != null) {
                    current.add(new Row(cells));
                    cells = null;
                }
                if (current.size() >= 2) {
                    tables.add(current);
                }
                current = new ArrayList<>();
            }
        }
        if (cells != null) {
            current.add(new Row(cells));
        }
        if (current.size() >= 2) {
            tables.add(current);
        }
        return tables;
    }
}
