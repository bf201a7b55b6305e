package org.scholargraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Describes award conferrals: one receipt node per award to a paper or a person, pointing to the
 * award's kind, its conferrer (a venue when the catalog knows it) and the source that said so.
 */
final class AwardMapper {
    private final IriMinter iris;
    private final VenueMapper venues;
    private final PersonMapper people;
    private final Node source;

    AwardMapper(IriMinter iris, VenueMapper venues, PersonMapper people, Node source) {
        this.iris = iris;
        this.venues = venues;
        this.people = people;
        this.source = source;
    }

    /** An award hanging on a paper; {@code titleKey} is the paper's key. */
    void paperAward(Node paper, String titleKey, PaperAward award, Triples out) {
        VenueRef conferrer = award.conferredBy() != null ? award.conferredBy() : mentioned(award.label());
        Integer year = yearOf(award.year(), conferrer, award.label());
        AwardKind kind = AwardKind.of(award.label(), conferrer, null, iris);
        Node receipt = iris.receipt(kind, titleKey, year, award.nominee());
        describe(receipt, kind, conferrer, year, award.label(), out);
        out.add(receipt, SG.awardedTo, paper);
        if (award.nominee()) {
            out.bool(receipt, SG.nominee, true);
        }
    }

    /** An award or fellowship given to a person. */
    void personAward(AwardReceipt award, Triples out) {
        VenueRef conferrer = iris.catalog().lookup(award.conferredBy())
                .map(s -> s.ref(VenueCatalog.yearIn(award.conferredBy()).orElse(null)))
                .orElseGet(() -> award.conferredBy() == null ? mentioned(award.award()) : null);
        String conferrerName = conferrer == null ? award.conferredBy() : null;
        Integer year = yearOf(award.year(), conferrer, award.award());
        AwardKind kind = AwardKind.of(award.award(), conferrer, conferrerName, iris);
        Node person = people.named(award.recipient(), out);
        Node receipt = iris.receipt(kind, iris.personKey(award.recipient()), year, false);
        describe(receipt, kind, conferrer, year, award.award(), out);
        out.add(receipt, SG.awardedTo, person);
        out.text(receipt, SG.conferrerName, kind.conferrerName());
        out.text(receipt, SG.amount, award.amount());
    }

    private void describe(Node receipt, AwardKind kind, VenueRef conferrer, Integer year, String displayed,
            Triples out) {
        out.add(receipt, RDF.Nodes.type, SG.AwardReceipt);
        out.add(receipt, SG.awardKind, kind(kind, conferrer, out));
        out.integer(receipt, SG.awardYear, year);
        if (conferrer != null) {
            out.add(receipt, SG.conferredBy, venues.series(conferrer, out));
            if (year != null) {
                out.add(receipt, SG.conferredAt, venues.edition(conferrer, year, out));
            }
        }
        out.text(receipt, SG.displayedLabel, displayed);
        out.add(receipt, SG.source, source);
    }

    private Node kind(AwardKind kind, VenueRef conferrer, Triples out) {
        Node node = iris.award(kind);
        out.add(node, RDF.Nodes.type, SG.Award);
        out.text(node, RDFS.Nodes.label, kind.name());
        out.text(node, SG.awardLabel, kind.label());
        if (conferrer != null) {
            out.add(node, SG.conferredBy, venues.series(conferrer, out));
        }
        out.text(node, SG.conferrerName, kind.conferrerName());
        return node;
    }

    /** A known venue named in the award's own label ("Best Student Paper @ AABI 2018"), or null. */
    private VenueRef mentioned(String label) {
        return iris.catalog().findIn(label).map(s -> s.ref(VenueCatalog.yearIn(label).orElse(null))).orElse(null);
    }

    /** The award's year as given, else the conferring edition's, else one in the label. */
    private Integer yearOf(Integer given, VenueRef conferrer, String label) {
        if (given != null) {
            return given;
        }
        Integer edition = conferrer == null ? null : iris.editionYear(conferrer);
        return edition != null ? edition : VenueCatalog.yearIn(label).orElse(null);
    }
}
