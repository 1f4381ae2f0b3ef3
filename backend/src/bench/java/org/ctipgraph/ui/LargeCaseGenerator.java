package org.ctipgraph.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.ctipgraph.extraction.EntityMention;
import org.ctipgraph.extraction.EntityRef;
import org.ctipgraph.extraction.Evidence;
import org.ctipgraph.extraction.Extraction;
import org.ctipgraph.extraction.PageText;
import org.ctipgraph.extraction.RelationClaim;
import org.ctipgraph.graph.DocumentGraphWriter;
import org.ctipgraph.graph.GraphIds;
import org.ctipgraph.ingest.DocumentStatus;
import org.ctipgraph.ingest.ParsedDocument;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;
import org.neo4j.driver.Driver;

/**
 * A seeded, fictional broker network of a given size, written through the product's {@link DocumentGraphWriter}
 * as the extraction of one report: {@code hubs} brokers, each with its own spokes (recruits, phones, accounts,
 * companies), and further links from spokes to other brokers until there are {@code relations} facts. Every
 * fact touches a broker, so the neighbourhoods of the brokers are the whole case: the graph explorer holds all
 * of it after expanding them.
 */
final class LargeCaseGenerator {
    private static final String SHA256 = "b".repeat(64);
    private static final List<NodeLabel> SPOKES = List.of(NodeLabel.Person, NodeLabel.Person, NodeLabel.Person,
            NodeLabel.PhoneNumber, NodeLabel.BankAccount, NodeLabel.Company);
    private static final List<RelationType> BETWEEN_PERSONS = List.of(RelationType.RECRUITED, RelationType.TRANSPORTED,
            RelationType.HARBOURED, RelationType.COMMUNICATED_WITH);

    /** What was written: the case and the ids of its brokers (the entities to expand). */
    record LargeCase(String caseId, int entities, int relations, List<String> hubIds) {
    }

    private final SplittableRandom random;

    LargeCaseGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    LargeCase write(Driver driver, String caseId, int entities, int relations, int hubs) {
        List<EntityRef> brokers = new ArrayList<>();
        for (int i = 0; i < hubs; i++) {
            brokers.add(new EntityRef(NodeLabel.Person, "broker " + i, "BROKER No" + i, Map.of()));
        }
        List<EntityRef> spokes = new ArrayList<>();
        for (int i = 0; i < entities - hubs; i++) {
            spokes.add(spoke(i));
        }
        List<EntityMention> mentions = new ArrayList<>();
        brokers.forEach(b -> mentions.add(new EntityMention(b, b.name(), "recruiter", evidence(mentions.size()))));
        spokes.forEach(s -> mentions.add(new EntityMention(s, s.name(), null, evidence(mentions.size()))));

        List<RelationClaim> facts = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < spokes.size(); i++) {
            addFact(facts, pairs, brokers.get(i % hubs), spokes.get(i));
        }
        while (facts.size() < relations) {
            EntityRef broker = brokers.get(random.nextInt(hubs));
            EntityRef other = random.nextInt(50) == 0 ? brokers.get(random.nextInt(hubs)) : spokes.get(random.nextInt(spokes.size()));
            if (!broker.equals(other)) {
                addFact(facts, pairs, broker, other);
            }
        }
        ParsedDocument report = new ParsedDocument(SHA256, "generated-network-report.txt", null, null, "text/plain", 1000,
                DocumentStatus.INGESTED, null, null, List.of(), List.of(new PageText(1, "generated ".repeat(100))), Map.of(), "en");
        new DocumentGraphWriter(driver, null).write(new DocumentGraphWriter.DocumentTree(caseId, List.of(report),
                Map.of(SHA256, new Extraction(mentions, facts)), null));
        return new LargeCase(caseId, entities, facts.size(), brokers.stream().map(b -> GraphIds.entity(caseId, b)).toList());
    }

    private EntityRef spoke(int i) {
        NodeLabel label = SPOKES.get(random.nextInt(SPOKES.size()));
        return switch (label) {
            case PhoneNumber -> {
                String e164 = "+8551" + String.format("%08d", i);
                yield new EntityRef(label, e164, e164, Map.of("e164", e164));
            }
            case BankAccount -> new EntityRef(label, "acct:" + (100_000_000 + i), "ACLEDA " + (100_000_000 + i), Map.of());
            case Company -> new EntityRef(label, "company " + i, "Company No" + i + " Co., Ltd.", Map.of());
            default -> new EntityRef(label, "person " + i, "PERSON No" + i, Map.of());
        };
    }

    /** One fact per ordered pair, with a type that suits the other end. */
    private void addFact(List<RelationClaim> facts, Set<String> pairs, EntityRef broker, EntityRef other) {
        if (!pairs.add(broker.key() + "|" + other.key())) {
            return;
        }
        RelationType type = switch (other.label()) {
            case PhoneNumber -> RelationType.USES_PHONE;
            case BankAccount -> RelationType.HOLDS_ACCOUNT;
            case Company -> RelationType.DIRECTS;
            default -> BETWEEN_PERSONS.get(random.nextInt(BETWEEN_PERSONS.size()));
        };
        double confidence = 0.5 + random.nextInt(50) / 100.0;
        Evidence e = evidence(facts.size());
        facts.add(new RelationClaim(broker, type, other, Map.of(), new Evidence(e.documentSha256(), 1, e.start(), e.end(),
                "generated fact " + facts.size(), e.extractor(), e.extractorVersion(), confidence)));
    }

    private static Evidence evidence(int n) {
        return new Evidence(SHA256, 1, n % 900, n % 900 + 9, "generated mention " + n, "LargeCaseGenerator", "1", 0.9);
    }
}
