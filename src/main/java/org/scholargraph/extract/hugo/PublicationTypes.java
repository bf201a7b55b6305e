package org.scholargraph.extract.hugo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.model.PaperType;

/**
 * The theme's {@code publication_types} in all three generations: Academic's TOML codes 0–6,
 * Wowchemy's codes 0–8 (3 became "Preprint / Working Paper", 7 thesis, 8 patent), and the CSL
 * type names that replaced the codes. Codes may be strings ("1") or numbers (1).
 */
final class PublicationTypes {
    private static final List<PaperType> CODES = List.of(
            PaperType.UNKNOWN, PaperType.CONFERENCE_PAPER, PaperType.JOURNAL_ARTICLE, PaperType.PREPRINT,
            PaperType.REPORT, PaperType.BOOK, PaperType.BOOK_SECTION, PaperType.THESIS, PaperType.PATENT);

    private static final Map<String, PaperType> CSL = Map.ofEntries(
            Map.entry("paper-conference", PaperType.CONFERENCE_PAPER),
            Map.entry("article-journal", PaperType.JOURNAL_ARTICLE),
            // Hugo Blox lists plain "article" as its preprint type.
            Map.entry("article", PaperType.PREPRINT),
            Map.entry("preprint", PaperType.PREPRINT),
            Map.entry("manuscript", PaperType.PREPRINT),
            Map.entry("report", PaperType.REPORT),
            Map.entry("book", PaperType.BOOK),
            Map.entry("chapter", PaperType.BOOK_SECTION),
            Map.entry("thesis", PaperType.THESIS),
            Map.entry("patent", PaperType.PATENT));

    /** CSL types that are real types but not ones the model distinguishes. */
    private static final List<String> KNOWN_CSL_WITHOUT_COUNTERPART = List.of(
            "article-magazine", "article-newspaper", "dataset", "software", "speech", "webpage", "post",
            "post-weblog", "entry", "entry-encyclopedia", "entry-dictionary", "review", "review-book",
            "presentation", "standard", "graphic", "motion_picture", "broadcast", "interview", "personal_communication");
    private static final Pattern DECIMAL_ZEROS = Pattern.compile("\\.0+$");
    private static final Pattern NUMERIC_CODE = Pattern.compile("[0-9]{1,3}");

    private PublicationTypes() {
    }

    /**
     * The type one entry names: present and UNKNOWN for "0" (uncategorised) and for CSL names
     * with no counterpart ("dataset"), empty for what is no type at all ("12", "foo").
     */
    static Optional<PaperType> of(String entry) {
        String s = DECIMAL_ZEROS.matcher(entry.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        if (NUMERIC_CODE.matcher(s).matches()) {
            int code = Integer.parseInt(s);
            return code < CODES.size() ? Optional.of(CODES.get(code)) : Optional.empty();
        }
        if (CSL.containsKey(s)) {
            return Optional.of(CSL.get(s));
        }
        return KNOWN_CSL_WITHOUT_COUNTERPART.contains(s) ? Optional.of(PaperType.UNKNOWN) : Optional.empty();
    }
}
