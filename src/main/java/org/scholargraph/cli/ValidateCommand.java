package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.NodeFactory;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.scholargraph.rdf.ShapeValidator;
import org.scholargraph.store.SourceEntry;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scholargraph validate}: the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks each source's graph against the SHACL shapes (disagreements between sources "
                + "are conflicts, not violations).",
                "Prints one line per violation; exit 1 when there are any."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeValidator validator = ShapeValidator.bundled();
        try (Store store = storeOptions.open()) {
            List<SourceEntry> sources = store.sources();
            int violations = 0;
            for (SourceEntry source : sources) {
                ValidationReport report = store.read(d -> validator.validate(d.getGraph(NodeFactory.createURI(source.graph()))));
                for (ReportEntry e : report.getEntries()) {
                    out.println(e.severity().level().getLocalName().toLowerCase(Locale.ROOT) + ": " + source.location()
                            + ": " + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
                }
                violations += report.getEntries().size();
            }
            out.println(violations == 0 ? "conforms: " + sources.size() + " sources, no violations"
                    : violations + " violations");
            out.flush();
            return violations == 0 ? ExitCode.OK : ExitCode.FAILED;
        }
    }
}
