package org.scholargraph.rdf;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Mints the deterministic instance IRIs of ontology/README.md from normalised {@link Keys}: the same
 * name, title or venue always gives the same IRI under one base, whichever source it came from.
 */
public final class IriMinter {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])|'[0-9]{2}\\b");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}&&[^)]]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String base;
    private final VenueCatalog catalog;
    private final String scope;

    /**
     * @param base the namespace instance IRIs live in; an absolute IRI ending in '/' or '#'
     * @param catalog the venue series that make "NIPS" and "NeurIPS" one venue
     */
    public IriMinter(String base, VenueCatalog catalog) {
        this(checkedBase(base), catalog, null);
    }

    private IriMinter(String base, VenueCatalog catalog, String scope) {
        this.base = base;
        this.catalog = catalog;
        this.scope = scope;
    }

    /**
     * A minter whose people are the people of one source. A name is not a person: two sources
     * printing "Wei Wang" may mean two people, so each source's person nodes (and the nodes hanging
     * on a person: authorships, positions, talks…) carry the source's scope, "person/wei-wang~3fa2b1c0d4e5f607",
     * and the resolution step decides on evidence which of them are one canonical person.
     * Papers, venues and awards stay shared: a title or a catalogued venue names one thing.
     * The scope is 64 bits: with 32, two of 10^5 sources would share a scope more likely than
     * not (birthday bound, about 69%), and their same-named people would become one node.
     */
    public IriMinter scopedTo(String sourceGraph) {
        return new IriMinter(base, catalog, Keys.longHash(sourceGraph));
    }

    public String base() {
        return base;
    }

    /** A person as one source names them (scoped when this minter is). */
    public Node person(String name) {
        return iri("person/" + personKey(name));
    }

    /** A canonical person of the resolution graph, from the key of their preferred name. */
    public Node canonicalPerson(String key) {
        return iri("person/" + key);
    }

    /** The key of a person's name in this minter's scope: "will-grathwohl~3fa2b1c0d4e5f607". */
    public String personKey(String name) {
        return Keys.ofName(name) + (scope == null ? "" : "~" + scope);
    }

    public Node paper(String title) {
        return iri("paper/" + Keys.of(title));
    }

    public Node venue(VenueRef venue) {
        return iri("venue/" + venueKey(venue));
    }

    public Node edition(VenueRef venue, int year) {
        return iri("edition/" + editionKey(venue, year));
    }

    public Node award(AwardKind kind) {
        return iri("award/" + kind.key(this));
    }

    public Node authorship(String title, int ordinal, String name) {
        return iri("authorship/" + Keys.of(title) + "/" + ordinal + "/" + personKey(name));
    }

    /** @param edition the edition it was presented at, null when unknown */
    public Node presentation(String title, PresentationKind kind, VenueRef edition, Integer year) {
        String at = edition != null && year != null ? "/" + editionKey(edition, year) : "";
        return iri("presentation/" + Keys.of(title) + "/" + Keys.of(kind.label()) + at);
    }

    /**
     * One conferral of an award kind to a recipient. A nomination gets its own IRI so that a
     * source saying "nominated" never turns another source's win into a nomination.
     */
    public Node receipt(AwardKind kind, String recipientKey, Integer year, boolean nominee) {
        String y = year != null ? "/" + year : "";
        return iri("receipt/" + kind.key(this) + "/" + recipientKey + y + (nominee ? "/nomination" : ""));
    }

    /**
     * A talk: its speaker, title and, when known, year and host ("talk/will-grathwohl/<title-key>/2020/<host-key>").
     * The host is part of the key because people give the same talk at several places in a year.
     */
    public Node talk(String speaker, String title, Integer year, String host) {
        String hostKey = host == null || host.isBlank() ? "" : "/" + Keys.of(host);
        return iri("talk/" + personKey(speaker) + "/" + Keys.of(title) + (year != null ? "/" + year : "") + hostKey);
    }

    /**
     * A person's service in a role at a venue: keyed on the edition when the venue has a year, on
     * the series when not, and on person and role alone when no venue is named.
     */
    public Node service(String person, String role, VenueRef venue) {
        String at = "";
        if (venue != null) {
            Integer year = editionYear(venue);
            at = "/" + (year != null ? editionKey(venue, year) : venueKey(venue));
        }
        return iri("service/" + personKey(person) + "/" + Keys.of(role) + at);
    }

    /** A person's education at an institution, per degree when the source names one. */
    public Node education(String person, String institution, String degree) {
        return iri("education/" + personKey(person) + "/" + Keys.of(institution) + optional(degree));
    }

    /**
     * A person's position at an organisation, per role when the source names one and per start
     * year when known (people come back to the same role: two stints are two positions).
     */
    public Node employment(String person, String organisation, String role, Integer startYear) {
        return iri("employment/" + personKey(person) + "/" + Keys.of(organisation) + optional(role)
                + (startYear == null ? "" : "/" + startYear));
    }

    /** A title-less abstract one source shows, keyed by a hash of its text in the source's scope. */
    public Node paperAbstract(String text) {
        return iri("abstract/" + Keys.hash(text.strip()) + (scope == null ? "" : "~" + scope));
    }

    /** The series a venue reference belongs to, under the catalog's canonical names. */
    public VenueRef series(VenueRef venue) {
        VenueRef canonical = catalog.canonical(venue);
        if (catalog.lookup(canonical.label()).isPresent()) {
            return canonical.withYear(null);
        }
        // Unknown series: "Workshop on X 2021" names the series "Workshop on X".
        return new VenueRef(withoutYear(canonical.shortName()), withoutYear(canonical.longName()), null);
    }

    /** The edition year a venue reference carries, in its year field or its name ("ICML 2021"). */
    public Integer editionYear(VenueRef venue) {
        return catalog.canonical(venue).year();
    }

    public VenueCatalog catalog() {
        return catalog;
    }

    String venueKey(VenueRef venue) {
        return Keys.of(series(venue).label());
    }

    private String editionKey(VenueRef venue, int year) {
        return venueKey(venue) + "-" + year;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? "" : "/" + Keys.of(text);
    }

    private static String withoutYear(String name) {
        if (name == null) {
            return null;
        }
        String s = EDGE_PUNCTUATION.matcher(YEAR.matcher(name).replaceAll(" ")).replaceAll("");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : name;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String checkedBase(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("an IRI base must end in '/' or '#': " + base);
        }
        try {
            IRIx iri = IRIx.create(base);
            if (iri.scheme() == null || iri.hasViolations()) {
                throw new IllegalArgumentException("an IRI base must be an absolute IRI: " + base);
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI base: " + base + " (" + e.getMessage() + ")", e);
        }
        return base;
    }
}
