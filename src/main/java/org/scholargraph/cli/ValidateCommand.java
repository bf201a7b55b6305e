package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.scholargraph.rdf.ShapeValidator;
import org.scholargraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scholargraph validate}: the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store (the union of all sources) against the SHACL shapes.",
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
            ValidationReport report = store.read(d -> validator.validate(d.getUnionGraph()));
            for (ReportEntry e : report.getEntries()) {
                out.println(e.severity().level().getLocalName().toLowerCase(Locale.ROOT) + ": "
                        + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message());
            }
            out.println(report.conforms() ? "conforms: " + store.sources().size() + " sources, no violations"
                    : report.getEntries().size() + " violations");
            out.flush();
            return report.conforms() ? ExitCode.OK : ExitCode.FAILED;
        }
    }
}
