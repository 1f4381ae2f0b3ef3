package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctipgraph.schema.RelationType;

/**
 * The claims the clauses of one page make, each subject, type and object once: the first clause that states a
 * relation is its evidence, and neither a later sentence nor {@link PlaceKeeperExtractor} claims it again. Every
 * claim is evidence of the {@link ClauseRelationExtractor}, whichever family of clauses read it.
 */
final class ClauseClaims {
    private final PageView page;
    private final DocumentText doc;
    private final List<RelationClaim> made = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    ClauseClaims(PageView page, DocumentText doc) {
        this.page = page;
        this.doc = doc;
    }

    /** Every entity the subject stands for to every one the object stands for, nobody to themself. */
    void add(Clause clause, Party subject, RelationType type, Party object) {
        for (EntityRef a : subject.entities()) {
            for (EntityRef b : object.entities()) {
                if (!a.key().equals(b.key())) {
                    // The span points the evidence at a written party when there is one, and keeps it in this sentence.
                    Candidate at = subject.anchor() != null ? subject.anchor() : object.anchor();
                    int start = subject.named() ? subject.start() : at != null ? object.start() : clause.start();
                    add(start, Math.max(start, Math.min(clause.end(), start + 1)), a, type, b);
                }
            }
        }
    }

    /** A claim whose evidence is the mention {@code at}. */
    void add(Candidate at, EntityRef subject, RelationType type, EntityRef object) {
        add(at.start(), at.end(), subject, type, object);
    }

    void add(int start, int end, EntityRef subject, RelationType type, EntityRef object) {
        if (seen.add(type + "|" + subject.key() + "|" + object.key())) {
            made.add(Claims.of(page, doc, ClauseRelationExtractor.NAME, start, end, subject, type, object, Map.of()));
        }
    }

    List<RelationClaim> made() {
        return made;
    }

    /** The relations claimed so far, as {@link PlaceKeeperExtractor} keys them. */
    Set<String> seen() {
        return seen;
    }
}
