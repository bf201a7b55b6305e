package org.scholargraph.model;

/** Something an extractor noticed, kept as data with its location (as jsoup keeps parse errors). */
public record Problem(Severity severity, Origin origin, String message) {
    public static Problem warning(Origin origin, String message) {
        return new Problem(Severity.WARNING, origin, message);
    }

    public static Problem error(Origin origin, String message) {
        return new Problem(Severity.ERROR, origin, message);
    }

    /** "file.md:12:3: message" — the one-line form every report uses. */
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
