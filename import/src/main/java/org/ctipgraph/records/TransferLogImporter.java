package org.ctipgraph.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ctipgraph.extraction.BankAccountExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.schema.RelationType;

/**
 * Money-transfer logs in CSV (comma, semicolon or tab; optional UTF-8 BOM), e.g. a wallet
 * provider's export. The header row is found by keywords: a sender (sender/payer/from/remitter)
 * and a receiver (receiver/payee/to/beneficiary/recipient) column, each a name and/or an account,
 * and an amount; optionally a transaction id, date, currency and narrative. Each row becomes one
 * {@code TRANSFERRED_TO} claim between the accounts (a party stands in where a side has no
 * account) with {@code txn_id}, ISO {@code date} (day first), {@code amount} and {@code currency};
 * a name next to an account gives {@code HOLDS_ACCOUNT}. Call-record CSVs are left to
 * {@link CallRecordImporter}.
 */
public final class TransferLogImporter implements RecordImporter {
    static final String NAME = "TransferLogImporter";
    private static final String VERSION = "1";
    private static final double CONFIDENCE = 0.9;
    private static final Set<String> SENDER = Set.of("sender", "payer", "from", "remitter", "originator", "debtor");
    private static final Set<String> RECEIVER = Set.of("receiver", "payee", "to", "beneficiary", "recipient", "creditor");
    private static final Set<String> NAME_WORDS = Set.of("name", "holder");
    private static final Set<String> ACCOUNT_WORDS = Set.of("account", "acct", "acc", "wallet", "number", "no", "iban");
    private static final Set<String> BANK_WORDS = Set.of("bank", "institution", "provider");
    private static final Set<String> TXN_WORDS = Set.of("txn", "transaction", "trx", "reference", "ref", "tx");
    private static final Set<String> NARRATIVE_WORDS = Set.of("narrative", "description", "details", "purpose", "remarks",
            "remark", "memo", "note", "notes", "particulars");
    private static final Set<String> CALL_WORDS = Set.of("duration", "imei", "msisdn", "call", "caller", "callee", "cell");
    /** An account in a cell: optional institution prefix, then digits in groups. */
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?i)(?:\\b(wing|aba|acleda)(?:\\s+(?:bank|money|transfer))?\\s*[:#]?\\s*)?(\\d[\\d -]{4,}\\d)");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)(?<![a-z])(wing|aba|acleda)(?![a-z])");
    private static final Pattern CURRENCY_IN_TEXT = Pattern.compile("(?i)(?<![a-z])(usd|khr|thb|vnd|cny|\\$|៛|฿)(?![a-z])");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/yyyy"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd"), DateTimeFormatter.ofPattern("d-M-yyyy"),
            DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("yyyy/M/d"));

    /** Columns of one side of a transfer; -1 when absent. {@code party} is a bare "from"/"to" column. */
    private record Side(int name, int account, int party, int bank, String headerInstitution) {
        boolean present() {
            return name >= 0 || account >= 0 || party >= 0;
        }
    }

    private record Layout(int headerLine, char delimiter, int txn, int date, int amount, int currency, int narrative,
                          String amountCurrency, Side sender, Side receiver) {
    }

    @Override
    public boolean accepts(DocumentText document) {
        if (!CsvText.isDelimitedText(document)) {
            return false;
        }
        List<String> lines = CsvText.lines(document);
        return !CallRecordImporter.isCallRecord(lines) && layout(lines).isPresent();
    }

    @Override
    public Extraction importRecords(DocumentText document) {
        List<String> lines = CsvText.lines(document);
        Optional<Layout> found = layout(lines);
        if (found.isEmpty()) {
            return Extraction.EMPTY;
        }
        Layout l = found.get();
        String fileInstitution = institutionIn(String.join(" ", lines.subList(0, l.headerLine())))
                .or(() -> institutionIn(document.fileName())).orElse(null);
        String page = document.pages().isEmpty() ? "" : document.pages().get(0).text();
        List<EntityMention> mentions = new ArrayList<>();
        List<RelationClaim> claims = new ArrayList<>();
        Set<String> holdings = new HashSet<>();
        String body = String.join("\n", lines.subList(l.headerLine() + 1, lines.size()));
        int searchFrom = 0;
        try (CSVParser parser = CSVParser.parse(body, CSVFormat.DEFAULT.builder().setDelimiter(l.delimiter()).get())) {
            for (CSVRecord r : parser) {
                int pos = (int) r.getCharacterPosition();
                int lineNo = l.headerLine() + 2 + (int) body.substring(0, pos).chars().filter(c -> c == '\n').count();
                String raw = rawRow(body, pos);
                int at = raw.isEmpty() ? -1 : page.indexOf(raw, searchFrom);
                if (at >= 0) {
                    searchFrom = at + raw.length();
                }
                Evidence row = new Evidence(document.sha256(), 1, Math.max(at, 0), at >= 0 ? at + raw.length() : 0,
                        document.fileName() + " row " + lineNo + ": " + raw, NAME, VERSION, CONFIDENCE);
                Party payer = party(r, l.sender(), fileInstitution);
                Party payee = party(r, l.receiver(), fileInstitution);
                for (Party p : List.of(payer, payee)) {
                    mention(mentions, p.account(), p.accountSurface(), row, raw, at);
                    mention(mentions, p.holder(), p.holderSurface(), row, raw, at);
                    if (p.account() != null && p.holder() != null && holdings.add(p.holder().key() + ">" + p.account().key())) {
                        claims.add(new RelationClaim(p.holder(), RelationType.HOLDS_ACCOUNT, p.account(), Map.of(), row));
                    }
                }
                EntityRef from = payer.end();
                EntityRef to = payee.end();
                Optional<Double> amount = amount(get(r, l.amount()));
                if (from == null || to == null || from.key().equals(to.key()) || amount.isEmpty()) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                if (!get(r, l.txn()).isEmpty()) {
                    props.put("txn_id", get(r, l.txn()));
                }
                if (!get(r, l.date()).isEmpty()) {
                    props.put("date", isoDate(get(r, l.date())));
                }
                props.put("amount", amount.get());
                currency(get(r, l.currency()), get(r, l.amount()), l.amountCurrency()).ifPresent(c -> props.put("currency", c));
                if (!get(r, l.narrative()).isEmpty()) {
                    props.put("narrative", get(r, l.narrative()));
                }
                claims.add(new RelationClaim(from, RelationType.TRANSFERRED_TO, to, props, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Extraction(mentions, claims);
    }

    /** One side of a row: the account and/or the holder, with the cells they were read from. */
    private record Party(EntityRef account, String accountSurface, EntityRef holder, String holderSurface) {
        /** The end of the transfer: the account, else the holder (cash or an unnamed account). */
        EntityRef end() {
            return account != null ? account : holder;
        }
    }

    private static Party party(CSVRecord r, Side s, String fileInstitution) {
        String bank = get(r, s.bank());
        String institution = !bank.isEmpty() ? institutionIn(bank).orElse(bank)
                : s.headerInstitution() != null ? s.headerInstitution() : fileInstitution;
        EntityRef account = null;
        String accountSurface = null;
        EntityRef holder = null;
        String holderSurface = null;
        String accountCell = s.account() >= 0 ? get(r, s.account()) : get(r, s.party());
        Matcher m = ACCOUNT.matcher(accountCell);
        if (m.find() && m.group(2).replaceAll("\\D", "").length() >= 6) {
            String inst = m.group(1) != null ? canonical(m.group(1)) : institution;
            account = BankAccountExtractor.account(inst, m.group(2).strip());
            accountSurface = s.account() >= 0 ? accountCell : m.group().strip();
        }
        String nameCell = "";
        if (s.name() >= 0) {
            nameCell = get(r, s.name());
        } else if (s.account() < 0) { // a bare "from"/"to" column: a name, an account, or both
            nameCell = (account == null ? accountCell : accountCell.replace(accountSurface, " "))
                    .replaceAll("^[\\s/,;:()-]+|[\\s/,;:()-]+$", "");
        }
        if (!nameCell.isEmpty() && !nameCell.matches(".*\\d.*")) {
            holder = BankStatementImporter.party(nameCell);
            holderSurface = nameCell;
        }
        return new Party(account, accountSurface, holder, holderSurface);
    }

    private static void mention(List<EntityMention> out, EntityRef e, String surface, Evidence row, String raw, int at) {
        if (e == null) {
            return;
        }
        int i = at >= 0 ? raw.indexOf(surface) : -1;
        Evidence ev = i < 0 ? row : new Evidence(row.documentSha256(), 1, at + i, at + i + surface.length(), row.quote(),
                NAME, VERSION, CONFIDENCE);
        out.add(new EntityMention(e, surface, null, ev));
    }

    /** The header row and its columns, or empty when no line within the first 30 reads as a transfer-log header. */
    private static Optional<Layout> layout(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            char d = CsvText.delimiter(lines.get(i));
            String[] cells = lines.get(i).split(Pattern.quote(String.valueOf(d)), -1);
            if (cells.length < 3) {
                continue;
            }
            int txn = -1, date = -1, amount = -1, currency = -1, narrative = -1;
            String amountCurrency = null;
            int[][] sides = {{-1, -1, -1, -1}, {-1, -1, -1, -1}}; // name, account, party, bank
            String[] sideInstitution = new String[2];
            boolean call = false;
            for (int c = 0; c < cells.length; c++) {
                String h = CsvText.normalise(cells[c]);
                List<String> w = List.of(h.split("[^\\p{L}\\p{N}]+"));
                int side = w.stream().anyMatch(x -> SENDER.contains(x) && !x.equals("from")) || w.get(0).equals("from") ? 0
                        : w.stream().anyMatch(x -> RECEIVER.contains(x) && !x.equals("to")) || w.get(0).equals("to") ? 1 : -1;
                if (w.stream().anyMatch(CALL_WORDS::contains)) {
                    call = true;
                } else if (w.contains("date")) {
                    date = date < 0 ? c : date;
                } else if (w.contains("currency") || w.contains("ccy") || w.contains("cur")) {
                    currency = currency < 0 ? c : currency;
                } else if ((w.contains("amount") || w.contains("value") || w.contains("sum"))
                        && w.stream().noneMatch(x -> x.equals("fee") || x.equals("charge") || x.equals("balance"))) {
                    if (amount < 0) {
                        amount = c;
                        Matcher cur = CURRENCY_IN_TEXT.matcher(h);
                        amountCurrency = cur.find() ? currencyCode(cur.group(1)) : null;
                    }
                } else if (w.stream().anyMatch(NARRATIVE_WORDS::contains)) {
                    narrative = narrative < 0 ? c : narrative;
                } else if (side >= 0) {
                    int kind = w.stream().anyMatch(NAME_WORDS::contains) ? 0
                            : w.stream().anyMatch(ACCOUNT_WORDS::contains) ? 1
                            : w.stream().anyMatch(BANK_WORDS::contains) ? 3 : 2;
                    if (sides[side][kind] < 0) {
                        sides[side][kind] = c;
                    }
                    if (kind == 1 && sideInstitution[side] == null) {
                        sideInstitution[side] = institutionIn(h).map(TransferLogImporter::canonical).orElse(null);
                    }
                } else if (w.stream().anyMatch(TXN_WORDS::contains)) {
                    txn = txn < 0 ? c : txn;
                }
            }
            Side sender = new Side(sides[0][0], sides[0][1], sides[0][2], sides[0][3], sideInstitution[0]);
            Side receiver = new Side(sides[1][0], sides[1][1], sides[1][2], sides[1][3], sideInstitution[1]);
            if (!call && amount >= 0 && sender.present() && receiver.present()) {
                return Optional.of(new Layout(i, d, txn, date, amount, currency, narrative, amountCurrency, sender, receiver));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> institutionIn(String text) {
        Matcher m = INSTITUTION.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(canonical(m.group(1))) : Optional.empty();
    }

    /** The institution as {@link BankStatementImporter} and {@code BankAccountExtractor} spell it. */
    private static String canonical(String institution) {
        String u = institution.toUpperCase(Locale.ROOT);
        return u.startsWith("WING") ? "Wing" : u;
    }

    /** The row's text exactly as in the file, from its first character to the end of its line. */
    private static String rawRow(String body, int pos) {
        int end = body.indexOf('\n', pos);
        return body.substring(pos, end < 0 ? body.length() : end).strip();
    }

    private static String get(CSVRecord r, int i) {
        return i >= 0 && i < r.size() ? r.get(i).strip() : "";
    }

    /** "1,234.50", "$150", "150.00 USD", "1.234,50" as a number. */
    static Optional<Double> amount(String cell) {
        String s = cell.replaceAll("[^0-9.,-]", "");
        if (s.matches("-?\\d{1,3}(\\.\\d{3})*,\\d{1,2}")) {
            s = s.replace(".", "").replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(Math.abs(Double.parseDouble(s)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> currency(String column, String amountCell, String fromHeader) {
        if (!column.isBlank()) {
            return Optional.of(currencyCode(column.strip()));
        }
        Matcher m = CURRENCY_IN_TEXT.matcher(amountCell);
        if (m.find()) {
            return Optional.of(currencyCode(m.group(1)));
        }
        return Optional.ofNullable(fromHeader);
    }

    private static String currencyCode(String written) {
        return switch (written) {
            case "$" -> "USD";
            case "៛" -> "KHR";
            case "฿" -> "THB";
            default -> written.toUpperCase(Locale.ROOT);
        };
    }

    /** ISO date of a written date, day first for {@code dd/mm/yyyy}; a time after the date is ignored. */
    static String isoDate(String written) {
        String d = written.strip().split("[ T]")[0];
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(d, f).toString();
            } catch (DateTimeParseException ignored) {
                // next layout
            }
        }
        return written.strip();
    }
}
