package org.ctipgraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctipgraph.schema.NodeLabel;

/**
 * Cambodian number plates ({@code 2A-6093}, {@code 2AB-1234}), with the province written before
 * them when there is one ("Preah Sihanouk 2A-6093" is one mention, not also a place). The key is
 * the plate without its province, since the same van is written both ways.
 */
public final class VehicleExtractor implements MentionExtractor {
    private static final Pattern PLATE = Pattern.compile("(?<![\\w-])(\\d[A-Z]{1,2}-\\d{4})(?![\\w-])");

    private final Gazetteer gazetteer;

    public VehicleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> scan(PageView page, ExtractionContext context) {
        String text = page.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = PLATE.matcher(text);
        while (m.find()) {
            String plate = m.group(1);
            int start = m.start();
            String province = null;
            for (Gazetteer.Match g : gazetteer.find(text.substring(Math.max(0, start - 40), start))) {
                int abs = Math.max(0, start - 40) + g.end();
                if (abs == start - 1 && g.place().kind().equals("province")) {
                    start = Math.max(0, start - 40) + g.start();
                    province = g.place().name();
                }
            }
            EntityRef ref = new EntityRef(NodeLabel.Vehicle, "plate:" + plate, plate,
                    province == null ? Map.of("plate", plate) : Map.of("plate", plate, "province", province));
            out.add(new Candidate(ref, start, m.end(), null, name(), 0.9, 7));
        }
        return out;
    }
}
