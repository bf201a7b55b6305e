package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads talks in the three layouts CVs and sites use:
 * <ul>
 * <li>blocks around an upper-case title (a PDF CV): the host line above it (a place line between
 * them is skipped, a place at the end of the host line cut off) and the first date below;</li>
 * <li>"Host. Title." lines alternating with month-year lines (a site captured as text): each text
 * pairs with the date on its side, the side the list starts with;</li>
 * <li>one talk per line: "2025 On meta prompt optimization — Flatiron ML Seminar".</li>
 * </ul>
 */
final class TalkReader {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]+?)[,.]?[”\"]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–|]\\s+|\\s+-\\s+");
    /** "Host. Title": the first full stop after a word of two letters or more (not "J.P."). */
    private static final Pattern HOST_STOP = Pattern.compile("(?<=[\\p{L}\\p{N})]{2})\\.\\s+(?=\\S)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,3}[.)]?");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:;—–-]+");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”']+|[\"“”'.]+$");
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_HOST_WORDS = 12;

    private TalkReader() {
    }

    static List<TalkItem> read(List<Line> lines) {
        List<Integer> caps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).plain();
            if (Names.isUpperCase(s) && WHITESPACE.split(s).length >= MIN_TITLE_WORDS
                    && !Markup.isBullet(lines.get(i).text())) {
                caps.add(i);
            }
        }
        if (!caps.isEmpty()) {
            return blocks(lines, caps);
        }
        long dates = lines.stream().filter(l -> Dates.isMonthYear(l.plain())).count();
        return dates >= 2 ? pairs(lines) : perLine(lines);
    }

    /**
     * Talk lists inside an unheaded part of a page: runs of month-year lines with one text line
     * between them (and one before or after the run), read as "Host. Title." / date pairs.
     */
    static List<TalkItem> runs(List<Line> lines) {
        List<TalkItem> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!Dates.isMonthYear(lines.get(i).plain())) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int dates = 1;
            int j = i + 1;
            while (j < lines.size() && j - last <= 2) {
                if (Dates.isMonthYear(lines.get(j).plain())) {
                    last = j;
                    dates++;
                }
                j++;
            }
            if (dates >= 2) {
                int from = first > 0 && pairable(lines.get(first - 1)) ? first - 1 : first;
                int to = last + 1 < lines.size() && pairable(lines.get(last + 1)) ? last + 2 : last + 1;
                out.addAll(pairs(lines.subList(from, to)));
            }
            i = last + 1;
        }
        return out;
    }

    private static boolean pairable(Line line) {
        return !Markup.isBullet(line.text()) && !Dates.isMonthYear(line.plain()) && HOST_STOP.matcher(line.plain()).find();
    }

    /** Whether lines look like a talk list whose heading was lost: month-year lines among "Host. Title." lines. */
    static boolean looksLikeTalks(List<Line> lines) {
        return lines.stream().filter(l -> Dates.isMonthYear(l.plain())).count() >= 2;
    }

    private static List<TalkItem> blocks(List<Line> lines, List<Integer> caps) {
        List<TalkItem> out = new ArrayList<>();
        int floor = -1;
        for (int k = 0; k < caps.size(); k++) {
            int i = caps.get(k);
            int next = k + 1 < caps.size() ? caps.get(k + 1) : lines.size();
            String host = hostAbove(lines, i, floor);
            String date = null;
            Integer year = null;
            for (int j = i + 1; j < next && date == null; j++) {
                String s = lines.get(j).plain();
                if (Dates.whole(s).isPresent()) {
                    date = s;
                    year = Dates.whole(s).get().year();
                }
            }
            out.add(new TalkItem(lines.get(i).plain(), host, date, year, lines.get(i)));
            floor = i;
        }
        return out;
    }

    private static String hostAbove(List<Line> lines, int title, int floor) {
        int j = title - 1;
        if (j <= floor) {
            return null;
        }
        String near = lines.get(j).plain();
        if (Places.isPlace(near)) {
            int k = j - 1;
            return k > floor && isHost(lines.get(k)) ? lines.get(k).plain() : null;
        }
        return isHost(lines.get(j)) ? Places.withoutTrailingPlace(near) : null;
    }

    private static boolean isHost(Line line) {
        String s = line.plain();
        return !Markup.isBullet(line.text()) && !s.endsWith(".") && Dates.whole(s).isEmpty()
                && WHITESPACE.split(s).length <= MAX_HOST_WORDS && Character.isUpperCase(s.codePointAt(0));
    }

    private static List<TalkItem> pairs(List<Line> lines) {
        boolean dateFirst = Dates.isMonthYear(lines.get(0).plain());
        List<TalkItem> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (Dates.isMonthYear(line.plain()) || Markup.isBullet(line.text())) {
                continue;
            }
            int d = dateFirst ? i - 1 : i + 1;
            boolean dated = d >= 0 && d < lines.size() && Dates.isMonthYear(lines.get(d).plain());
            String date = dated ? lines.get(d).plain() : null;
            Integer year = dated ? Dates.whole(date).map(Dates.Span::year).orElse(null) : null;
            hostAndTitle(line.plain()).ifPresent(ht -> out.add(new TalkItem(ht[1], ht[0], date, year, line)));
        }
        return out;
    }

    private static List<TalkItem> perLine(List<Line> lines) {
        List<TalkItem> out = new ArrayList<>();
        for (Line line : lines) {
            String s = line.plain();
            Optional<Dates.Cut> cut = Dates.cut(s);
            String rest = cut.map(Dates.Cut::rest).orElse(s);
            if (rest.isBlank() || ITEM_NUMBER.matcher(s).matches()) {
                continue;
            }
            String[] titleAndHost = titleAndHost(rest, cut.isPresent());
            if (titleAndHost == null || tidy(titleAndHost[0]).isEmpty()) {
                continue;
            }
            String date = cut.map(c -> c.span().text()).orElse(null);
            Integer year = cut.map(c -> c.span().year()).orElse(null);
            out.add(new TalkItem(tidy(titleAndHost[0]), titleAndHost[1], date, year, line));
        }
        return out;
    }

    /**
     * "“Title”, Host", "Title — Host", or, on a dated line, "Title, Host"; null when an undated
     * line has no separator (prose, not a talk).
     */
    private static String[] titleAndHost(String rest, boolean dated) {
        Matcher q = QUOTED.matcher(rest);
        if (q.find() && q.start() <= 2) {
            String host = LEADING_PUNCTUATION.matcher(rest.substring(q.end())).replaceFirst("").strip();
            return new String[] {q.group(1), host.isEmpty() ? null : host};
        }
        String[] parts = SEPARATOR.split(rest, 2);
        if (parts.length == 2) {
            return new String[] {parts[0], parts[1].strip()};
        }
        if (!dated) {
            return null;
        }
        int comma = rest.indexOf(", ");
        return comma > 0 ? new String[] {rest.substring(0, comma), rest.substring(comma + 2).strip()} : new String[] {rest, null};
    }

    /** "J.P. Morgan AI Research. Self-Tuning Networks." → {host, title}; a text without a host is all title. */
    private static Optional<String[]> hostAndTitle(String text) {
        String s = text.strip();
        Matcher m = HOST_STOP.matcher(s);
        if (m.find() && WHITESPACE.split(s.substring(0, m.start())).length <= MAX_HOST_WORDS) {
            String title = tidy(s.substring(m.end()));
            return title.isEmpty() ? Optional.empty() : Optional.of(new String[] {s.substring(0, m.start()).strip(), title});
        }
        String title = tidy(s);
        return title.isEmpty() ? Optional.empty() : Optional.of(new String[] {null, title});
    }

    private static String tidy(String title) {
        return EDGE_QUOTES.matcher(title.strip()).replaceAll("").strip();
    }
}
