package org.scholargraph.extract.html.homepage;

import java.util.Locale;
import java.util.Map;

/**
 * One BibTeX entry: its type ("inproceedings"), key and fields with names lower-cased and values
 * as written (braces and TeX kept; {@link TexText} renders them).
 */
record BibEntry(String type, String key, Map<String, String> fields) {
    BibEntry {
        type = type.toLowerCase(Locale.ROOT);
        fields = Map.copyOf(fields);
    }

    String field(String name) {
        return fields.get(name);
    }

    String text(String name) {
        String v = fields.get(name);
        return v == null ? null : TexText.plain(v);
    }
}
