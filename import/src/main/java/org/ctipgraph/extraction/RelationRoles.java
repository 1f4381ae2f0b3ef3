package org.ctipgraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctipgraph.schema.NodeLabel;

/**
 * The role a document gives a person, read off the relations the same document states about them:
 * whoever it says recruited someone is a recruiter there, whoever was recruited, moved, harboured or
 * exploited is a victim, and so on. Used only where the words around a name ({@link RoleCues}) say
 * nothing, and never across documents: a role is a claim of one document.
 */
final class RelationRoles {
    private RelationRoles() {
    }

    /** Person key to role, from one document's claims. */
    static Map<String, String> of(List<RelationClaim> claims) {
        Map<String, String> roles = new HashMap<>();
        for (RelationClaim c : claims) {
            String subject = switch (c.type()) {
                case RECRUITED -> "recruiter";
                case TRANSPORTED, DROVE -> "driver";
                case HARBOURED, ARRESTED_IN -> "suspect";
                case DIRECTS -> "director";
                case ARRESTED, INTERVIEWED, REFERRED -> "officer";
                case OWNS -> c.object().label() == NodeLabel.BrickKiln ? "kiln_owner" : null;
                case EXPLOITED_AT -> "victim";
                default -> null;
            };
            String object = switch (c.type()) {
                case RECRUITED, TRANSPORTED, HARBOURED -> "victim";
                case ARRESTED -> "suspect";
                default -> null;
            };
            if (subject != null && c.subject().label() == NodeLabel.Person) {
                roles.putIfAbsent(c.subject().key(), subject);
            }
            if (object != null && c.object().label() == NodeLabel.Person) {
                roles.putIfAbsent(c.object().key(), object);
            }
        }
        return roles;
    }
}
