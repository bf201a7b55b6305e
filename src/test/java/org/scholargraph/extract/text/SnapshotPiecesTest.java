package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.VenueCatalog;

/** The 2022 site capture names nobody, so its talks and reviewing are checked on the readers themselves. */
class SnapshotPiecesTest {
    private static final List<Line> LINES = LineReader.read(Samples.document("data/samples/vicol-site-2022.txt").text());

    @Test
    void talksPairEachHostAndTitleWithTheDateOnTheSideTheListStartsWith() {
        List<TalkItem> talks = TalkReader.runs(LINES);
        assertEquals(22, talks.size());
        TalkItem first = talks.get(0);
        assertEquals("Google Brain", first.host());
        assertEquals("Presented recent advances in Deep Equilibrium Models", first.title());
        assertEquals("December 2021", first.date());
        assertEquals("J.P. Morgan AI Research", talks.get(15).host());
        assertEquals("Self-Tuning Networks", talks.get(15).title());
        assertEquals(2019, talks.get(15).year());
        assertEquals("May 2017", talks.get(21).date());
        assertEquals(49, first.line().number());
    }

    @Test
    void aReviewingLineGivesOneServiceItemPerVenueWithItsDistinction() {
        List<ServiceItem> items = new ServiceReader(new VenueLine(VenueCatalog.bundled())).venueLists(LINES);
        assertEquals(List.of("ICML 2022", "AISTATS 2022", "NeurIPS 2021", "ICML 2021"),
                items.stream().map(s -> s.venue().label() + " " + s.venue().year()).toList());
        assertEquals(List.of("Reviewer"), items.stream().map(ServiceItem::role).distinct().toList());
        assertEquals("Top 10% Reviewer", items.get(1).distinction());
        assertNull(items.get(0).distinction());
        assertEquals(47, items.get(0).line().number());
    }
}
