package org.ctipgraph.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctipgraph.evidence.EvidenceGraphReader.Victim;

/**
 * Stable pseudonyms ({@code V-01}, {@code V-02}, …) for the victims of a case whose identity a package
 * must not show: minors always unless minor identities are explicitly included, adults unless identities
 * are. Victims on the chart are numbered first, in chart order, then every other victim of the case by id
 * (a quote may name a victim who is not on the chart). Entities confirmed to be the same victim share the
 * pseudonym, and so do the phones they use ({@code V-01-phone-1}).
 */
final class VictimPseudonyms {
    private final Map<String, String> byEntity = new LinkedHashMap<>();
    private final Map<String, Victim> victimsByPseudonym = new LinkedHashMap<>();
    private final Redactor redactor;

    VictimPseudonyms(List<Victim> victims, List<String> chartOrder, List<String> otherNames, boolean includeIdentities,
                     boolean includeMinorIdentities) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < chartOrder.size(); i++) {
            position.putIfAbsent(chartOrder.get(i), i);
        }
        List<Victim> hidden = victims.stream()
                .filter(v -> v.minor() ? !(includeIdentities && includeMinorIdentities) : !includeIdentities)
                .sorted(Comparator.comparingInt((Victim v) -> firstPosition(v, position)).thenComparing(Victim::id)).toList();
        List<Redactor.Protected> people = new ArrayList<>();
        List<String> names = new ArrayList<>(otherNames);
        for (Victim v : victims) {
            if (!hidden.contains(v)) {
                names.addAll(v.surfaces());
            }
        }
        for (int i = 0; i < hidden.size(); i++) {
            Victim v = hidden.get(i);
            String pseudonym = String.format("V-%02d", i + 1);
            victimsByPseudonym.put(pseudonym, v);
            byEntity.putIfAbsent(v.id(), pseudonym);
            v.sameAs().forEach(id -> byEntity.putIfAbsent(id, pseudonym));
            for (int p = 0; p < v.phones().size(); p++) {
                byEntity.putIfAbsent(v.phones().get(p).id(), pseudonym + "-phone-" + (p + 1));
            }
            List<String> phones = v.phones().stream().flatMap(ph -> ph.surfaces().stream()).toList();
            people.add(new Redactor.Protected(pseudonym, v.surfaces(), phones, dates(v.birthDates()), v.birthYears()));
        }
        this.redactor = new Redactor(people, names);
    }

    /** The pseudonym that replaces this entity (a victim, an entity confirmed to be one, or a victim's phone). */
    Optional<String> of(String entityId) {
        return Optional.ofNullable(byEntity.get(entityId));
    }

    /** Whether the victim behind a pseudonym is a minor. */
    boolean minor(String pseudonym) {
        Victim v = victimsByPseudonym.get(pseudonym.replaceAll("-phone-\\d+$", ""));
        return v != null && v.minor();
    }

    List<String> pseudonyms() {
        return List.copyOf(victimsByPseudonym.keySet());
    }

    String redact(String text) {
        return redactor.redact(text);
    }

    private static int firstPosition(Victim v, Map<String, Integer> position) {
        int best = position.getOrDefault(v.id(), Integer.MAX_VALUE);
        for (String id : v.sameAs()) {
            best = Math.min(best, position.getOrDefault(id, Integer.MAX_VALUE));
        }
        return best;
    }

    private static List<LocalDate> dates(List<String> iso) {
        List<LocalDate> out = new ArrayList<>();
        for (String s : iso) {
            try {
                out.add(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                // a malformed value identifies no date; the name still protects the person
            }
        }
        return out;
    }
}
