package org.ctipgraph.extraction;

import java.util.List;

/**
 * A party to a clause: a named mention, or a pronoun ("he", "their", "I", "All three") standing for the named
 * parties it was resolved to. A verb cue asks of a party only where it stands and whether it can be the verb's
 * subject or object, so that "him" never drives and "he" is never driven.
 *
 * @param entities   the named parties meant: one for a name or "he", the pair or group for "they" and "Both"
 * @param start      start offset in {@link PageView#text()}
 * @param end        end offset (exclusive)
 * @param named      written as a name, not as a pronoun
 * @param nominative can be a subject ("he", "they", a name)
 * @param objective  can be an object ("him", "them", a name)
 * @param anchor     the mention it was resolved from, or {@code null} for the writer of an e-mail and a group
 */
record Party(List<EntityRef> entities, int start, int end, boolean named, boolean nominative, boolean objective,
             Candidate anchor) {
}
