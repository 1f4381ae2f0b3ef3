package org.ctipgraph.extraction;

import java.util.HashMap;
import java.util.Map;
import org.ctipgraph.schema.NodeLabel;
import org.ctipgraph.schema.RelationType;

/** Builds relation claims that quote the sentence (or row, message) around a span. */
final class Claims {
    private Claims() {
    }

    static RelationClaim of(PageView page, DocumentText doc, String extractor, int start, int end, EntityRef subject,
                            RelationType type, EntityRef object, Map<String, Object> props) {
        Evidence ev = page.evidence(doc.sha256(), start, end, extractor, "1", 0.7);
        return new RelationClaim(subject, type, object, new HashMap<>(props), ev);
    }

    /** A person, or a Telegram handle standing for one. */
    static boolean isParty(EntityRef e) {
        return e.label() == NodeLabel.Person || e.label() == NodeLabel.OnlineAccount;
    }

    static boolean isPlace(EntityRef e) {
        return e.label() == NodeLabel.Location || e.label() == NodeLabel.BrickKiln;
    }
}
