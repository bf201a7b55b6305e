package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.Extractors;
import org.scholargraph.rdf.SG;
import org.scholargraph.rdf.ShapeValidator;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.source.SourceRef;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;

/** Every graph ingest produces from the samples and fixture pages conforms to ontology/shapes.ttl. */
class IngestedGraphsConformTest {
    @Test
    void everySourceGraphFromSamplesAndFixturesConformsToTheShapes() throws SourceException {
        List<SourceRef> refs = new ArrayList<>();
        SourceLocator locator = new SourceLocator();
        for (String folder : List.of("data/samples", "src/test/resources/fixtures/award-pages",
                "src/test/resources/fixtures/hugo-toml", "src/test/resources/fixtures/hugo-yaml",
                "src/test/resources/fixtures/personal-sites", "src/test/resources/fixtures/cv-text")) {
            refs.addAll(locator.locate(folder));
        }
        try (Store store = Store.inMemory()) {
            IngestReport report = new Ingestor(store, Extractors.standard(false),
                    DocumentReader.filesOnly(1 << 24),
                    new IngestOptions(null, SG.DEFAULT_BASE, 16, 100_000), IngestListener.NONE).ingest(refs);
            assertTrue(report.count(Outcome.LOADED) >= 65, "loaded " + report.count(Outcome.LOADED));
            ShapeValidator shapes = ShapeValidator.bundled();
            List<SourceEntry> sources = store.sources();
            assertEquals(report.count(Outcome.LOADED), sources.size());
            for (SourceEntry s : sources) {
                ValidationReport r = store.read(d -> shapes.validate(d.getGraph(NodeFactory.createURI(s.graph()))));
                if (!r.conforms()) {
                    ShLib.printReport(r);
                }
                assertTrue(r.conforms(), s.location() + " does not conform");
            }
        }
    }
}
