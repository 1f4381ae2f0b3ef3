package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Relations stated in running text, read from cue words between two entity mentions of the same
 * sentence or register row, never from bare co-occurrence. Each claim quotes its sentence.
 * <ul>
 *   <li>{@code USES_PHONE}: a person or company, then within the sentence a phone cue ("mobile",
 *       "telephone", "Tel", "number", "from") right before the number, with no other person between;
 *       a "Telephone" field that opens a line with nobody named before it in its sentence belongs to the
 *       company whose register section is open (a heading line naming it, even on an earlier page) or,
 *       in a witness or client record, to the record's subject; "his / her own number" is left to
 *       {@link OwnNumberClauses}, which knows whom the pronoun means; every number of a list
 *       ("telephones 012 ... (WeChat) and 096 ...") is the holder's of the first;</li>
 *   <li>{@code DIRECTS}: "X, ... director of Y" in a sentence, or a register row "X Director ..." under
 *       the company heading it belongs to;</li>
 *   <li>{@code OWNS}: a register row "X 600 60%" (shares, holding) under its company heading.</li>
 * </ul>
 */
public final class TextRelationExtractor {
    static final String NAME = "TextRelationExtractor";
    private static final Pattern PHONE_CUE = Pattern.compile(
            "(?i)(mobile|telephones?|tel\\.?|phone|number|called (?:him|her|me) (?:several times )?from|calls me from)[\\s:,]*(?:\\(?[\\w]*\\)?[\\s,]*)?$");
    private static final Pattern DIRECTOR_OF = Pattern.compile("(?i)\\b(director|chairman|managing director)(?: and director)? of\\s*$");
    private static final Pattern DIRECTOR_ROW = Pattern.compile("^\\s*(Chairman and Director|Managing Director|Director|Chairman)\\b");
    private static final Pattern SHARES_ROW = Pattern.compile("^\\s*[\\d,.]+\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    static final Pattern POSSESSIVE_PHONE = Pattern.compile(
            "(?i)\\b(his|her|my|their)\\s+(?:own\\s+)?(?:\\p{L}+\\s+)?(?:number|phone|mobile|telephone)(?:\\s+(?:was|is|number))?[\\s:,]*\\(?$");
    private static final Pattern PHONE_LIST = Pattern.compile("^(?: \\([^()]{1,30}\\))?(?:,| and| or| /|, and)? ?$");
    private static final Pattern FIELD_LABEL = Pattern.compile("(?i)^(?:mobile|telephones?|tel\\.?|phone)\\b");
    private static final Pattern ENUMERATION = Pattern.compile("^[\\s\\d.()]*$");

    /**
     * What a register carries from one page to the next: the company whose section is open. One per
     * document, used page after page in reading order.
     */
    static final class Register {
        private EntityRef section;
        private EntityRef heading;
    }

    /** Claims on one page from its settled mentions, the page read on its own. */
    public List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText document) {
        return find(page, mentions, document, new Register());
    }

    /** Claims on one page, continuing the register section the previous page left open. */
    List<RelationClaim> find(PageView page, List<Candidate> mentions, DocumentText document, Register register) {
        List<RelationClaim> out = new ArrayList<>();
        String text = page.text();
        usesPhone(page, mentions, document, out, register);
        EntityRef section = register.section;
        for (int i = 0; i < mentions.size(); i++) {
            Candidate c = mentions.get(i);
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
            boolean party = c.entity().label() == NodeLabel.Person || c.entity().label() == NodeLabel.Company;
            Matcher shares = SHARES_ROW.matcher(after);
            if (party && section != null && shares.find() && !c.entity().key().equals(section.key())) {
                out.add(claim(page, document, c, RelationType.OWNS, section, Map.of("share", shares.group(1) + "%")));
                continue;
            }
            Matcher director = DIRECTOR_ROW.matcher(after);
            if (c.entity().label() == NodeLabel.Person && section != null && director.find()) {
                out.add(claim(page, document, c, RelationType.DIRECTS, section, Map.of("position", director.group(1))));
                continue;
            }
            if (c.entity().label() == NodeLabel.Company && !shares.find()) {
                section = c.entity();
                // "X, ..., director of Y": look back for the person in the same sentence.
                String before = text.substring(page.sentenceAt(c.start())[0], c.start());
                if (DIRECTOR_OF.matcher(before).find()) {
                    Candidate person = nearestBefore(mentions, i, NodeLabel.Person, page);
                    if (person != null) {
                        Matcher d = DIRECTOR_OF.matcher(before);
                        d.find();
                        out.add(claim(page, document, person, RelationType.DIRECTS, c.entity(), Map.of("position", d.group(1))));
                    }
                }
            }
        }
        register.section = section;
        return out;
    }

    private void usesPhone(PageView page, List<Candidate> mentions, DocumentText document, List<RelationClaim> out,
                           Register register) {
        String text = page.text();
        Candidate recordSubject = FormRelationExtractor.recordSubject(page, mentions);
        Candidate lastPhone = null;
        EntityRef lastHolder = null;
        for (int i = 0; i < mentions.size(); i++) {
            Candidate phone = mentions.get(i);
            if (phone.entity().label() == NodeLabel.Company && startsLine(page, phone.start())
                    && !SHARES_ROW.matcher(text.substring(phone.end(), Math.min(text.length(), phone.end() + 40))).find()) {
                register.heading = phone.entity();
            }
            if (phone.entity().label() != NodeLabel.PhoneNumber) {
                continue;
            }
            if (lastHolder != null && i > 0 && mentions.get(i - 1) == lastPhone
                    && PHONE_LIST.matcher(text.substring(lastPhone.end(), phone.start())).matches()) {
                // "telephones 012 ... (WeChat) and 096 ...": every number of the list is the same holder's
                out.add(Claims.of(page, document, NAME, phone.start(), phone.end(), lastHolder, RelationType.USES_PHONE,
                        phone.entity(), Map.of()));
                lastPhone = phone;
                continue;
            }
            lastHolder = null;
            String before = text.substring(Math.max(page.sentenceAt(phone.start())[0], phone.start() - 30), phone.start());
            Matcher cue = PHONE_CUE.matcher(before);
            if (!cue.find() || POSSESSIVE_PHONE.matcher(before).find()) {
                continue;
            }
            Candidate owner = null;
            for (int j = i - 1; j >= 0; j--) {
                Candidate c = mentions.get(j);
                if (c.start() < page.sentenceAt(phone.start())[0]) {
                    break;
                }
                boolean complement = text.substring(Math.max(0, c.start() - 4), c.start()).endsWith("of ");
                if (c.entity().label() == NodeLabel.Company && complement) {
                    continue; // "director of Neak Meas ..., mobile 011 ...": the number is the director's
                }
                if (c.entity().label() == NodeLabel.Person || c.entity().label() == NodeLabel.Company) {
                    owner = c;
                    break;
                }
            }
            if (owner != null && phone.start() - owner.end() <= 160) {
                out.add(claim(page, document, owner, RelationType.USES_PHONE, phone.entity(), Map.of()));
                lastHolder = owner.entity();
                lastPhone = phone;
            } else {
                Matcher label = FIELD_LABEL.matcher(before.substring(cue.start()));
                int labelAt = phone.start() - before.length() + cue.start();
                EntityRef holder = register.heading != null ? register.heading
                        : recordSubject != null && recordSubject.start() < phone.start() ? recordSubject.entity() : null;
                if (holder != null && label.find() && startsLine(page, labelAt)) {
                    out.add(Claims.of(page, document, NAME, phone.start(), phone.end(), holder, RelationType.USES_PHONE,
                            phone.entity(), Map.of()));
                    lastHolder = holder;
                    lastPhone = phone;
                }
            }
        }
    }

    /** Whether collapsed offset {@code at} opens a line of the original text (after an enumeration such as "3."). */
    static boolean startsLine(PageView page, int at) {
        String original = page.original();
        int os = page.originalStart(at);
        int lineStart = original.lastIndexOf('\n', Math.max(0, os - 1)) + 1;
        return lineStart <= os && ENUMERATION.matcher(original.substring(lineStart, os)).matches();
    }

    private static Candidate nearestBefore(List<Candidate> mentions, int i, NodeLabel label, PageView page) {
        int sentence = page.sentenceAt(mentions.get(i).start())[0];
        for (int j = i - 1; j >= 0 && mentions.get(j).start() >= sentence; j--) {
            if (mentions.get(j).entity().label() == label) {
                return mentions.get(j);
            }
        }
        return null;
    }

    private static RelationClaim claim(PageView page, DocumentText doc, Candidate subject, RelationType type, EntityRef object,
                                       Map<String, Object> props) {
        Evidence ev = page.evidence(doc.sha256(), subject.start(), subject.end(), NAME, "1", 0.7);
        return new RelationClaim(subject.entity(), type, object, new HashMap<>(props), ev);
    }
}
