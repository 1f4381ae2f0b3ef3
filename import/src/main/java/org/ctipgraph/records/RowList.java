package org.ctipgraph.records;

import java.util.List;

/** Row numbers written compactly for a quote: "3-5, 9, 12". */
final class RowList {
    private RowList() {
    }

    static String compact(List<Integer> rows) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(rows.get(i));
            if (j > i) {
                sb.append('-').append(rows.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
