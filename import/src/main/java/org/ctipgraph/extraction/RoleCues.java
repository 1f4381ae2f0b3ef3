package org.ctipgraph.extraction;

import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * The role a document gives a person, from the words right before the name or the clause around it.
 * Only cues that are hard to misread are used (police ranks, "Caseworker", "Witness", "Deputy
 * Prosecutor", "Owner:", "driver"); anything else stays {@code null} rather than guessed.
 */
final class RoleCues {
    private static final Pattern OFFICER = Pattern.compile(
            "(?i)(Pol\\.|Lt\\.|Col\\.|Maj\\.|Capt\\.|Gen\\.|Sgt\\.|officer:?|Prosecutor|Judge|Interviewed by|led by)\\s*$");
    private static final Pattern NGO = Pattern.compile("(?i)(Caseworker|social worker|counsellor)[:\\s]*$");
    private static final Pattern WITNESS = Pattern.compile("(?i)(Witness|tuk-tuk driver)[:\\s]*$");
    private static final Pattern OWNER = Pattern.compile("(?i)(Owner)[:\\s]*$");
    private static final Pattern DRIVER = Pattern.compile("(?i)\\bdriver (?:they knew as |called |named )?$");
    private static final Pattern ARRESTED_AFTER = Pattern.compile("(?i)^[^.]{0,160}\\bwas arrested\\b");
    private static final Pattern ARRESTED_BEFORE = Pattern.compile("(?i)(Arrested|Person arrested)[:\\s]*$");

    private RoleCues() {
    }

    static String roleOf(String text, Candidate c) {
        if (c.entity().label() != NodeLabel.Person) {
            return null;
        }
        String before = text.substring(Math.max(0, c.start() - 40), c.start());
        if (OFFICER.matcher(before).find()) {
            return "officer";
        }
        if (NGO.matcher(before).find()) {
            return "ngo_worker";
        }
        if (WITNESS.matcher(before).find()) {
            return "bystander";
        }
        if (OWNER.matcher(before).find()) {
            return "owner";
        }
        if (DRIVER.matcher(before).find()) {
            return "driver";
        }
        if (ARRESTED_BEFORE.matcher(before).find()
                || ARRESTED_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 200))).find()) {
            return "suspect";
        }
        return null;
    }
}
