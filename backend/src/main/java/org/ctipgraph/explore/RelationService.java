package org.ctipgraph.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Facts with their evidence. A fact keeps its evidence in parallel lists (one entry per source); this
 * service zips them into a list an investigator can read, with each document's name.
 */
@Service
public class RelationService {
    private final CaseGraph graph;

    RelationService(CaseGraph graph) {
        this.graph = graph;
    }

    /**
     * The fact with that id, if it belongs to the case. Relationship ids have no index yet, so this scans
     * relationships; fine for one case, and a relationship index on {@code id} is the fix if it shows.
     */
    public Optional<RelationView> relation(String caseId, String relationId) {
        return graph.read("""
                MATCH (s)-[r {id: $id}]->(o)
                WHERE r.caseId = $caseId AND r.sources IS NOT NULL
                WITH s, r, o LIMIT 1
                OPTIONAL MATCH (d:Document {caseId: $caseId}) WHERE d.sha256 IN r.sources
                RETURN s, r, o, COUNT { (s)-[x]-() WHERE x.sources IS NOT NULL } AS sDegree,
                       COUNT { (o)-[x]-() WHERE x.sources IS NOT NULL } AS oDegree,
                       collect([d.sha256, d.name]) AS names
                """, Map.of("id", relationId, "caseId", caseId), RelationService::toView).stream().findFirst();
    }

    private static RelationView toView(Record row) {
        Relationship r = row.get("r").asRelationship();
        Map<String, String> names = new HashMap<>();
        for (Value pair : row.get("names").values()) {
            if (!pair.get(0).isNull()) {
                names.put(pair.get(0).asString(), pair.get(1).asString(null));
            }
        }
        List<String> sources = Values.strings(r.get("sources"));
        List<RelationView.Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            evidence.add(new RelationView.Evidence(sources.get(i), names.get(sources.get(i)),
                    at(r, "pages", i, Integer.class), at(r, "spanStarts", i, Integer.class),
                    at(r, "spanEnds", i, Integer.class), at(r, "quotes", i, String.class),
                    at(r, "extractors", i, String.class), at(r, "confidences", i, Double.class)));
        }
        return new RelationView(r.get("id").asString(), r.type(),
                EntityService.node(row.get("s").asNode(), row.get("sDegree").asLong()),
                EntityService.node(row.get("o").asNode(), row.get("oDegree").asLong()),
                Values.doubleOrNull(r.get("confidence")), Values.properties(r, Values.EVIDENCE_KEYS), evidence);
    }

    /** Element i of a parallel list, or null when the list is missing or shorter (older data). */
    private static <T> T at(Relationship r, String key, int i, Class<T> type) {
        Value list = r.get(key);
        if (list.isNull() || list.size() <= i || list.get(i).isNull()) {
            return null;
        }
        Value v = list.get(i);
        Object o = type == Integer.class ? Integer.valueOf(v.asInt()) : type == Double.class ? Double.valueOf(v.asDouble())
                : v.asString();
        return type.cast(o);
    }
}
