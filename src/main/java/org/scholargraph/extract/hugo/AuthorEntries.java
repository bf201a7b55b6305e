package org.scholargraph.extract.hugo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.model.Author;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;

/**
 * Turns a page's author entries into ordered {@link Author}s: marks and emphasis read from the
 * printed names, {@code star = true} in tables, Wowchemy's {@code author_notes} aligned by
 * position, and the {@code admin} placeholder resolved to the site owner when the caller knows
 * who that is.
 */
final class AuthorEntries {
    static final String ADMIN = "admin";
    private static final Pattern EQUAL_NOTE = Pattern.compile(
            "equal(ly)?\\s+contribut|contributed\\s+equally|co-?first|joint\\s+first|equal\\s+first",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String siteOwner;

    /** @param siteOwner the site owner's name, or null when unknown */
    AuthorEntries(String siteOwner) {
        this.siteOwner = siteOwner == null || siteOwner.isBlank() ? null : siteOwner.strip();
    }

    List<Author> read(PublicationPage page, Origin origin, ExtractionSink sink) {
        Origin at = origin.at("key 'authors'");
        List<Author> out = new ArrayList<>();
        List<PublicationPage.ListedAuthor> listed = page.authors();
        for (int i = 0; i < listed.size(); i++) {
            PrintedName printed = PrintedName.parse(listed.get(i).printed());
            if (printed.name().isEmpty()) {
                sink.problem(Problem.warning(at, "author " + (i + 1) + " '" + printed.printed() + "' has no name left once its marks are removed; skipped"));
                continue;
            }
            boolean equal = printed.equalContribution() || listed.get(i).starred() || equalByNote(page, i);
            out.add(author(printed, equal, at, sink));
        }
        checkNotes(page, at, sink);
        return out;
    }

    private Author author(PrintedName printed, boolean equal, Origin at, ExtractionSink sink) {
        int group = equal ? 1 : 0;
        if (printed.name().equalsIgnoreCase(ADMIN)) {
            if (siteOwner == null) {
                sink.problem(Problem.warning(at, "author 'admin' is the site owner's placeholder and no site profile or owner name was given: left unresolved"));
                return new Author(ADMIN, printed.printed(), equal, group, true);
            }
            return new Author(siteOwner, printed.printed(), equal, group, true);
        }
        boolean owner = printed.emphasised() || sameName(printed.name(), siteOwner);
        return new Author(printed.name(), printed.printed(), equal, group, owner);
    }

    private static boolean equalByNote(PublicationPage page, int i) {
        return i < page.authorNotes().size() && EQUAL_NOTE.matcher(page.authorNotes().get(i)).find();
    }

    private static void checkNotes(PublicationPage page, Origin origin, ExtractionSink sink) {
        List<String> notes = page.authorNotes();
        boolean extraNotes = notes.subList(Math.min(notes.size(), page.authors().size()), notes.size())
                .stream().anyMatch(n -> !n.isBlank());
        if (extraNotes) {
            sink.problem(Problem.warning(origin.at("key 'author_notes'"), "author_notes has " + notes.size()
                    + " entries for " + page.authors().size() + " authors; the extra notes belong to nobody"));
        }
    }

    private static boolean sameName(String a, String b) {
        return b != null && key(a).equals(key(b));
    }

    private static String key(String name) {
        return NOT_LETTERS_OR_DIGITS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
