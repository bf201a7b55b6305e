package org.scholargraph.rdf;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Links found on pages (code, slides, a presentation's page…) as IRI nodes, or nothing. Pages carry
 * junk — "javascript:void(0)", relative paths, unbalanced brackets — and one broken IRI can make a
 * whole graph unreadable to other tools, so anything that is not a valid absolute web IRI is skipped.
 */
public final class WebIri {
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp");

    private WebIri() {
    }

    /** The link as an IRI node when it is a valid absolute http(s)/ftp IRI. */
    public static Optional<Node> parse(String link) {
        return check(link).map(NodeFactory::createURI);
    }

    /** The link, repaired where that is unambiguous, when it is a valid absolute web IRI. */
    static Optional<String> check(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String s = link.strip();
        if (s.startsWith("//")) {
            // Protocol-relative: the pages we read are served over https.
            s = "https:" + s;
        }
        // Inner spaces are the one repair a browser would make too; other stray characters mean junk.
        s = s.replace(" ", "%20");
        try {
            IRIx iri = IRIx.create(s);
            String scheme = iri.scheme();
            if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || iri.hasViolations()) {
                return Optional.empty();
            }
            return Optional.of(s);
        } catch (IRIException e) {
            return Optional.empty();
        }
    }
}
