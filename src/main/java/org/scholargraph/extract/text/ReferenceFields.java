package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.extract.text.TexRun.Mark;
import org.scholargraph.extract.text.TexRun.Style;

/**
 * Puts the fields of a CV macro in the order a reference is read in, as one {@link TexRun}:
 * the field that is an author list first, then the date in parentheses, then the title field
 * (marked as italics, the way titles are set) and the other fields (marked as groups, the way
 * venues are). An entry of one field is its own run.
 */
final class ReferenceFields {
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");
    private static final Pattern STOP_THEN_TEXT = Pattern.compile("(?s)\\s*[.;]\\s.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReferenceFields() {
    }

    /**
     * A macro entry with several fields ({@code \cventry{2021}{Title}{Authors}{Venue}{}{}},
     * {@code \cvpublication{Authors}{Title}{Venue}{Date}}) read as one reference: the field that
     * is an author list first, then the date, then the other fields in order, the first of them
     * the title and the others the venue. Without an author field the fields are read in their
     * order, the date last.
     */
    static TexRun run(LatexLayout.Item item) {
        List<TexRun> fields = item.fields().stream().map(TexInline::render).filter(r -> !r.text().isBlank()).toList();
        if (fields.size() < 2) {
            return item.run();
        }
        int authors = -1;
        for (int i = 0; i < fields.size() && authors < 0; i++) {
            authors = authorField(fields.get(i)) ? i : -1;
        }
        Integer date = null;
        List<TexRun> others = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Optional<Dates.Span> d = Dates.whole(fields.get(i).text());
            if (i != authors && date == null && d.isPresent()) {
                date = d.get().year();
            } else if (i != authors) {
                others.add(fields.get(i));
            }
        }
        return authors < 0 ? inOrder(others, date, item.line()) : reference(fields.get(authors), date, others, item.line());
    }

    /** A field that is an author list of two names or more (or the emphasised owner), maybe followed by a short citation ("MNRAS 511: 1808-1818"). */
    private static boolean authorField(TexRun field) {
        CitationAuthors.Result r = CitationAuthors.read(field, 0);
        boolean list = r.names().size() >= 2 || r.names().stream().anyMatch(PrintedName::bold);
        String rest = field.text().substring(r.end());
        String words = LEADING_PUNCTUATION.matcher(rest).replaceAll("").strip();
        return list && (words.isEmpty()
                || STOP_THEN_TEXT.matcher(rest).matches() && WHITESPACE.split(words).length <= 5);
    }

    private static TexRun reference(TexRun authorField, Integer date, List<TexRun> others, int line) {
        CitationAuthors.Result r = CitationAuthors.read(authorField, 0);
        Joined j = new Joined().add(authorField.part(0, r.end()), null).add(date == null ? ". " : " (" + date + "). ");
        for (int i = 0; i < others.size(); i++) {
            j.add(others.get(i), i == 0 ? Style.ITALIC : Style.GROUP).add(". ");
        }
        TexRun rest = authorField.part(r.end(), authorField.text().length());
        String trimmed = LEADING_PUNCTUATION.matcher(rest.text()).replaceAll("");
        return j.add(rest.part(rest.text().indexOf(trimmed), rest.text().length()),
                Style.GROUP).run(line);
    }

    /** No field is an author list ({@code \cvitem{2019}{Doe, J. (2019). Title.}}): the fields in order, the date last. */
    private static TexRun inOrder(List<TexRun> fields, Integer date, int line) {
        Joined j = new Joined();
        fields.forEach(f -> j.add(f, null).add("\n"));
        return j.add(date == null ? "" : date + ".").run(line);
    }

    /** Runs joined into one, their marks moved along; a whole run may be marked (the title field as italic). */
    private static final class Joined {
        private final StringBuilder text = new StringBuilder();
        private final List<Mark> marks = new ArrayList<>();

        Joined add(TexRun run, Style whole) {
            int offset = text.length();
            text.append(run.text());
            run.marks().forEach(m -> marks.add(new Mark(m.style(), m.start() + offset, m.end() + offset, m.url())));
            if (whole != null && !run.text().isBlank()) {
                marks.add(new Mark(whole, offset, text.length(), null));
            }
            return this;
        }

        Joined add(String s) {
            text.append(s);
            return this;
        }

        TexRun run(int line) {
            return new TexRun(text.toString(), marks, line);
        }
    }
}
