package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Relations in word-processor tables (see {@link #tables} for how Tika lays them out): the header row
 * names the columns, and each later row's person is linked to the place in the column whose header says
 * what the place is to them.
 * <ul>
 *   <li>"Place of exploitation", "Exploited at" → {@code EXPLOITED_AT} for every place of the cell ("X, then Y"),
 *       {@code WORKS_AT} for a brick kiln: kiln workers are held in debt bondage where they work, as the kiln's
 *       own ledgers record them;</li>
 *   <li>in a client's intake record (see {@link FormRelationExtractor#recordSubject}), indicator rows not ticked
 *       "no": "Debt ... agreement with COMPANY" → the client {@code OWES_DEBT_TO} the party named; "Recruiter
 *       identified ... X" → {@code RECRUITED}; "Transport ... driven by X" → {@code TRANSPORTED}; "Identity
 *       documents withheld ... kept by X" → {@code HARBOURED}.</li>
 * </ul>
 * Each claim quotes the cell.
 */
final class TableRelationExtractor {
    static final String NAME = "TableRelationExtractor";
    private static final Pattern EXPLOITED_HEADER = Pattern.compile("(?i)^\\s*(place of exploitation|exploited at|place exploited|site of exploitation)\\s*$");

    private static final Pattern DEBT_ROW = Pattern.compile("(?i)^\\s*(?:debts?|debt bondage|creditor|money owed)\\b");
    private static final Pattern RECRUITER_ROW = Pattern.compile("(?i)^\\s*recruit(?:er|ed by|ment by)\\b");
    private static final Pattern TRANSPORT_ROW = Pattern.compile("(?i)^\\s*(?:transport(?:ed|ation)?|driver)\\b");
    private static final Pattern WITHHELD_ROW = Pattern.compile(
            "(?i)\\b(?:documents?|passports?|ID cards?|papers)\\b.{0,20}\\b(?:withheld|confiscated|kept|taken|retained)\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)^\\s*(?:\u2610|no\\b|none\\b|not\\b)");

    /** One table row: [start, end) of each cell in the original text. */
    private record Row(List<int[]> cells) {
    }

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        List<RelationClaim> out = new ArrayList<>();
        List<List<Row>> tables = tables(page.original());
        Candidate client = FormRelationExtractor.recordSubject(page, mentions);
        for (List<Row> table : tables) {
            if (client != null) {
                indicators(page, mentions, doc, table, client, out);
            }
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

    /**
     * The indicator rows of a client's intake record: a row that is not ticked "no" and whose label names a
     * debt, a recruiter, the transport or withheld documents ties the party named in its other cells to the
     * client.
     */
    private void indicators(PageView page, List<Candidate> mentions, DocumentText doc, List<Row> table, Candidate client,
                            List<RelationClaim> out) {
        for (Row row : table) {
            if (row.cells().size() < 2) {
                continue;
            }
            int[] label = row.cells().get(0);
            String name = page.original().substring(label[0], label[1]);
            RelationType type = DEBT_ROW.matcher(name).find() ? RelationType.OWES_DEBT_TO
                    : RECRUITER_ROW.matcher(name).find() ? RelationType.RECRUITED
                    : TRANSPORT_ROW.matcher(name).find() ? RelationType.TRANSPORTED
                    : WITHHELD_ROW.matcher(name).find() ? RelationType.HARBOURED : null;
            List<int[]> values = row.cells().subList(1, row.cells().size());
            if (type == null || values.stream().anyMatch(c -> NEGATIVE.matcher(page.original().substring(c[0], c[1])).find())) {
                continue;
            }
            Candidate party = values.stream().flatMap(c -> in(page, mentions, c).stream())
                    .filter(c -> Claims.isParty(c.entity()) || (type == RelationType.OWES_DEBT_TO && c.entity().label() == NodeLabel.Company))
                    .filter(c -> !c.entity().key().equals(client.entity().key())).findFirst().orElse(null);
            if (party != null) {
                boolean clientFirst = type == RelationType.OWES_DEBT_TO;
                out.add(Claims.of(page, doc, NAME, party.start(), party.end(), clientFirst ? client.entity() : party.entity(), type,
                        clientFirst ? party.entity() : client.entity(), Map.of()));
            }
        }
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
