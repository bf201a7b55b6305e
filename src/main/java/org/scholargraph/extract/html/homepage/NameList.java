package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author list at the start of a line: names separated by commas, "and", "&" or middots,
 * each with its marks ({@code *}, {@code †}, {@code ‡}…). Reading stops at the first item that is not
 * a name, so "A. Author, B. Author, Title of the Paper, ICML 2020" yields two names and the offset
 * where the rest (the venue) begins.
 */
final class NameList {
    static final String MARK_CHARS = "*∗⁎†‡#§¶✝⋆★";
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:,\\s*(?:and|&)\\s+|,|;|&|·|•|\\s+and\\s+|\\s+und\\s+)\\s*");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s*∗⁎†‡#§¶✝⋆★]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?<=[\\p{L}.\\s\"”])[\\s*∗⁎†‡#§¶✝⋆★0-9]+$");
    private static final Pattern LABEL = Pattern.compile("^\\s*(?i)(authors?\\s*:|by\\s+)\\s*");
    private static final Pattern ELISION = Pattern.compile("^(\\.{3}|…|et\\s+al\\.?)$");
    private static final Pattern MARKS_ONLY = Pattern.compile("^[\\s*∗⁎†‡#§¶✝⋆★0-9]+$");
    private static final Pattern SURNAME = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+$");
    private static final Pattern LEADING_INITIALS = Pattern.compile(
            "^\\p{Lu}\\.(\\s?-?\\p{Lu}\\.){0,2}[*∗⁎†‡#§¶✝⋆★0-9]*(?=\\s|$)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?:”\"])\\s+(?=[\\p{Lu}*∗†‡])");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}|\\p{L}[\"”])\\.\\s+");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(".*(^|\\s)\\p{Lu}\\.$");

    /** One name as printed, with the offsets of its printed form in the line. */
    record Item(String printed, String name, String marks, int start, int end) {
    }

    /** The names read, where reading stopped, and whether the list elides authors ("…", "et al."). */
    record Result(List<Item> items, int end, boolean elided) {
        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private NameList() {
    }

    static Result read(String raw) {
        return read(raw, 0);
    }

    static Result read(String raw, int from) {
        List<Item> items = new ArrayList<>();
        boolean elided = false;
        int p = from;
        Matcher label = LABEL.matcher(raw.substring(from));
        if (label.find()) {
            p = from + label.end();
        }
        int end = p;
        Matcher sep = SEPARATOR.matcher(raw);
        while (p < raw.length()) {
            boolean found = sep.find(p);
            int segEnd = found ? sep.start() : raw.length();
            int inverted = found && sep.group().contains(",") ? takeInverted(raw, p, segEnd, sep.end(), items) : -1;
            if (inverted >= 0) {
                end = inverted;
                if (inverted >= raw.length() || !sep.find(inverted) || sep.start() != inverted) {
                    break;
                }
                p = sep.end();
                continue;
            }
            Outcome o = take(raw, p, segEnd, items);
            if (o == Outcome.ELIDED) {
                elided = true;
            } else if (o == Outcome.STOP) {
                return new Result(items, end, elided);
            } else if (o == Outcome.PARTIAL) {
                return new Result(items, items.get(items.size() - 1).end(), elided);
            }
            end = segEnd;
            if (!found || sep.end() == p) {
                break;
            }
            p = sep.end();
        }
        return new Result(items, end, elided);
    }

    private enum Outcome { NAME, MARKS, ELIDED, STOP, PARTIAL }

    /**
     * "Doe, J., Smith, A. B." — a surname, a comma and initials make one name ("J. Doe"). Returns
     * where the name ends, or -1 when the segment is not such a surname.
     */
    private static int takeInverted(String raw, int start, int end, int givenStart, List<Item> items) {
        String surname = raw.substring(start, end).strip();
        if (!SURNAME.matcher(surname).matches()) {
            return -1;
        }
        Matcher next = SEPARATOR.matcher(raw);
        int givenEnd = next.find(givenStart) ? next.start() : raw.length();
        String given = raw.substring(givenStart, givenEnd).strip();
        Matcher initials = LEADING_INITIALS.matcher(given);
        if (!initials.find()) {
            return -1;
        }
        if (initials.end() < given.length()) {
            // "Lee, C. “Sheep in the Wild,” in CVPR": the name ends with the initials.
            givenEnd = givenStart + raw.substring(givenStart).indexOf(given) + initials.end();
            given = initials.group();
        }
        String bare = TRAILING_MARKS.matcher(given).replaceAll("").strip();
        int lead = start + raw.substring(start, end).indexOf(surname);
        items.add(new Item(raw.substring(lead, givenEnd).strip(), bare + " " + surname, marksOf(given), lead,
                givenEnd));
        return givenEnd;
    }

    private static Outcome take(String raw, int start, int end, List<Item> items) {
        String segment = raw.substring(start, end);
        String trimmed = segment.strip();
        if (trimmed.isEmpty()) {
            return Outcome.MARKS;
        }
        if (MARKS_ONLY.matcher(trimmed).matches()) {
            if (items.isEmpty()) {
                return Outcome.STOP;
            }
            Item last = items.remove(items.size() - 1);
            items.add(new Item(last.printed() + trimmed, last.name(), last.marks() + marksOf(trimmed), last.start(),
                    end));
            return Outcome.MARKS;
        }
        if (ELISION.matcher(trimmed).matches()) {
            return Outcome.ELIDED;
        }
        int lead = start + segment.indexOf(trimmed);
        Item item = item(trimmed, lead);
        if (item != null) {
            items.add(item);
            return Outcome.NAME;
        }
        Matcher stop = SENTENCE_END.matcher(trimmed);
        if (stop.find() && stop.start() > 0) {
            Item prefix = item(trimmed.substring(0, stop.start()), lead);
            if (prefix != null) {
                items.add(prefix);
                return Outcome.PARTIAL;
            }
        }
        return Outcome.STOP;
    }

    /** A name item from printed text, or null when it is not a name. */
    private static Item item(String printed, int offset) {
        String bare = TRAILING_MARKS.matcher(LEADING_MARKS.matcher(printed).replaceAll("")).replaceAll("");
        String name = PersonName.clean(bare);
        if (!PersonName.looksLikeName(name, false)) {
            return null;
        }
        return new Item(printed, name, marksOf(printed.replace(bare, " ")), offset, offset + printed.length());
    }

    /**
     * The author list naming someone {@code wanted} accepts, read from the start of the line or,
     * for "Title. Authors. Venue." lines, from the start of a later sentence.
     */
    static java.util.Optional<Result> findNaming(String raw, java.util.function.Predicate<String> wanted) {
        Result atStart = read(raw, 0);
        if (atStart.items().stream().anyMatch(i -> wanted.test(i.name()))) {
            return java.util.Optional.of(atStart);
        }
        Matcher m = SENTENCE_BREAK.matcher(raw);
        while (m.find()) {
            String before = raw.substring(0, m.start()).strip();
            if (ENDS_WITH_INITIAL.matcher(before).matches()) {
                continue;
            }
            Result r = read(raw, m.end());
            if (r.items().stream().anyMatch(i -> wanted.test(i.name()))) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    static String marksOf(String text) {
        StringBuilder marks = new StringBuilder();
        text.codePoints().filter(c -> MARK_CHARS.indexOf(c) >= 0).forEach(marks::appendCodePoint);
        return marks.toString();
    }
}
