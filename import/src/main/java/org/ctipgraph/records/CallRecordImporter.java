package org.ctipgraph.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PhoneNumberExtractor;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.RelationType;

/**
 * Call detail records (operator exports) and handset call logs (forensic extractions) in CSV. The
 * layout is recognised from the header row, wherever it is after a preamble: either caller and
 * callee columns ({@code A_PARTY}/{@code B_PARTY}), or one number column with a direction column
 * ("Call Type": Outgoing/Incoming/Missed) plus the seized phone's own number from the preamble.
 * Rows are aggregated per file and direction into one {@code CALLED} claim: count (all records),
 * answered (duration &gt; 0), total duration, first and last call (ISO local time).
 */
public final class CallRecordImporter implements RecordImporter {
    static final String NAME = "CallRecordImporter";
    // Matched against normalised header cells (see CsvText.normalise): "A_PARTY" reads "a party",
    // "start_time" reads "start time", "caller_number" reads "caller number".
    private static final String NUMBER_WORDS = "(?: (?:party )?(?:number|no|num|msisdn|phone(?: number)?))?";
    private static final Pattern CALLER = Pattern.compile(
            "^(a ?party|a ?number|calling(?: party)?|caller|from|originating.*)" + NUMBER_WORDS + "$");
    private static final Pattern CALLEE = Pattern.compile(
            "^(b ?party|b ?number|called(?: party)?|callee|to|destination|terminating.*)" + NUMBER_WORDS + "$");
    private static final Pattern NUMBER = Pattern.compile(
            "^(number|phone(?: number| no)?|msisdn|other (?:party|number)|remote (?:party|number)|contact number)$");
    private static final Pattern DIRECTION = Pattern.compile("^(call ?type|call direction|direction|type|event type)$");
    private static final Pattern WHEN = Pattern.compile("^((?:event |call )?start(?: time| date| date ?time| timestamp)?"
            + "|date ?/ ?time.*|date ?time|timestamp|date and time|call (?:date|time|date ?time))$");
    private static final Pattern DURATION = Pattern.compile("^(duration.*|call duration.*)$");
    private static final Pattern MONEY = Pattern.compile("\\b(amount|currency|ccy)\\b");
    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyyMMdd HHmmss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The columns found in a header row. */
    private record Layout(int headerLine, int caller, int callee, int number, int direction, int when, int duration) {
        boolean pairs() {
            return caller >= 0 && callee >= 0;
        }

        boolean handset() {
            return number >= 0 && direction >= 0;
        }
    }

    @Override
    public boolean accepts(DocumentText document) {
        return CsvText.isDelimitedText(document) && isCallRecord(CsvText.lines(document));
    }

    @Override
    public Extraction importRecords(DocumentText document) {
        List<String> lines = CsvText.lines(document);
        Layout l = layout(lines).orElseThrow();
        char delimiter = CsvText.delimiter(lines.get(l.headerLine()));
        Optional<String> owner = l.pairs() ? Optional.empty() : ownerNumber(lines.subList(0, l.headerLine()));
        Map<String, Aggregate> byDirection = new LinkedHashMap<>();
        String body = String.join("\n", lines.subList(l.headerLine() + 1, lines.size()));
        try (CSVParser parser = CSVParser.parse(body, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord r : parser) {
                int lineNo = l.headerLine() + 2 + (int) r.getRecordNumber() - 1;
                Optional<String> from;
                Optional<String> to;
                if (l.pairs()) {
                    from = PhoneNumberExtractor.e164(get(r, l.caller()));
                    to = PhoneNumberExtractor.e164(get(r, l.callee()));
                } else if (owner.isPresent()) {
                    Optional<String> other = PhoneNumberExtractor.e164(get(r, l.number()));
                    boolean outgoing = get(r, l.direction()).toLowerCase(Locale.ROOT).startsWith("out")
                            || get(r, l.direction()).equalsIgnoreCase("MOC");
                    from = outgoing ? owner : other;
                    to = outgoing ? other : owner;
                } else {
                    continue;
                }
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                Optional<LocalDateTime> when = l.when() >= 0 ? parseTime(get(r, l.when())) : Optional.empty();
                long seconds = l.duration() >= 0 ? seconds(get(r, l.duration())) : 0;
                byDirection.computeIfAbsent(from.get() + ">" + to.get(), k -> new Aggregate(from.get(), to.get()))
                        .add(lineNo, when.orElse(null), seconds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RelationClaim> claims = new ArrayList<>();
        for (Aggregate a : byDirection.values()) {
            EntityRef from = PhoneNumberExtractor.entity(a.from);
            EntityRef to = PhoneNumberExtractor.entity(a.to);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("count", a.count);
            props.put("answered", a.answered);
            props.put("total_duration_s", a.totalSeconds);
            if (a.first != null) {
                props.put("first", ISO.format(a.first));
                props.put("last", ISO.format(a.last));
            }
            props.put("rows", a.rows);
            String quote = document.fileName() + " rows " + RowList.compact(a.rows) + ": " + a.count + " calls " + a.from
                    + " -> " + a.to;
            claims.add(new RelationClaim(from, RelationType.CALLED, to, props,
                    new Evidence(document.sha256(), 1, 0, 0, quote, NAME, "1", 1.0)));
        }
        return new Extraction(List.of(), claims);
    }

    /** True when one of the first lines is a call-record header (caller and callee, or number and direction). */
    static boolean isCallRecord(List<String> lines) {
        return layout(lines).isPresent();
    }

    private static Optional<Layout> layout(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            String line = lines.get(i);
            char d = CsvText.delimiter(line);
            String[] cells = line.split(Pattern.quote(String.valueOf(d)), -1);
            if (cells.length < 3) {
                continue;
            }
            int caller = -1, callee = -1, number = -1, direction = -1, when = -1, duration = -1;
            boolean money = false;
            for (int c = 0; c < cells.length; c++) {
                String h = CsvText.normalise(cells[c]);
                money |= MONEY.matcher(h).find();
                if (CALLER.matcher(h).matches()) caller = c;
                else if (CALLEE.matcher(h).matches()) callee = c;
                else if (NUMBER.matcher(h).matches()) number = c;
                else if (DIRECTION.matcher(h).matches()) direction = c;
                else if (WHEN.matcher(h).matches()) when = c;
                else if (DURATION.matcher(h).matches()) duration = c;
            }
            Layout l = new Layout(i, caller, callee, number, direction, when, duration);
            if (!money && (l.pairs() || l.handset())) { // "from"/"to" with an amount is a transfer log
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The seized phone's own number: the first phone written in the preamble lines. */
    private static Optional<String> ownerNumber(List<String> preamble) {
        Pattern phone = Pattern.compile("\\+?\\d[\\d ()-]{7,16}\\d");
        for (String line : preamble) {
            Matcher m = phone.matcher(line.replaceAll("(?i)IMEI\\s*\\d+", ""));
            while (m.find()) {
                Optional<String> e = PhoneNumberExtractor.e164(m.group());
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private static String get(CSVRecord r, int i) {
        return i >= 0 && i < r.size() ? r.get(i).strip() : "";
    }

    static Optional<LocalDateTime> parseTime(String s) {
        for (DateTimeFormatter f : TIME_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(s.strip(), f));
            } catch (java.time.format.DateTimeParseException ignored) {
                // try the next layout
            }
        }
        return Optional.empty();
    }

    static long seconds(String s) {
        String t = s.strip();
        if (t.matches("\\d+")) {
            return Long.parseLong(t);
        }
        if (t.matches("\\d+:\\d{2}:\\d{2}")) {
            String[] p = t.split(":");
            return Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2]);
        }
        if (t.matches("\\d+:\\d{2}")) {
            String[] p = t.split(":");
            return Long.parseLong(p[0]) * 60 + Long.parseLong(p[1]);
        }
        return 0;
    }

    private static final class Aggregate {
        final String from;
        final String to;
        int count;
        int answered;
        long totalSeconds;
        LocalDateTime first;
        LocalDateTime last;
        final List<Integer> rows = new ArrayList<>();

        Aggregate(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(int row, LocalDateTime when, long seconds) {
            count++;
            rows.add(row);
            if (seconds > 0) {
                answered++;
                totalSeconds += seconds;
            }
            if (when != null) {
                first = first == null || when.isBefore(first) ? when : first;
                last = last == null || when.isAfter(last) ? when : last;
            }
        }
    }
}
