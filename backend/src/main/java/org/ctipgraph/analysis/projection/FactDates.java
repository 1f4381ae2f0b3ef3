package org.ctipgraph.analysis.projection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dates a fact carries in its attributes. Importers name them differently ({@code date},
 * {@code first}/{@code last} of a call aggregate, {@code dates}, {@code as_of}), so any attribute whose
 * value is an ISO date (or a list of them) counts; a fact without one is a standing fact (who uses which
 * phone) that no time window excludes.
 */
public record FactDates(List<String> values) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+.*)?");

    public FactDates {
        values = List.copyOf(values);
    }

    public static FactDates of(Map<String, ?> attributes) {
        return new FactDates(attributes.values().stream().flatMap(v -> isoDates(v).stream()).sorted().toList());
    }

    /** The ISO date strings of one attribute value: a date, a timestamp, or a list of either. */
    public static List<String> isoDates(Object value) {
        if (value instanceof String s && ISO_DATE.matcher(s).matches()) {
            return List.of(s);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(v -> v instanceof String s && ISO_DATE.matcher(s).matches())
                    .map(String.class::cast).toList();
        }
        return List.of();
    }

    /**
     * Whether the fact's span (earliest to latest date) overlaps {@code [since, until]}; either bound may be
     * {@code null} for an open window. A fact without dates always does.
     */
    public boolean overlaps(LocalDate since, LocalDate until) {
        if (values.isEmpty()) {
            return true;
        }
        LocalDate first = LocalDate.parse(values.getFirst().substring(0, 10));
        LocalDate last = LocalDate.parse(values.getLast().substring(0, 10));
        return (since == null || !last.isBefore(since)) && (until == null || !first.isAfter(until));
    }
}
