package org.ctipgraph.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * Who moved whom and in what: {@code TRANSPORTED} from a movement verb between driver and passengers ("X drove /
 * brought / collected Y", "Y was collected ... by X"), and {@code DROVE} from a vehicle named right after "driving"
 * ("X, ..., driving the van PLATE"). The parties must stand at the verb (the passenger right after an active verb,
 * the driver a few words after "by"): verbs of moving also take places, times and goods, and only nearness tells
 * the person moved from anyone else the sentence names. A trip told without its driver is {@link DriverlessTrips}'.
 */
final class TransportClauses {
    static final Pattern PASSIVE_MOVE = Pattern.compile(
            "(?i)\\b(?:was|were)\\s+(?:collected|driven|brought|transported|picked up|carried|fetched|delivered|smuggled)\\b");
    private static final Pattern ACTIVE_MOVE = Pattern.compile(
            "(?i)(?<!was |were )\\b(?:drove|drives|driving|brought|collected|picked up|transported|carried|delivered|smuggled)\\b");
    private static final Pattern DRIVING = Pattern.compile("(?i)\\b(?:driving|drove|drives|driver of)\\b(?:\\s+(?:the|a|his|her))?[^.]{0,40}$");

    private TransportClauses() {
    }

    /** "Y was collected ... by X" and "X brought Y": X {@code TRANSPORTED} Y. */
    static void moved(Clause c, ClauseClaims claims) {
        String text = c.text();
        String sentence = c.sentence();
        Matcher passive = PASSIVE_MOVE.matcher(sentence);
        while (passive.find()) {
            int v = c.start() + passive.start();
            int by = sentence.indexOf(" by ", passive.end());
            if (by < 0) {
                continue;
            }
            Party driver = c.parties().stream().filter(r -> r.named() && r.start() > c.start() + by).findFirst().orElse(null);
            if (driver == null || driver.start() - (c.start() + by) > 50) {
                continue;
            }
            for (Party victim : c.parties()) {
                if (victim.end() <= v && victim.nominative()) {
                    claims.add(c, driver, RelationType.TRANSPORTED, victim);
                }
            }
        }
        Matcher active = ACTIVE_MOVE.matcher(sentence);
        while (active.find()) {
            int v = c.start() + active.start();
            int after = c.start() + active.end();
            Party driver = c.subjectBefore(v);
            Party victim = c.parties().stream().filter(r -> r.start() >= after && r.objective()).findFirst().orElse(null);
            if (driver != null && victim != null && victim.start() - after <= 2 && !possessive(text, victim)) {
                claims.add(c, driver, RelationType.TRANSPORTED, victim);
            }
        }
    }

    /** "X, ..., driving the Toyota Hiace PLATE": the last person named before "driving" {@code DROVE} the vehicle. */
    static void drove(Clause c, ClauseClaims claims) {
        String text = c.text();
        for (Candidate vehicle : c.mentions()) {
            if (vehicle.entity().label() != NodeLabel.Vehicle) {
                continue;
            }
            String before = text.substring(Math.max(c.start(), vehicle.start() - 60), vehicle.start());
            Matcher drove = DRIVING.matcher(before);
            if (drove.find()) {
                int v = vehicle.start() - before.length() + drove.start();
                Party driver = c.parties().stream()
                        .filter(r -> r.named() && r.end() <= v && r.entities().get(0).label() == NodeLabel.Person)
                        .reduce((a, b) -> b).orElse(null);
                if (driver != null) {
                    claims.add(vehicle, driver.entities().get(0), RelationType.DROVE, vehicle.entity());
                }
            }
        }
    }

    /** "brought their children", "collected her passport": a possessive, not the person moved. */
    private static boolean possessive(String text, Party p) {
        String w = text.substring(p.start(), p.end()).toLowerCase();
        return w.equals("their") || (w.equals("her") && text.substring(p.end()).matches("(?s)^ (?!and\\b|to\\b|in\\b|on\\b|at\\b|from\\b)\\p{Ll}+.*"));
    }
}
