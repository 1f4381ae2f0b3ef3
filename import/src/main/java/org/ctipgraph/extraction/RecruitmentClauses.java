package org.ctipgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.RelationType;

/**
 * {@code RECRUITED}: how a victim came to the recruiter, told from either side. The victim tells it as contact
 * made ("Y wrote to X", "Y answered ... through X", "Y applied ... with X", "Y was contacted ... by X"); a police
 * report as the recruiter's act ("X recruited / lured / hired Y"). The one who answered an advertisement is the
 * recruit, so the recruiter is the party named after the cue and the recruits are the subjects before it.
 */
final class RecruitmentClauses {
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)\\b(?:wrote to|messaged|answered\\b[^.]{0,50}?\\b(?:through|from|of)|(?:was|were)\\s+(?:contacted|recruited|approached|lured)\\b[^.]{0,40}?\\bby|applied\\b[^.]{0,40}?\\b(?:through|to|with))");
    private static final Pattern RECRUITED = Pattern.compile("(?i)\\b(?:recruited|lured|hired|enticed)\\b");

    private RecruitmentClauses() {
    }

    static void read(Clause c, ClauseClaims claims) {
        String text = c.text();
        String sentence = c.sentence();
        Matcher cue = CONTACT.matcher(sentence);
        while (cue.find()) {
            int v = c.start() + cue.start();
            int after = c.start() + cue.end();
            Party recruiter = c.parties().stream().filter(r -> r.named() && r.start() >= after).findFirst().orElse(null);
            if (recruiter == null || recruiter.start() - after > 60) {
                continue;
            }
            for (Party recruit : c.parties()) {
                if (recruit.end() <= v && recruit.nominative() && !text.substring(recruit.end(), v).contains(",")) {
                    claims.add(c, recruiter, RelationType.RECRUITED, recruit);
                }
            }
        }
        Matcher active = RECRUITED.matcher(sentence);
        while (active.find()) {
            int v = c.start() + active.start();
            if (sentence.substring(Math.max(0, active.start() - 5), active.start()).matches("(?i).*(was|were) ")) {
                continue; // passive: read as contact above
            }
            Party recruiter = c.subjectBefore(v);
            int after = c.start() + active.end();
            Party recruit = c.parties().stream().filter(r -> r.start() >= after && r.objective()).findFirst().orElse(null);
            if (recruiter != null && recruit != null && recruit.start() - after <= 2) {
                claims.add(c, recruiter, RelationType.RECRUITED, recruit);
            }
        }
    }
}
