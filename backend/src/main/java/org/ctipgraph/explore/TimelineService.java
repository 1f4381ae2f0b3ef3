package org.ctipgraph.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ctipgraph.analysis.projection.FactDates;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Dated facts (calls, transfers, arrests, recruitment, debts) for some entities or the whole case. Any fact
 * attribute holding an ISO date, or a list of them, becomes an event: importers name their dates
 * differently ({@code date}, {@code first}, {@code last}, {@code dates}, {@code as_of}), and a timeline
 * that knew only some names would silently drop the others.
 */
@Service
public class TimelineService {
    private static final int MAX_FACTS = 5000;
    private final CaseGraph graph;

    TimelineService(CaseGraph graph) {
        this.graph = graph;
    }

    /** @param entityIds entities whose facts to show; empty = the whole case */
    public TimelineView timeline(String caseId, List<String> entityIds) {
        List<Map<String, String>> entities = entityIds.stream()
                .flatMap(id -> EntityIds.label(id).map(l -> Map.of("id", id, "label", l)).stream()).toList();
        String cypher = entityIds.isEmpty() ? """
                MATCH (s:Entity {caseId: $caseId})-[r]->(o) WHERE r.sources IS NOT NULL
                RETURN s, r, o LIMIT $max
                """ : """
                UNWIND $entities AS ent
                MATCH (e:Entity {id: ent.id}) WHERE e.caseId = $caseId
                MATCH (e)-[r]-() WHERE r.sources IS NOT NULL
                WITH DISTINCT r LIMIT $max
                RETURN startNode(r) AS s, r, endNode(r) AS o
                """;
        List<Record> rows = graph.read(cypher, Map.of("caseId", caseId, "entities", entities, "max", MAX_FACTS), r -> r);
        List<TimelineView.Event> events = new ArrayList<>();
        for (Record row : rows) {
            Relationship r = row.get("r").asRelationship();
            Map<String, Object> attributes = Values.properties(r, Values.EVIDENCE_KEYS);
            GraphView.Node s = EntityService.node(row.get("s").asNode(), 0);
            GraphView.Node o = EntityService.node(row.get("o").asNode(), 0);
            attributes.forEach((key, value) -> {
                for (String date : FactDates.isoDates(value)) {
                    events.add(new TimelineView.Event(date, key, r.type(), r.get("id").asString(null), s, o, attributes));
                }
            });
        }
        events.sort(Comparator.comparing(TimelineView.Event::date).thenComparing(TimelineView.Event::type));
        return new TimelineView(events, rows.size() >= MAX_FACTS);
    }
}
