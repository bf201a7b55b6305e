package org.scholargraph.resolve;

import org.junit.jupiter.api.Test;
import org.scholargraph.store.Store;

class ResolutionSmokeTest {
    @Test
    void samples() {
        try (Store store = Store.inMemory()) {
            SampleStore.ingest(store, "data/samples");
            System.out.println(SampleStore.resolve(store));
            Mentions m = store.read(MentionReader::read);
            Resolution r = new Resolver(org.scholargraph.rdf.SG.DEFAULT_BASE).resolve(m);
            r.decisions().stream().filter(d -> d.verdict() == Decision.Verdict.KEPT_APART).forEach(d -> System.out.println(d));
            r.conflicts().forEach(c -> System.out.println(c));
            r.people().stream().filter(p -> p.mentions().size() > 1).forEach(p -> System.out.println(p.name() + " " + p.variants()));
        }
    }
}
