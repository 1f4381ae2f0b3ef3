package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Trafficking-chain and procedural relations stated in one sentence of running text, read from verb cues between
 * the parties' mentions, never from bare co-occurrence. Each sentence is read as a {@link Clause} whose pronouns
 * {@link Antecedents} resolved where that is safe, and then by each family of cues:
 * <ul>
 *   <li>{@link TransportClauses}: {@code TRANSPORTED}, {@code DROVE}; {@link DriverlessTrips}: {@code TRANSPORTED}
 *       for a trip told without its driver;</li>
 *   <li>{@link RecruitmentClauses}: {@code RECRUITED};</li>
 *   <li>{@link HarbouringClauses}: {@code HARBOURED} for documents withheld, and {@link PlaceKeeperExtractor} for
 *       the keeper of a place where people were found held;</li>
 *   <li>{@link DebtAndPaymentClauses}: {@code OWES_DEBT_TO}, {@code PAID}, {@code HOLDS_ACCOUNT};</li>
 *   <li>{@link InstructionClauses}: {@code INSTRUCTED};</li>
 *   <li>{@link ArrestAndComplaintClauses}: {@code ARRESTED_IN}, {@code REPORTED};</li>
 *   <li>{@link OwnNumberClauses}: {@code USES_PHONE} for "his (her) own number".</li>
 * </ul>
 */
final class ClauseRelationExtractor {
    static final String NAME = "ClauseRelationExtractor";

    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc) {
        return find(page, mentions, doc, null);
    }

    /** Claims on one page; {@code writer} is whom "I" and "me" mean (an e-mail's sender), or {@code null}. */
    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText doc, EntityRef writer) {
        ClauseClaims claims = new ClauseClaims(page, doc);
        Antecedents antecedents = new Antecedents(page, mentions, writer);
        DriverlessTrips trips = new DriverlessTrips();
        InstructionClauses instructions = new InstructionClauses();
        // The families take turns in this order because it is the order of the claims, and a person's first relation
        // in a document decides their role there (RelationRoles).
        for (int[] s : page.sentences()) {
            Clause clause = antecedents.read(s);
            TransportClauses.moved(clause, claims);
            trips.note(clause);
            RecruitmentClauses.read(clause, claims);
            HarbouringClauses.read(clause, claims);
            DebtAndPaymentClauses.owed(clause, claims);
            instructions.read(clause, claims);
            ArrestAndComplaintClauses.reported(clause, claims);
            DebtAndPaymentClauses.paid(clause, claims);
            TransportClauses.drove(clause, claims);
            ArrestAndComplaintClauses.arrested(clause, mentions, claims);
            OwnNumberClauses.read(clause, claims);
        }
        trips.claimDrivers(claims);
        List<RelationClaim> out = new ArrayList<>(claims.made());
        out.addAll(PlaceKeeperExtractor.find(page, mentions, doc, claims.seen()));
        return out;
    }
}
