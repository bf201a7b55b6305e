package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.extract.text.TexRun.Style;

/**
 * The author list a reference starts with, in the forms reference styles print: "Jagadish, A. K."
 * (APA, surname first), "Paglieri D." (surname and initials), "A. Kayal" and "Tim Rocktäschel"
 * (given names first), mixed in one list; separated by commas or semicolons, "&" or "and" before
 * the last; "..." or "et al." where authors are left out; marks ("*", "#", "†") after a name. A
 * name the source set in bold, italics or underline is marked: for a surname-first name the
 * surname decides, so a mark that strays over the neighbour's initials
 * ("Di Rosario, \emph{S., Pignatelli}, E.") still marks the right person. The list ends where
 * the text stops reading as names (a year, the title).
 */
final class CitationAuthors {
    /** The names read, whether some were left out, and where the list ends in the text. */
    record Result(List<PrintedName> names, boolean elided, int end) {
        Result {
            names = List.copyOf(names);
        }
    }

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
    private static final String PARTICLE = "(?:[vV]an|[vV]on|[dD]e|[dD]er|[dD]en|[dD]el|[dD]ella|[dD]i|[dD]a|[dD]u"
            + "|dos|das|[lL]e|[lL]a|ter|ten|zu|bin|al|el)";
    private static final String SURNAME = "(?:" + PARTICLE + "\\s+)*" + WORD;
    private static final String INITIALS = "\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*";
    private static final String AFTER = "(?=[\\s,;*#†‡§¶&)]|\\.(?:\\s|$)|$)";
    private static final Pattern SURNAME_COMMA_INITIALS = Pattern.compile("(" + SURNAME + "),\\s*(" + INITIALS + ")" + AFTER);
    /** "Paglieri D." but not "Jane Q. Doe", a given name with a middle initial. */
    private static final Pattern SURNAME_INITIALS = Pattern.compile(
            "(" + SURNAME + ")\\s+(" + INITIALS + ")(?!\\s+\\p{Lu}\\p{Ll})" + AFTER);
    private static final Pattern INITIALS_SURNAME = Pattern.compile("(" + INITIALS + ")\\s*(" + SURNAME + ")" + AFTER);
    private static final Pattern FULL = Pattern.compile(
            WORD + "(?:\\s+(?:" + PARTICLE + "|" + WORD + "|" + INITIALS + ")){0,3}\\s+" + WORD + AFTER);
    private static final Pattern ELISION = Pattern.compile("(?:\\.{3}|…|et\\s+al\\.?)");
    private static final Pattern MARKS = Pattern.compile("[*#†‡§¶]+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;]\\s*(?:(?:&|and)\\s+)?|\\s(?:&|and)\\s+)");
    /**
     * After a given-names-first name the list must go on (or a year close it), else it was a
     * title, unless "and" announced it as the last, it is the emphasised owner, or the text ends with it.
     */
    private static final Pattern GOES_ON = Pattern.compile("[*#†‡§¶]*\\s*(?:[,;&]|and\\s|\\(\\s*(?:19|20)\\d{2})");
    /**
     * A short given-names-first name closed by a full stop after a list of names ("…, Nikhil Arora.
     * ApJ 912"): the last of the list.
     */
    private static final Pattern LIST_END = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+)){1,2}[*#†‡§¶]*\\.(?:\\s|$)");
    /** Nothing but marks and punctuation left: the name ends the text, and so the list. */
    private static final Pattern ENDS = Pattern.compile("[*#†‡§¶]*[\\s.,;]*");
    private static final Pattern STOP_BEFORE_INITIAL = Pattern.compile("\\.(?=\\p{Lu})");
    private static final Pattern STOP_HYPHEN_BEFORE_INITIAL = Pattern.compile("\\.-(?=\\p{Lu})");
    private static final List<Style> EMPHASIS = List.of(Style.BOLD, Style.ITALIC, Style.UNDERLINE);

    private CitationAuthors() {
    }

    /** The author list at the start of a run of text (from {@code from}); empty names when there is none. */
    static Result read(TexRun run, int from) {
        String text = run.text();
        List<PrintedName> names = new ArrayList<>();
        boolean elided = false;
        int pos = from;
        int end = from;
        boolean last = false;
        while (pos < text.length()) {
            Matcher e = ELISION.matcher(text).region(pos, text.length());
            Found name = name(run, pos, last || !names.isEmpty() && LIST_END.matcher(text).region(pos, text.length()).lookingAt());
            if (name != null) {
                names.add(name.printed);
                pos = name.end;
            } else if (e.lookingAt()) {
                elided = true;
                pos = e.end();
            } else {
                break;
            }
            end = pos;
            Matcher sep = SEPARATOR.matcher(text).region(pos, text.length());
            if (!sep.lookingAt()) {
                break;
            }
            last = sep.group().contains("&") || sep.group().contains("and");
            pos = sep.end();
        }
        return new Result(names, elided && !names.isEmpty(), names.isEmpty() ? from : end);
    }

    /** A name read at a position: what it is, and where it and its marks end. */
    private record Found(PrintedName printed, int end) {
    }

    /** {@code last}: an "and" or "&" announced this name as the last, so it may end the list. */
    private static Found name(TexRun run, int pos, boolean last) {
        String text = run.text();
        Matcher m = SURNAME_COMMA_INITIALS.matcher(text).region(pos, text.length());
        if (m.lookingAt() || (m = SURNAME_INITIALS.matcher(text).region(pos, text.length())).lookingAt()) {
            return named(run, m, spaced(m.group(2)) + " " + m.group(1), m.start(1), m.end(1));
        }
        m = INITIALS_SURNAME.matcher(text).region(pos, text.length());
        if (m.lookingAt()) {
            return named(run, m, spaced(m.group(1)) + " " + m.group(2), m.start(), m.end());
        }
        m = FULL.matcher(text).region(pos, text.length());
        if (m.lookingAt() && AuthorList.isNameList(m.group()) && Names.looksLikeName(m.group())
                && (last || run.styled(m.start(), m.end(), EMPHASIS)
                        || GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt()
                        || ENDS.matcher(text).region(m.end(), text.length()).matches())) {
            return named(run, m, m.group(), m.start(), m.end());
        }
        return null;
    }

    /** The name with its marks; {@code [keyStart, keyEnd)} is the part whose emphasis marks the person. */
    private static Found named(TexRun run, Matcher m, String name, int keyStart, int keyEnd) {
        String text = run.text();
        int end = m.end();
        Matcher marks = MARKS.matcher(text).region(end, text.length());
        String found = marks.lookingAt() ? marks.group() : "";
        end += found.length();
        String printed = text.substring(m.start(), end);
        boolean emphasised = run.styled(keyStart, keyEnd, EMPHASIS);
        return new Found(new PrintedName(AuthorList.collapse(name), printed, found, emphasised), end);
    }

    /** "R.T." → "R. T.": initials spaced the same however they were printed. */
    private static String spaced(String initials) {
        String s = STOP_BEFORE_INITIAL.matcher(initials).replaceAll(". ");
        return STOP_HYPHEN_BEFORE_INITIAL.matcher(s).replaceAll(".-");
    }
}
