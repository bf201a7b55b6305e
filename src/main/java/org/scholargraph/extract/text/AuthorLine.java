package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is a list of author names: "WILL GRATHWOHL*, RICKY T. Q. CHEN*, …",
 * "Jens Behrmann*, **Will Grathwohl***, …", "…, Aditya Grover, and **Brandon Amos**",
 * "Aarohi Srivastava, ..., Paul Vicol, et al. (442 authors)". A presentation or award note that
 * shares the line ("… CHRIS J. MADDISON Long Oral Presentation (Top 3% of submissions).") is cut
 * off as {@code note}.
 *
 * @param elided the list leaves authors out ("...", "et al."), so positions after the gap are unknown
 */
record AuthorLine(List<PrintedName> names, boolean elided, String note) {
    private static final Pattern PREFIX = Pattern.compile("^(?:authors?\\s*:|by\\s+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile(
            "(?:\\*\\*)?\\s*\\b(?:(?:Long|Short)[ -])?(?:Oral|ORAL|Spotlight|SPOTLIGHT|Poster|POSTER|Contributed [Tt]alk"
                    + "|Best (?:Student )?Paper|Outstanding Paper|Honou?rable Mention|Test of Time)\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\s&\\s|\\s+and\\s+|^and\\s+)\\s*");
    private static final Pattern ELISION = Pattern.compile(
            "^(?:\\.{2,}|…|et\\.?\\s+al\\.?.*|\\(?\\d+\\s+(?:more\\s+)?authors\\)?|others)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("([*†‡§¶]+)$");
    private static final Pattern FINAL_STOP = Pattern.compile("(?<=\\p{Ll}{2})\\.$");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)\\s+");
    private static final Pattern SUPERSCRIPT_MARKUP = Pattern.compile("<sup>|</sup>|\\^");
    private static final int MAX_LENGTH = 2000;

    AuthorLine {
        names = List.copyOf(names);
    }

    static Optional<AuthorLine> parse(String text) {
        String s = PREFIX.matcher(Markup.unescape(Markup.withoutBullet(text))).replaceFirst("");
        if (s.length() > MAX_LENGTH || s.contains(":")) {
            return Optional.empty();
        }
        String note = null;
        Matcher m = NOTE.matcher(s);
        if (m.find() && s.substring(0, m.start()).contains(",")) {
            note = Markup.plain(s.substring(m.start()));
            s = s.substring(0, m.start());
        }
        String found = note;
        return names(FINAL_STOP.matcher(s.strip()).replaceAll(""))
                .map(list -> new AuthorLine(list.names, list.elided, found));
    }

    private record Parsed(List<PrintedName> names, boolean elided) {
    }

    private static Optional<Parsed> names(String s) {
        List<PrintedName> out = new ArrayList<>();
        boolean elided = false;
        for (String part : SEPARATOR.split(s)) {
            String p = LEADING_AND.matcher(part.strip()).replaceFirst("");
            if (p.isEmpty() || p.equals("**")) {
                continue;
            }
            if (ELISION.matcher(Markup.withoutBold(p).strip()).matches()) {
                elided = true;
                continue;
            }
            Optional<PrintedName> name = name(p);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            out.add(name.get());
        }
        boolean enough = out.size() >= 2 || (out.size() == 1 && (elided || out.get(0).bold()));
        return enough ? Optional.of(new Parsed(out, elided)) : Optional.empty();
    }

    private static Optional<PrintedName> name(String part) {
        boolean bold = Markup.isBold(part);
        String printed = Markup.spaces(SUPERSCRIPT_MARKUP.matcher(Markup.withoutBold(part)).replaceAll(""));
        Matcher m = MARKS.matcher(printed);
        String marks = m.find() ? m.group(1) : "";
        String bare = Markup.spaces(printed.substring(0, printed.length() - marks.length()));
        if (!Names.looksLikeName(bare)) {
            return Optional.empty();
        }
        return Optional.of(new PrintedName(Names.properCase(bare), printed, marks, bold));
    }
}
