package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/**
 * {@code TRANSPORTED} for a trip a page tells without its driver ("Both were driven from Kep on 8 May 2025"): a
 * victim's statement rarely knows the driver, while the driver's own statement on the same page says where he
 * drives people from ("He admits driving girls from Kep and Takeo"). The trip goes to the one person the page has
 * driving people from the place it left; with no such driver, or several, it names nobody. Read page by page:
 * {@link #note} every clause, then {@link #claimDrivers}.
 */
final class DriverlessTrips {
    /** A driver's own trips: "driving girls from Kep", "drove workers from the bus station". */
    private static final Pattern DRIVES = Pattern.compile("(?i)\\b(?:drove|drives|driving|drive)\\b");
    /** Right before a place a trip leaves from, or the next place of the same list ("from Kep and Takeo"). */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");

    /** People moved in a sentence that names no driver, the place they left, and where the sentence starts. */
    private record Trip(List<EntityRef> people, String from, int sentenceStart) {
    }

    private final List<Trip> trips = new ArrayList<>();
    private final Map<String, Set<EntityRef>> driversFrom = new HashMap<>();

    /** Keeps the clause's trip without a driver, if it tells one, and the places its subject drives people from. */
    void note(Clause c) {
        trip(c);
        drivesFrom(c);
    }

    private void trip(Clause c) {
        String sentence = c.sentence();
        Matcher passive = TransportClauses.PASSIVE_MOVE.matcher(sentence);
        if (!passive.find() || sentence.indexOf(" by ", passive.end()) >= 0) {
            return;
        }
        int v = c.start() + passive.start();
        String from = departures(c.text(), c.start() + passive.end(), c.mentions()).stream().findFirst().orElse(null);
        List<EntityRef> people = new ArrayList<>();
        c.parties().stream().filter(r -> r.end() <= v && r.nominative()).forEach(r -> people.addAll(r.entities()));
        if (from != null && !people.isEmpty()) {
            trips.add(new Trip(List.copyOf(people), from, c.start()));
        }
    }

    /** "He admits ... driving girls from Kep and Takeo": the sentence's subject drives people from each place named. */
    private void drivesFrom(Clause c) {
        Matcher drives = DRIVES.matcher(c.sentence());
        Party subject = c.parties().isEmpty() ? null : c.parties().get(0);
        while (drives.find() && subject != null && subject.nominative() && subject.end() <= c.start() + drives.start()) {
            int after = c.start() + drives.end();
            int end = Math.min(c.end(), after + 60);
            for (String place : departures(c.text(), after, c.mentions().stream().filter(m -> m.start() < end).toList())) {
                subject.entities().forEach(e -> driversFrom.computeIfAbsent(place, k -> new LinkedHashSet<>()).add(e));
            }
        }
    }

    /** Keys of the places named after "from" from offset {@code after} on, with the rest of their list ("from Kep and Takeo"). */
    private static List<String> departures(String text, int after, List<Candidate> in) {
        List<String> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : in) {
            if (c.start() < after || !Claims.isPlace(c.entity())) {
                continue;
            }
            boolean listed = previous != null && text.substring(previous.end(), c.start()).matches(",? (?:and |or )?|, ");
            if (listed || FROM.matcher(text.substring(Math.max(after, c.start() - 12), c.start())).find()) {
                out.add(c.entity().key());
                previous = c;
            } else if (previous != null) {
                break;
            }
        }
        return out;
    }

    /** Each noted trip to the one driver the page has driving people from where it left. */
    void claimDrivers(ClauseClaims claims) {
        for (Trip trip : trips) {
            Set<EntityRef> drivers = driversFrom.getOrDefault(trip.from(), Set.of());
            if (drivers.size() != 1) {
                continue;
            }
            EntityRef driver = drivers.iterator().next();
            for (EntityRef person : trip.people()) {
                if (!person.key().equals(driver.key()) && person.label() == NodeLabel.Person) {
                    claims.add(trip.sentenceStart(), trip.sentenceStart() + 1, driver, RelationType.TRANSPORTED, person);
                }
            }
        }
    }
}
