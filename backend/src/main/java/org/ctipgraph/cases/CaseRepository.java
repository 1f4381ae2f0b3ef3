package org.ctipgraph.cases;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface CaseRepository extends Neo4jRepository<CaseNode, String> {
}
