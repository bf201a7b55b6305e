package org.scholargraph.store;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The export formats; the quad formats keep named graphs. */
public enum ExportFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQUADS(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean quads;

    ExportFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat format() {
        return format;
    }

    /** True when the format carries named graphs. */
    public boolean quads() {
        return quads;
    }

    public static Optional<ExportFormat> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "turtle", "ttl" -> Optional.of(TURTLE);
            case "trig" -> Optional.of(TRIG);
            case "nquads", "nq" -> Optional.of(NQUADS);
            case "jsonld" -> Optional.of(JSONLD);
            default -> Optional.empty();
        };
    }
}
