package org.scholargraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes a run's results as SCALE.json and a Markdown table SCALE.md side by side. */
public final class ResultsWriter {
    public ResultsWriter() {
    }

    private final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public void write(BenchResults r, Path folder) {
        try {
            Files.createDirectories(folder);
            json.writeValue(folder.resolve(r.scale() + ".json").toFile(), r);
            Files.writeString(folder.resolve(r.scale() + ".md"), markdown(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + folder + ": " + e.getMessage(), e);
        }
    }

    static String markdown(BenchResults r) {
        StringBuilder md = new StringBuilder();
        md.append("### Scale `").append(r.scale()).append("`: ").append(r.documents()).append(" documents, ")
                .append(r.quads()).append(" quads\n\n| measure | value |\n|---|---|\n");
        row(md, "ingest, whole process", f("%.1f s (%.0f documents/s, %.0f triples/s)", r.ingestSeconds(),
                r.documentsPerSecond(), r.triplesPerSecond()));
        StringBuilder stages = new StringBuilder();
        r.ingestStagesSeconds().forEach((stage, s) -> stages.append(stages.length() == 0 ? "" : ", ")
                .append(stage).append(' ').append(f("%.1f s (%.0f%%)", s, 100 * s / r.ingestInProcessSeconds())));
        row(md, "ingest stages (in process)", stages.toString());
        StringBuilder kinds = new StringBuilder();
        r.ingestSecondsByKind().forEach((kind, s) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(kind)
                .append(f(" %.1f s for %d documents (%.0f ms each)", s, r.documentsByKind().get(kind),
                        1000 * s / r.documentsByKind().get(kind))));
        row(md, "read+detect+extract+map by kind", kinds.toString());
        row(md, "tdb2.tdbloader of the N-Quads export", f("%.1f s", r.tdbloaderSeconds()));
        row(md, "ingest / tdbloader", f("%.2f×", r.ingestVsTdbloader()));
        row(md, "peak heap while sources stream, before resolution (used / after GC)", f("%.0f MB / %.0f MB",
                r.peakHeapStreamingMb(), r.peakHeapAfterGcStreamingMb()));
        row(md, "peak heap, resolution included (used / after GC)", f("%.0f MB / %.0f MB", r.peakHeapMb(), r.peakHeapAfterGcMb()));
        row(md, "peak RSS (VmHWM)", f("%.0f MB", r.peakRssMb()));
        row(md, "store / tdbloader store", f("%s / %s (%.2f×)", mb(r.storeBytes()), mb(r.tdbloaderStoreBytes()),
                r.storeVsTdbloader()));
        row(md, "store after re-ingesting " + r.reingestDocuments() + " documents", f("%s (%.2f× tdbloader; re-ingest %.1f s)",
                mb(r.storeBytesAfterReingest()), r.storeAfterReingestVsTdbloader(), r.reingestSeconds()));
        row(md, "`" + r.cliQuery() + "`, whole process", f("%.2f s median (max %.2f s)", r.cliQuerySeconds(),
                r.cliQueryMaxSeconds()));
        row(md, "`tdb2.tdbquery` same query, whole process", f("%.2f s median (max %.2f s)", r.tdbquerySeconds(),
                r.tdbqueryMaxSeconds()));
        md.append("\n| named query (warm, in process) | median ms | max ms | runs | rows |\n|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Latency> q : r.queries().entrySet()) {
            Latency l = q.getValue();
            md.append("| ").append(q.getKey()).append(" | ").append(l.medianMs()).append(" | ").append(l.maxMs())
                    .append(" | ").append(l.runs()).append(" | ").append(l.rows()).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String mb(long bytes) {
        return f("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
