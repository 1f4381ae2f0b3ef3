package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Relations in word-processor tables (see {@link #tables} for how Tika lays them out): the header row names the columns, and each later row's person is linked
 * to the place in the column whose header says what the place is to them.
 * <ul>
 *   <li>"Place of exploitation", "Exploited at" → {@code EXPLOITED_AT} for every place of the cell ("X, then Y"),
 *       {@code WORKS_AT} for a brick kiln: kiln workers are held in debt bondage where they work, as the kiln's
 *       own ledgers record them;</li>
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
                Candidate person = in(page, mentions, row.cells().get(0)).stream()
                        .filter(c -> c.entity().label() == NodeLabel.Person).findFirst().orElse(null);
                if (person == null) {
                    continue;
                }
                for (Candidate place : in(page, mentions, row.cells().get(exploited)).stream()
                        .filter(c -> Claims.isPlace(c.entity())).toList()) {
                    RelationType type = place.entity().label() == NodeLabel.BrickKiln ? RelationType.WORKS_AT
                            : RelationType.EXPLOITED_AT;
                    out.add(Claims.of(page, doc, NAME, place.start(), place.end(), person.entity(), type, place.entity(), Map.of()));
                }
            }
        }
        return out;
    }

    private static List<Candidate> in(PageView page, List<Candidate> mentions, int[] cell) {
        int s = page.collapsedOffset(cell[0]);
        int e = page.collapsedOffset(cell[1]);
        return mentions.stream().filter(c -> c.start() >= s && c.end() <= e).toList();
    }

    /**
     * The tables of a page, each a list of rows of cells. Tika writes a word-processor table in one of two
     * layouts: every cell on its own tab-indented line with a blank line after each row, or a row's first
     * cell after one tab and every further cell after two. A line of text without a tab ends the table.
     */
    static List<List<Row>> tables(String original) {
        List<List<Row>> tables = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        for (String line : original.split("\n", -1)) {
            int start = pos;
            pos += line.length() + 1;
            boolean blank = line.strip().isEmpty();
            if (!blank && !line.startsWith("\t")) {
                addTable(tables, original, lines);
                lines = new ArrayList<>();
            } else {
                lines.add(new int[] {start, start + line.length()});
            }
        }
        addTable(tables, original, lines);
        return tables;
    }

    /** Rows of one run of tab-indented (or blank) lines, in whichever layout it is written. */
    private static void addTable(List<List<Row>> tables, String original, List<int[]> lines) {
        boolean nested = lines.stream().anyMatch(l -> original.startsWith("\t\t", l[0]));
        List<Row> rows = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        for (int[] l : lines) {
            String line = original.substring(l[0], l[1]);
            boolean blank = line.strip().isEmpty();
            boolean continuation = line.startsWith("\t\t");
            boolean rowEnds = nested ? !blank && !continuation : blank;
            if (rowEnds && !cells.isEmpty()) {
                rows.add(new Row(cells));
                cells = new ArrayList<>();
            }
            if (!blank) {
                int tabs = continuation ? 2 : 1;
                cells.add(new int[] {l[0] + tabs, l[1]});
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(cells));
        }
        if (rows.size() >= 2) {
            tables.add(rows);
        }
    }
}
