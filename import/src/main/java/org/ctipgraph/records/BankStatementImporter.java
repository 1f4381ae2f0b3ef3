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
import org.ctipgraph.extraction.BankAccountExtractor;
import org.ctipgraph.extraction.CompanyExtractor;
import org.ctipgraph.extraction.DocumentText;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PersonNameExtractor;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.ingest.SheetGrid;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Bank statements in XLSX: one sheet per account/currency, a preamble of "label | value" rows
 * (account number, account name, currency, authorised signatory) and a transaction table whose
 * header has a date, a reference, a description and debit/credit (or amount) columns. Each
 * transaction becomes a {@code TRANSFERRED_TO} claim with txn id, date, amount and currency; the
 * counterparty is the account written in the description ("TRF FROM NEAK MEAS ... ACLEDA
 * 2101-15-377024-1-3"), or the person of a cash deposit or withdrawal. The names in descriptions
 * also give {@code HOLDS_ACCOUNT}; the preamble gives the holder and {@code SIGNATORY_OF}. Per
 * (payer holder, payee holder, currency) an aggregated claim carries total, count and dates.
 */
public final class BankStatementImporter implements RecordImporter {
    static final String NAME = "BankStatementImporter";
    private static final Pattern ACCOUNT_IN_TEXT = Pattern.compile(
            "(ABA|ACLEDA|WING(?: TRANSFER)?|Wing)\\s+(\\d{4}-\\d{2}-\\d{6}-\\d-\\d|\\d{3,4}(?: \\d{3,4}){1,3}|\\d{6,16})");
    private static final Pattern CASH_BY = Pattern.compile("(?i)cash deposit by\\s+([A-Z][A-Z ]+?)\\s*(?:\\(|/|$)");
    private static final Pattern CASH_OUT = Pattern.compile("(?i)cash withdrawal\\s*-\\s*([A-Z][A-Z ]+?)\\s*(?:\\(|/|$)");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Override
    public boolean accepts(DocumentText document) {
        return Sheets.anyGrid(document, g -> header(g) >= 0);
    }

    @Override
    public Extraction importRecords(DocumentText document) {
        List<RelationClaim> claims = new ArrayList<>();
        Map<String, Aggregate> aggregates = new LinkedHashMap<>();
        for (SheetGrid g : document.sheets()) {
            int h = header(g);
            if (h < 0) {
                continue;
            }
            readSheet(document, g, h, claims, aggregates);
        }
        for (Aggregate a : aggregates.values()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("via", a.via);
            props.put("amount_total", a.total);
            props.put("currency", a.currency);
            props.put("n_transfers", a.dates.size());
            props.put("dates", a.dates);
            props.put("txn_ids", a.txns);
            claims.add(new RelationClaim(a.payer, RelationType.TRANSFERRED_TO, a.payee, props,
                    new Evidence(document.sha256(), a.sheet, 0, 0, document.fileName() + " sheet " + a.sheet
                            + " transactions " + String.join(", ", a.txns), NAME, "1", 0.9)));
        }
        // A holder named on every transaction is one fact; keep its first row as evidence.
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<RelationClaim> distinct = claims.stream().filter(c -> c.type() != RelationType.HOLDS_ACCOUNT
                || seen.add(c.subject().key() + ">" + c.object().key())).toList();
        return new Extraction(List.<EntityMention>of(), distinct);
    }

    private void readSheet(DocumentText doc, SheetGrid g, int h, List<RelationClaim> claims, Map<String, Aggregate> agg) {
        String accountNo = labelled(g, h, "account number", "account no");
        if (accountNo == null) {
            return;
        }
        String institution = institution(g, h);
        EntityRef account = BankAccountExtractor.account(institution, accountNo.replaceAll("\\(.*\\)", "").strip());
        String currency = Optional.ofNullable(labelled(g, h, "currency")).orElse(null);
        EntityRef holder = party(labelled(g, h, "account name", "account holder"));
        EntityRef signatory = party(labelled(g, h, "authorised signatory", "authorized signatory", "signatory"));
        Evidence pre = new Evidence(doc.sha256(), g.index(), 0, 0, doc.fileName() + " sheet " + g.name() + " header", NAME, "1", 0.95);
        if (holder != null) {
            claims.add(new RelationClaim(holder, RelationType.HOLDS_ACCOUNT, account, Map.of(), pre));
        }
        if (signatory != null) {
            claims.add(new RelationClaim(signatory, RelationType.SIGNATORY_OF, account, Map.of(), pre));
        }
        int date = column(g, h, "date");
        int ref = column(g, h, "reference", "ref", "txn", "transaction id");
        int desc = column(g, h, "description", "narrative", "details", "particulars");
        int debit = column(g, h, "debit", "withdrawal", "out");
        int credit = column(g, h, "credit", "deposit", "in");
        for (int r = h + 1; r < g.text().size(); r++) {
            String description = g.cell(r, desc);
            Double out = g.number(r, debit);
            Double in = g.number(r, credit);
            if (description.isBlank() || (out == null && in == null)) {
                continue;
            }
            EntityRef other = null;
            EntityRef otherHolder = null;
            Matcher acct = ACCOUNT_IN_TEXT.matcher(description);
            if (acct.find()) {
                String inst = acct.group(1).toUpperCase(Locale.ROOT).startsWith("WING") ? "Wing" : acct.group(1).toUpperCase(Locale.ROOT);
                other = BankAccountExtractor.account(inst, acct.group(2));
                otherHolder = holderIn(description.replace(acct.group(), " / "));
            } else {
                Matcher cash = (in != null ? CASH_BY : CASH_OUT).matcher(description);
                if (cash.find()) {
                    other = PersonNameExtractor.personFromWritten(cash.group(1).strip());
                }
            }
            if (other == null || other.key().equals(account.key())) {
                continue; // fees and payees without an account or name
            }
            boolean outgoing = out != null;
            double amount = outgoing ? out : in;
            EntityRef payer = outgoing ? account : other;
            EntityRef payee = outgoing ? other : account;
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("txn_id", g.cell(r, ref));
            String isoDate = isoDate(g.cell(r, date));
            props.put("date", isoDate);
            props.put("amount", amount);
            if (currency != null) {
                props.put("currency", currency);
            }
            props.put("narrative", description);
            Evidence ev = new Evidence(doc.sha256(), g.index(), 0, 0,
                    doc.fileName() + " sheet " + g.name() + " row " + (r + 1) + ": " + g.rowText(r), NAME, "1", 0.95);
            claims.add(new RelationClaim(payer, RelationType.TRANSFERRED_TO, payee, props, ev));
            if (otherHolder != null) {
                claims.add(new RelationClaim(otherHolder, RelationType.HOLDS_ACCOUNT, other, Map.of(), ev));
            }
            EntityRef payerParty = outgoing ? holder : (otherHolder != null ? otherHolder : other.label() == NodeLabel.Person ? other : null);
            EntityRef payeeParty = outgoing ? (otherHolder != null ? otherHolder : other.label() == NodeLabel.Person ? other : null) : holder;
            if (payerParty != null && payeeParty != null && currency != null) {
                String via = (payer.label() == NodeLabel.BankAccount ? payer.name() : "cash") + " -> " + payee.name();
                agg.computeIfAbsent(payerParty.key() + ">" + payeeParty.key() + ">" + currency,
                        k -> new Aggregate(payerParty, payeeParty, currency, via, g.index())).add(amount, isoDate, g.cell(r, ref));
            }
        }
    }

    /** Header row of the transaction table, or -1. */
    private static int header(SheetGrid g) {
        for (int r = 0; r < g.text().size(); r++) {
            String row = String.join("|", g.text().get(r)).toLowerCase(Locale.ROOT);
            if (row.contains("date") && (row.contains("debit") || row.contains("credit")) && row.contains("description")) {
                return r;
            }
        }
        return -1;
    }

    private static int column(SheetGrid g, int h, String... names) {
        List<String> cells = g.text().get(h);
        for (String n : names) {
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).toLowerCase(Locale.ROOT).equals(n)) {
                    return c;
                }
            }
        }
        for (String n : names) {
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).toLowerCase(Locale.ROOT).startsWith(n)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The value next to a label in the preamble rows. */
    private static String labelled(SheetGrid g, int h, String... labels) {
        for (int r = 0; r < h; r++) {
            List<String> cells = g.text().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).toLowerCase(Locale.ROOT);
                for (String l : labels) {
                    if (cell.equals(l)) {
                        for (int v = c + 1; v < cells.size(); v++) {
                            if (!cells.get(v).isBlank()) {
                                return cells.get(v);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String institution(SheetGrid g, int h) {
        for (int r = 0; r < h; r++) {
            String row = String.join(" ", g.text().get(r));
            Matcher m = Pattern.compile("\\b(ABA|ACLEDA|Wing)\\b").matcher(row);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A company (with legal form) or a person named in a text. */
    static EntityRef party(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String w = written.strip();
        if (!CompanyExtractor.withoutLegalSuffix(w).equals(w)) {
            return CompanyExtractor.company(CompanyExtractor.withoutLegalSuffix(w));
        }
        return PersonNameExtractor.personFromWritten(w.replaceAll("\\(.*\\)", "").strip());
    }

    /** The holder named in a transfer description around its account number. */
    private static EntityRef holderIn(String description) {
        for (String part : description.split("/")) {
            String p = part.replaceAll("(?i)^\\s*(TRF FROM|TRF TO|TRANSFER FROM|TRANSFER TO|WING TRANSFER|FROM|TO)\\s+", "").strip();
            if (p.isEmpty() || p.matches(".*\\d.*")) {
                continue;
            }
            EntityRef e = party(p);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static String isoDate(String s) {
        try {
            return LocalDate.parse(s.strip(), DAY_FIRST).toString();
        } catch (RuntimeException e) {
            return s;
        }
    }

    private static final class Aggregate {
        final EntityRef payer;
        final EntityRef payee;
        final String currency;
        final String via;
        final int sheet;
        double total;
        final List<String> dates = new ArrayList<>();
        final List<String> txns = new ArrayList<>();

        Aggregate(EntityRef payer, EntityRef payee, String currency, String via, int sheet) {
            this.payer = payer;
            this.payee = payee;
            this.currency = currency;
            this.via = via;
            this.sheet = sheet;
        }

        void add(double amount, String date, String txn) {
            total += amount;
            dates.add(date);
            txns.add(txn);
        }
    }
}
