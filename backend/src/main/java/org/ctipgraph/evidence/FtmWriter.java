package org.ctipgraph.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code entities.ftm.json}: FollowTheMoney entities, one JSON object per line, as Aleph and OpenSanctions
 * exchange them ({@code {"id","schema","properties":{name:[values]}}}). Persons, companies (brick kilns too,
 * so they can be owned), addresses, vehicles, bank accounts, user accounts and source documents are
 * entities; facts become FtM interval schemata (Ownership, Directorship, Employment, Payment, Call, Family,
 * Associate, else UnknownLink with the relation as its role), each with its sources as {@code proof} and
 * its citations as {@code description}. FtM has no phone-number schema: a phone is a {@code phone} property
 * of its users, a call between phones is a {@code Call} with caller and receiver numbers, and any other fact
 * that ends on a phone is left to the other files.
 */
final class FtmWriter {
    /** Required properties per schema, from the FtM schema definitions (Thing requires a name). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Person", List.of("name")), Map.entry("Company", List.of("name")),
            Map.entry("Address", List.of("full")), Map.entry("Vehicle", List.of("name")),
            Map.entry("BankAccount", List.of("name")), Map.entry("UserAccount", List.of("username")),
            Map.entry("Event", List.of("name")), Map.entry("Document", List.of("fileName")),
            Map.entry("Ownership", List.of("owner", "asset")), Map.entry("Directorship", List.of("director", "organization")),
            Map.entry("Employment", List.of("employer", "employee")), Map.entry("Payment", List.of()),
            Map.entry("Call", List.of()), Map.entry("Family", List.of("person", "relative")),
            Map.entry("Associate", List.of("person", "associate")), Map.entry("UnknownLink", List.of("subject", "object")));
    private static final Map<String, String> NODE_SCHEMA = Map.of("Person", "Person", "Company", "Company",
            "BrickKiln", "Company", "Location", "Address", "Vehicle", "Vehicle", "BankAccount", "BankAccount",
            "OnlineAccount", "UserAccount", "Arrest", "Event");
    private static final Set<String> ORGANISATIONS = Set.of("Company", "BrickKiln");

    private FtmWriter() {
    }

    static byte[] write(PackageContent c) {
        Map<String, PackageContent.Node> nodes = new LinkedHashMap<>();
        c.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, List<String>> phonesOf = new HashMap<>();
        for (PackageContent.Link l : c.links()) {
            PackageContent.Node phone = nodes.get(l.target());
            if (l.type().equals("USES_PHONE") && phone != null && !phone.pseudonymised()) {
                phonesOf.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(phone.properties().getOrDefault("e164", phone.name()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (PackageContent.SourceDocument d : c.documents()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "fileName", d.name() == null ? d.sha256() : d.name());
            put(p, "title", d.name());
            put(p, "mimeType", d.mediaType());
            put(p, "fileSize", d.size() == null ? null : String.valueOf(d.size()));
            put(p, "notes", "SHA-256 " + d.sha256());
            entity(out, documentId(d.sha256()), "Document", p);
        }
        for (PackageContent.Node n : c.nodes()) {
            String schema = NODE_SCHEMA.get(n.label());
            if (schema == null) {
                continue;
            }
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "name", n.name());
            switch (schema) {
                case "Address" -> put(p, "full", n.name());
                case "UserAccount" -> put(p, "username", n.name());
                case "BankAccount" -> {
                    put(p, "accountNumber", n.properties().get("number"));
                    put(p, "bankName", n.properties().get("institution"));
                }
                case "Vehicle" -> put(p, "registrationNumber", n.properties().getOrDefault("plate", null));
                case "Person" -> {
                    phonesOf.getOrDefault(n.id(), List.of()).forEach(ph -> put(p, "phone", ph));
                    if (!n.pseudonymised()) {
                        for (String alias : n.properties().getOrDefault("aliases", "").split("; ")) {
                            put(p, "alias", alias);
                        }
                        for (String key : List.of("birthDates", "birthYears")) {
                            for (String v : n.properties().getOrDefault(key, "").split("; ")) {
                                put(p, "birthDate", v);
                            }
                        }
                    }
                }
                default -> { }
            }
            if (n.label().equals("BrickKiln")) {
                put(p, "notes", "brick kiln");
            }
            if (!n.roles().isEmpty()) {
                put(p, "keywords", String.join(", ", n.roles()));
            }
            entity(out, id(n.id()), schema, p);
        }
        for (PackageContent.Link l : c.links()) {
            link(out, l, nodes.get(l.source()), nodes.get(l.target()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void link(StringBuilder out, PackageContent.Link l, PackageContent.Node s, PackageContent.Node o) {
        if (s == null || o == null) {
            return;
        }
        Map<String, List<String>> p = new LinkedHashMap<>();
        boolean sPhone = s.label().equals("PhoneNumber");
        boolean oPhone = o.label().equals("PhoneNumber");
        String schema;
        if (l.type().equals("CALLED")) {
            schema = "Call";
            put(p, sPhone ? "callerNumber" : "caller", sPhone ? number(s) : id(s.id()));
            put(p, oPhone ? "receiverNumber" : "receiver", oPhone ? number(o) : id(o.id()));
            put(p, "startDate", l.attributes().get("first"));
            put(p, "endDate", l.attributes().get("last"));
        } else if (sPhone || oPhone) {
            return;
        } else if ((l.type().equals("TRANSFERRED_TO") || l.type().equals("PAID"))) {
            schema = "Payment";
            put(p, s.label().equals("BankAccount") ? "payerAccount" : "payer", id(s.id()));
            put(p, o.label().equals("BankAccount") ? "beneficiaryAccount" : "beneficiary", id(o.id()));
            put(p, "amount", l.attributes().getOrDefault("amount", l.attributes().get("amount_total")));
            put(p, "currency", l.attributes().get("currency"));
            put(p, "date", l.attributes().get("date"));
            put(p, "transactionNumber", l.attributes().get("txn_id"));
        } else if ((l.type().equals("OWNS") || l.type().equals("HOLDS_ACCOUNT"))
                && (ORGANISATIONS.contains(o.label()) || o.label().equals("BankAccount") || o.label().equals("Vehicle"))) {
            schema = "Ownership";
            put(p, "owner", id(s.id()));
            put(p, "asset", id(o.id()));
        } else if ((l.type().equals("DIRECTS") || l.type().equals("MANAGES")) && ORGANISATIONS.contains(o.label())) {
            schema = "Directorship";
            put(p, "director", id(s.id()));
            put(p, "organization", id(o.id()));
            put(p, "role", l.type().toLowerCase(java.util.Locale.ROOT));
        } else if (Set.of("EMPLOYED_BY", "WORKS_AT", "EXPLOITED_AT").contains(l.type()) && s.label().equals("Person")
                && ORGANISATIONS.contains(o.label())) {
            schema = "Employment";
            put(p, "employee", id(s.id()));
            put(p, "employer", id(o.id()));
            put(p, "role", l.type().toLowerCase(java.util.Locale.ROOT));
        } else if (l.type().equals("RELATED_TO") && s.label().equals("Person") && o.label().equals("Person")) {
            schema = "Family";
            put(p, "person", id(s.id()));
            put(p, "relative", id(o.id()));
        } else if (Set.of("COMMUNICATED_WITH", "INSTRUCTED", "EMAILED").contains(l.type()) && s.label().equals("Person")
                && o.label().equals("Person")) {
            schema = "Associate";
            put(p, "person", id(s.id()));
            put(p, "associate", id(o.id()));
            put(p, "relationship", l.type().toLowerCase(java.util.Locale.ROOT));
        } else {
            schema = "UnknownLink";
            put(p, "subject", id(s.id()));
            put(p, "object", id(o.id()));
            put(p, "role", l.type());
        }
        put(p, "summary", l.number() + " " + l.type());
        put(p, "description", GraphMlWriter.citations(l));
        l.citations().stream().map(PackageContent.Cite::sha256).distinct().forEach(sha -> put(p, "proof", documentId(sha)));
        entity(out, "ctip-link-" + l.number() + (l.factId() == null ? "" : "-" + l.factId()), schema, p);
    }

    private static String number(PackageContent.Node phone) {
        return phone.pseudonymised() ? phone.name() : phone.properties().getOrDefault("e164", phone.name());
    }

    private static void entity(StringBuilder out, String id, String schema, Map<String, List<String>> properties) {
        for (String required : REQUIRED.getOrDefault(schema, List.of())) {
            if (!properties.containsKey(required)) {
                throw new IllegalStateException("FtM " + schema + " " + id + " lacks required property " + required);
            }
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("schema", schema);
        e.put("properties", properties);
        out.append(PackageJson.line(e)).append('\n');
    }

    private static void put(Map<String, List<String>> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            List<String> values = p.computeIfAbsent(key, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    static String id(String nodeId) {
        return "ctip-" + nodeId.replace(':', '-');
    }

    private static String documentId(String sha) {
        return "ctip-doc-" + sha;
    }
}
