/**
 * Entity resolution: when two written forms are the same node, and when they are only a
 * suggestion.
 *
 * <h2>Automatic merges (natural keys)</h2>
 * Two mentions are the same graph node only when their {@link org.ctipgraph.extraction.EntityRef}
 * keys are equal. The keys are built so that equality is defensible in court:
 * <ul>
 *   <li><b>PhoneNumber</b>: the E.164 number (libphonenumber; Cambodia as default region). Every
 *       written form of one number is one node. A phone is never a person: two people who share
 *       it stay two people linked to one phone.</li>
 *   <li><b>BankAccount</b>: the account number's digits ({@code acct:002418733}); the institution is
 *       a property, because documents often omit it. TRC-20 wallets: the full address. An
 *       abbreviated address ({@code TGmfFu...vqNQ}) joins a full one only when exactly one known
 *       address has that head and tail.</li>
 *   <li><b>Vehicle</b>: the plate without its province ({@code 2A-6093}).</li>
 *   <li><b>Person</b> (full names only): family name plus given name, lower-cased, split given
 *       names joined ({@code person:khiev sreyleak} for "KHIEV Sreyleak", "KHIEV SREYLEAK",
 *       "Khiev Srey Leak", "Sreyleak Khiev"). Same spelling of both names, nothing looser.</li>
 *   <li><b>Company</b>: the name without its legal form, lower-cased ("Sunrise Career Link" =
 *       "SUNRISE CAREER LINK CO., LTD."); <b>BrickKiln</b>: the name without "Brick Kiln";
 *       <b>Location</b>: the gazetteer entry (all listed spellings of one place).</li>
 * </ul>
 * Nicknames, given names alone, chat display names and script forms (Khmer, Chinese) get a key
 * scoped to their document. Inside one document they join a full name only on an explicit textual
 * cue ("known as", "believed to be", "(...)" right after the name, an "Other names" cell); across
 * documents they are never merged. {@link org.ctipgraph.resolution.IdentityLinks} links such an alias
 * to the one full name the case's documents tie it to (a form bound to it elsewhere, a shared handle, a
 * given name plus a shared phone); analysis treats a link as one actor unless an investigator rejects it.
 *
 * <h2>Suggestions</h2>
 * {@link org.ctipgraph.resolution.EntityResolver} proposes {@code SAME_AS} pairs with a score and
 * reasons: romanisation variants by token-sorted Jaro-Winkler ≥ 0.86 within blocks (family name,
 * name-token prefixes), a given name or nickname to the full name it was seen with elsewhere, the
 * same nickname in two documents. An investigator confirms or rejects each; nothing is applied.
 */
package org.ctipgraph.resolution;
