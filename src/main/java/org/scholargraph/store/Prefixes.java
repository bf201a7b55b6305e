package org.scholargraph.store;

import java.util.Map;
import org.scholargraph.rdf.SG;

/** The prefixes a store starts with, so exports use readable names. */
final class Prefixes {
    static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("sg", SG.NS),
            Map.entry("id", SG.DEFAULT_BASE),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"));

    private Prefixes() {
    }
}
