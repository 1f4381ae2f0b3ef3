package org.ctipgraph.extraction;

/**
 * A span an extractor proposes before overlaps are settled. When candidates overlap, the longest
 * wins, then the one that starts first, then the higher priority (the same rule the truth format
 * uses, so "Koh Kong Horizon Trading Co., Ltd." is a company and not also the place "Koh Kong").
 *
 * @param entity     the entity meant
 * @param start      start offset in {@link PageView#text()}
 * @param end        end offset (exclusive)
 * @param role       role in this document, or {@code null}
 * @param extractor  the extractor's name
 * @param confidence 0..1
 * @param priority   tie-breaker between equal spans (higher wins)
 */
public record Candidate(EntityRef entity, int start, int end, String role, String extractor, double confidence,
                        int priority) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    public Candidate withEntity(EntityRef e) {
        return new Candidate(e, start, end, role, extractor, confidence, priority);
    }

    public Candidate withRole(String r) {
        return new Candidate(entity, start, end, r, extractor, confidence, priority);
    }
}
