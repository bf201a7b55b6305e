package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scholargraph.model.Author;

/**
 * Turns the names read from an author line into {@link Author}s: marks kept in the printed form,
 * equal contribution flagged for the marks the page declares as such ({@code *} always; {@code †},
 * {@code ‡}, {@code #} only when a footnote says so), the site owner recognised by name.
 */
final class Authorship {
    private static final Set<Integer> STARS = Set.of((int) '*', (int) '∗', (int) '⁎');
    private static final Pattern DECLARATION = Pattern.compile("([*∗⁎†‡#§¶✝⋆★])\\s*\\)?\\s*(?:[:=\\-–]\\s*)?"
            + "(?:denotes?|indicates?|means|marks?|signif(?:y|ies)|represents?|for)?\\s*(?:an?\\s+)?(?:equal(?:ly)?\\s+"
            + "contribut|joint(?:ly)?\\s+first|co-?first|shared\\s+first|contributed\\s+equally)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private final Set<Integer> equalMarks;
    private final SiteOwner owner;

    Authorship(Set<Integer> equalMarks, SiteOwner owner) {
        this.equalMarks = equalMarks;
        this.owner = owner;
    }

    /** The marks a page declares as equal contribution ("* Denotes equal contribution"), stars included. */
    static Set<Integer> declaredMarks(String pageText) {
        Set<Integer> marks = new java.util.HashSet<>(STARS);
        Matcher m = DECLARATION.matcher(pageText);
        while (m.find()) {
            marks.add(m.group(1).codePointAt(0));
        }
        return Set.copyOf(marks);
    }

    List<Author> authors(List<NameList.Item> items) {
        List<Integer> groups = new ArrayList<>();
        List<Author> out = new ArrayList<>();
        for (NameList.Item item : items) {
            int mark = item.marks().codePoints().filter(equalMarks::contains).findFirst().orElse(-1);
            int group = 0;
            if (mark >= 0) {
                int normalised = STARS.contains(mark) ? '*' : mark;
                if (!groups.contains(normalised)) {
                    groups.add(normalised);
                }
                group = groups.indexOf(normalised) + 1;
            }
            boolean self = owner != null && owner.matches(item.name());
            out.add(new Author(item.name(), TextForm.squash(item.printed()), group > 0, group, self));
        }
        return out;
    }

    private static String givenFirst(String name) {
        String[] parts = COMMA.split(TextForm.squash(name));
        return parts.length == 2 && !parts[1].isEmpty() ? parts[1] + " " + parts[0] : name;
    }

    /** Authors from plain names (structured metadata, "Chen, Ricky T. Q." turned round): no marks. */
    List<Author> plain(List<String> names) {
        return names.stream().map(Authorship::givenFirst).map(PersonName::clean).filter(n -> !n.isBlank())
                .map(n -> new Author(n, n, false, 0, owner != null && owner.matches(n)))
                .collect(Collectors.toList());
    }
}
