package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The scholargraph ontology's terms (ontology/scholargraph.ttl documents each one) and the
 * external vocabularies instance data also carries so that tools that do not know ours can read it.
 */
public final class SG {
    public static final String NS = "https://w3id.org/scholargraph/ontology#";
    /** Default base for instance IRIs; configurable per store. */
    public static final String DEFAULT_BASE = "https://w3id.org/scholargraph/id/";
    /** The graph holding per-source metadata (PROV-O). */
    public static final String META_GRAPH = "https://w3id.org/scholargraph/graph/sources";
    /** The graph the resolution step rebuilds from the sources: canonical entities, merges, conflicts. */
    public static final String RESOLUTION_GRAPH = "https://w3id.org/scholargraph/graph/resolution";

    // Classes
    public static final Node Person = term("Person");
    public static final Node Paper = term("Paper");
    public static final Node ConferencePaper = term("ConferencePaper");
    public static final Node JournalArticle = term("JournalArticle");
    public static final Node Preprint = term("Preprint");
    public static final Node Thesis = term("Thesis");
    public static final Node Patent = term("Patent");
    public static final Node Book = term("Book");
    public static final Node BookSection = term("BookSection");
    public static final Node Report = term("Report");
    public static final Node Venue = term("Venue");
    public static final Node VenueEdition = term("VenueEdition");
    public static final Node Award = term("Award");
    public static final Node AwardReceipt = term("AwardReceipt");
    public static final Node Authorship = term("Authorship");
    public static final Node Presentation = term("Presentation");
    public static final Node OralPresentation = term("OralPresentation");
    public static final Node LongOralPresentation = term("LongOralPresentation");
    public static final Node SpotlightPresentation = term("SpotlightPresentation");
    public static final Node PosterPresentation = term("PosterPresentation");
    public static final Node Source = term("Source");
    public static final Node Talk = term("Talk");
    public static final Node ServiceRole = term("ServiceRole");
    public static final Node Education = term("Education");
    public static final Node Employment = term("Employment");
    public static final Node PaperAbstract = term("PaperAbstract");
    public static final Node Merge = term("Merge");
    public static final Node KeptApart = term("KeptApart");
    public static final Node Conflict = term("Conflict");
    public static final Node Claim = term("Claim");
    public static final Node Coauthorship = term("Coauthorship");

    // Paper
    public static final Node authorship = term("authorship");          // Paper -> Authorship
    public static final Node author = term("author");                  // Paper -> Person (shortcut)
    public static final Node publishedIn = term("publishedIn");        // Paper -> VenueEdition
    public static final Node venue = term("venue");                    // Paper -> Venue, when no edition year is known
    public static final Node year = term("year");                      // Paper|VenueEdition -> xsd:integer
    public static final Node doi = term("doi");
    public static final Node arxivId = term("arxivId");
    public static final Node summary = term("summary");
    public static final Node tag = term("tag");
    public static final Node presentation = term("presentation");      // Paper -> Presentation
    public static final Node link = term("link");                      // Paper -> IRI (any link)
    public static final Node pdfUrl = term("pdfUrl");
    public static final Node codeUrl = term("codeUrl");
    public static final Node videoUrl = term("videoUrl");
    public static final Node slidesUrl = term("slidesUrl");
    public static final Node datasetUrl = term("datasetUrl");
    public static final Node projectUrl = term("projectUrl");
    public static final Node posterUrl = term("posterUrl");
    public static final Node pageUrl = term("pageUrl");
    public static final Node impossibleYear = term("impossibleYear");  // Paper -> string as printed ("20201")

    // Authorship
    public static final Node paper = term("paper");                    // Authorship|Presentation -> Paper
    public static final Node person = term("person");                  // Authorship -> Person
    public static final Node ordinal = term("ordinal");                // xsd:integer, 1-based
    public static final Node nameAsPrinted = term("nameAsPrinted");
    public static final Node equalContribution = term("equalContribution"); // xsd:boolean
    public static final Node equalContributionGroup = term("equalContributionGroup"); // xsd:integer
    public static final Node siteOwner = term("siteOwner");            // xsd:boolean

    // Venue and edition
    public static final Node shortName = term("shortName");
    public static final Node fullName = term("fullName");
    public static final Node editionOf = term("editionOf");            // VenueEdition -> Venue

    // Awards
    public static final Node awardedTo = term("awardedTo");            // AwardReceipt -> Paper|Person
    public static final Node awardKind = term("awardKind");            // AwardReceipt -> Award
    public static final Node awardYear = term("awardYear");            // xsd:integer
    public static final Node conferredBy = term("conferredBy");        // AwardReceipt|Award -> Venue|VenueEdition
    public static final Node conferredAt = term("conferredAt");        // AwardReceipt -> VenueEdition
    public static final Node displayedLabel = term("displayedLabel");  // the award as the page shows it
    public static final Node awardLabel = term("awardLabel");          // Award: the label without conferrer
    public static final Node amount = term("amount");
    public static final Node conferrerName = term("conferrerName");    // when the conferrer is only a name
    public static final Node nominee = term("nominee");                // AwardReceipt -> xsd:boolean, only when true

    // Person
    public static final Node homepage = term("homepage");
    public static final Node position = term("position");
    public static final Node affiliation = term("affiliation");
    public static final Node researchInterest = term("researchInterest");
    public static final Node education = term("education");            // Person -> Education
    public static final Node employment = term("employment");          // Person -> Employment

    // Education and employment
    public static final Node degree = term("degree");
    public static final Node institution = term("institution");
    public static final Node advisor = term("advisor");                // Education -> Person
    public static final Node thesisTitle = term("thesisTitle");
    public static final Node organisation = term("organisation");
    public static final Node host = term("host");                      // Employment -> Person
    public static final Node role = term("role");                      // Employment|ServiceRole -> string
    public static final Node startYear = term("startYear");            // xsd:integer
    public static final Node endYear = term("endYear");                // xsd:integer

    // Talks
    public static final Node speaker = term("speaker");                // Talk -> Person
    public static final Node hostName = term("hostName");              // Talk -> string: where, or for whom
    public static final Node date = term("date");                      // Talk -> string as written

    // Service
    public static final Node servedBy = term("servedBy");              // ServiceRole -> Person
    public static final Node servedAt = term("servedAt");              // ServiceRole -> VenueEdition|Venue
    public static final Node distinction = term("distinction");        // ServiceRole -> string

    // Presentation
    public static final Node presentedAt = term("presentedAt");        // Presentation -> VenueEdition

    // Resolution graph: canonical entities, the decisions that made them, the conflicts between sources
    public static final Node resolvesTo = term("resolvesTo");          // a source's node -> its canonical entity
    public static final Node nameVariant = term("nameVariant");        // canonical Person -> a spelling a source used
    public static final Node lookupKey = term("lookupKey");            // canonical Person|Paper -> lower-cased name or title, for indexed lookups
    public static final Node abstractOf = term("abstractOf");          // PaperAbstract -> canonical Paper
    public static final Node rule = term("rule");                      // Merge|KeptApart -> string
    public static final Node evidence = term("evidence");              // Merge|KeptApart -> string
    public static final Node score = term("score");                    // Merge|KeptApart -> xsd:double
    public static final Node decides = term("decides");                // Merge|KeptApart -> the two nodes decided on
    public static final Node supportedBy = term("supportedBy");        // Merge -> Source graph
    public static final Node about = term("about");                    // Conflict -> canonical entity
    public static final Node conflictKind = term("conflictKind");      // Conflict -> string
    public static final Node claim = term("claim");                    // Conflict -> Claim
    public static final Node value = term("value");                    // Claim -> string
    public static final Node coauthor = term("coauthor");              // Coauthorship -> canonical Person (two)
    public static final Node jointPapers = term("jointPapers");        // Coauthorship -> xsd:integer
    public static final Node venueName = term("venueName");            // canonical Paper -> its venue series' short name
    public static final Node authorNames = term("authorNames");        // canonical Paper -> its authors' names in order, "; "-joined
    public static final Node blockKey = term("blockKey");              // a source's node -> a block it is compared in
    public static final Node mentionedIn = term("mentionedIn");        // deprecated: older stores' node -> Source; deleted when met
    public static final Node leftSource = term("leftSource");          // a node -> Source graph it left (metadata journal)
    public static final Node resolvedNodes = term("resolvedNodes");    // resolution graph -> how many source nodes it resolves
    public static final Node resolvedContent = term("resolvedContent"); // Source graph -> content hash resolution last saw

    // Provenance of records (which source said it) and of sources (metadata graph)
    public static final Node source = term("source");                  // AwardReceipt -> Source graph IRI
    public static final Node contentHash = term("contentHash");
    public static final Node tripleCount = term("tripleCount");
    public static final Node sourceKind = term("sourceKind");
    public static final Node extractor = term("extractor");
    public static final Node extractorVersion = term("extractorVersion");

    private SG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
