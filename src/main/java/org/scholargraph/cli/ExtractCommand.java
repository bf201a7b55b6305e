package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scholargraph.extract.Extraction;
import org.scholargraph.extract.Extractor;
import org.scholargraph.extract.Extractors;
import org.scholargraph.extract.JsonLines;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Severity;
import org.scholargraph.source.Document;
import org.scholargraph.source.DocumentReader;
import org.scholargraph.source.SourceException;
import org.scholargraph.source.SourceLocator;
import org.scholargraph.source.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scholargraph extract PATH}: what a document yields, as JSON Lines, without touching the store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the records found in a file, folder or URL as JSON Lines (stdout); "
                + "warnings and errors go to stderr. The store is not touched.",
                "Exit 0 when every document was read, 1 when any failed."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    VerboseOption verbose;
    @Mixin
    ReadingOptions reading;
    @Mixin
    WebOptions web;

    @Parameters(arity = "1", paramLabel = "PATH_OR_URL")
    String input;



    @Override
    public Integer call() {
        Extractors extractors = reading.extractors();
        DocumentReader reader = reading.reader(web.fetcher());
        List<SourceRef> refs;
        try {
            refs = new SourceLocator().locate(input);
        } catch (SourceException e) {
            throw new CommandFailure(ExitCode.FAILED, e.getMessage());
        }
        JsonLines json = new JsonLines(spec.commandLine().getOut());
        boolean allRead = true;
        for (SourceRef ref : refs) {
            allRead &= extract(ref, reader, extractors, json);
        }
        return allRead ? ExitCode.OK : ExitCode.FAILED;
    }

    private boolean extract(SourceRef ref, DocumentReader reader, Extractors extractors, JsonLines json) {
        PrintWriter err = spec.commandLine().getErr();
        Document doc;
        try {
            doc = reader.read(ref);
        } catch (SourceException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
        Optional<Extractor> extractor = reading.kind != null ? extractors.byKind(reading.kind) : extractors.detect(doc);
        if (extractor.isEmpty()) {
            if (!ref.inFolder()) {
                err.println("error: " + ref + ": not a document of any known kind (" + String.join(", ", extractors.kinds()) + ")");
            }
            return ref.inFolder();
        }
        Extraction extraction = extractor.get().extract(doc);
        extraction.records().forEach(json::write);
        for (Problem p : extraction.problems()) {
            String where = p.origin().where();
            err.println((p.severity() == Severity.ERROR ? "error: " : "warning: ") + ref
                    + (where.isEmpty() ? "" : ":" + where) + ": " + p.message());
        }
        err.flush();
        return !extraction.failed();
    }
}
