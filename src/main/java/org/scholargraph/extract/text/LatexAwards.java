package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.extract.text.TexRun.Mark;
import org.scholargraph.extract.text.TexRun.Style;
import org.scholargraph.model.VenueCatalog;

/**
 * Reads the entries of an awards section of a LaTeX CV. An entry with fields
 * ({@code \cvhonor{Award}{Event}{Location}{Date}}, {@code \item \position{…} \jobdescription{…}})
 * has the award in its first field other than the date (the second when only it reads as a name:
 * Awesome-CV's {@code \cventry{Role}{Title}…}), and the year in the date field, the
 * award or the description, in that order. Who conferred it is the part after a dash in the award
 * ("Best Innovation 2020 – Society of Digital Engineering"), the organisation after "by" in the
 * description, the event field when it is a name, or the venue the catalog finds in them. An entry
 * that is one run of text is read as a line of a text CV by {@link AwardReader}.
 */
final class LatexAwards {
    private static final Pattern BULLETS = Pattern.compile("\\s+[•·]\\s+");
    private static final Pattern AFTER_AWARD = Pattern.compile("\\s*(?:,|\\s[–—-])\\s*([^,;()]+?)[\\s.,;]*$");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern BY = Pattern.compile(
            "\\b(?i:conferred|awarded|given|granted|presented|funded|sponsored)\\s+by\\s+(?:the\\s+)?"
                    + "((?:\\p{Lu}[\\p{L}&.'’-]*)(?:\\s+(?:of|for|and|&|the|de|\\p{Lu}[\\p{L}&.'’-]*))*)");
    private static final Pattern FOR = Pattern.compile("\\bfor\\s+[“\"]([^”\"]{8,})[”\"]");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern DIGITS_AND_DASHES = Pattern.compile("[\\d\\s–-]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern TRAILING_FUNCTION_WORD = Pattern.compile("\\s+(?:of|for|and|&|the|de)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[(“\"]+|[),.;:”\"]+$");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "and", "&", "the", "in", "on", "at", "de", "und");
    private static final int MAX_NAME_WORDS = 10;

    private final VenueLine venues;

    LatexAwards(VenueLine venues) {
        this.venues = venues;
    }

    List<AwardItem> read(List<LatexLayout.Item> items) {
        List<AwardItem> out = new ArrayList<>();
        for (LatexLayout.Item item : items) {
            out.addAll(item(item));
        }
        return out;
    }

    List<AwardItem> item(LatexLayout.Item item) {
        List<List<TexNode>> fields = item.fields().stream().filter(f -> !TexInline.plain(f).isBlank()).toList();
        Integer dated = null;
        List<List<TexNode>> others = new ArrayList<>();
        for (List<TexNode> f : fields) {
            Optional<Dates.Span> d = Dates.whole(text(f));
            if (dated == null && d.isPresent()) {
                dated = d.get().year();
            } else {
                others.add(f);
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        return others.size() == 1 ? lines(item, others.get(0), dated) : fielded(item, others, dated).stream().toList();
    }

    /**
     * One run of text, or several awards in a run separated by bullets: each read as a text CV's
     * award line (bold kept as Markdown bold), with the name after the award as who gave it.
     */
    private static List<AwardItem> lines(LatexLayout.Item item, List<TexNode> field, Integer year) {
        List<AwardItem> out = new ArrayList<>();
        for (String part : BULLETS.split(markdown(TexInline.render(field)))) {
            String markdown = (year == null ? "" : year + " ") + part;
            AwardReader.read(List.of(Line.of(item.line(), "- " + markdown))).stream().findFirst()
                    .map(a -> a.conferredBy() != null ? a : withConferrer(a, Markup.plain(part)))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** "Fellow, American Association for the Advancement of Science": the name after the award. */
    private static AwardItem withConferrer(AwardItem a, String text) {
        int at = text.indexOf(a.award());
        String after = at < 0 ? "" : text.substring(at + a.award().length());
        Matcher m = AFTER_AWARD.matcher(after);
        String name = m.lookingAt() ? Dates.cut(m.group(1)).map(Dates.Cut::rest).orElse(m.group(1)).strip() : "";
        return isName(name) && !name.isEmpty() && !DIGITS_AND_DASHES.matcher(name).matches()
                ? new AwardItem(a.award(), a.year(), name, a.amount(), a.forWhat(), a.line()) : a;
    }

    private Optional<AwardItem> fielded(LatexLayout.Item item, List<List<TexNode>> fields, Integer dated) {
        // Awesome-CV's \cventry{Role}{Title}…: the award is the first field that reads as a name, else the first.
        int at = isName(text(fields.get(0))) || !isName(text(fields.get(1))) ? 0 : 1;
        String label = text(fields.get(at));
        String event = text(fields.get(1 - at));
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (i != at) {
                rest.add(text(fields.get(i)));
            }
        }
        String description = String.join(" ", rest);
        String conferredBy = null;
        String[] dashed = DASH.split(label, 2);
        if (dashed.length == 2 && !ADDRESS.matcher(dashed[1]).matches()) {
            conferredBy = dashed[1];
        }
        label = TRAILING_PUNCTUATION.matcher(dashed[0]).replaceAll("");
        Matcher by = BY.matcher(description);
        if (conferredBy == null && by.find()) {
            conferredBy = TRAILING_FUNCTION_WORD.matcher(by.group(1)).replaceAll("");
        }
        if (conferredBy == null && isName(event)) {
            conferredBy = event;
        }
        if (conferredBy == null) {
            conferredBy = venues.series(label).or(() -> venues.series(event)).map(VenueCatalog.Series::shortName).orElse(null);
        }
        Integer year = dated != null ? dated : VenueCatalog.yearIn(label).orElse(VenueCatalog.yearIn(description).orElse(null));
        String all = label + " " + description;
        Matcher forWhat = FOR.matcher(label);
        return Optional.of(new AwardItem(label, year, conferredBy, AwardReader.amountIn(all).orElse(null),
                forWhat.find() ? forWhat.group(1).strip() : null, Line.of(item.line(), all)));
    }

    /** An organisation's or event's name: capitalised words, numbers and function words only. */
    private static boolean isName(String text) {
        String[] words = WHITESPACE.split(text.strip());
        if (words.length > MAX_NAME_WORDS || text.isBlank() || Places.isPlace(text)) {
            return false;
        }
        for (String w : words) {
            String bare = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            boolean ok = bare.isEmpty() || FUNCTION_WORDS.contains(bare) || NUMBER.matcher(bare).matches()
                    || Character.isUpperCase(bare.codePointAt(0));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<TexNode> field) {
        return AuthorList.collapse(TexInline.plain(field));
    }

    /** The run with its bold ranges in Markdown bold, the form {@link AwardReader} takes a label from. */
    private static String markdown(TexRun run) {
        StringBuilder s = new StringBuilder(run.text());
        List<Mark> bold = new ArrayList<>(run.marks().stream().filter(m -> m.style() == Style.BOLD).toList());
        bold.sort((a, b) -> Integer.compare(b.start(), a.start()));
        for (Mark m : bold) {
            s.insert(m.end(), "**").insert(m.start(), "**");
        }
        return AuthorList.collapse(s.toString());
    }
}
