package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.extract.text.TexRun.Mark;
import org.scholargraph.extract.text.TexRun.Style;

/**
 * Renders parsed LaTeX as a {@link TexRun}: {@code \textbf}, {@code \emph}, {@code \textit},
 * underline and the old switches ({@code {\bf …}}) become marks, {@code \href} its label
 * with a link mark, the URL command its address; math keeps its characters without spaces
 * ({@code $^\#$} → "#"); layout and bookkeeping commands ({@code \vspace}, {@code \label},
 * {@code \cite}) go with their arguments; any other command leaves the text of its arguments,
 * a word apart but not apart from the punctuation after them ({@code \textsc{Doe}, J.}).
 */
final class TexInline {
    private static final Map<String, Style> STYLES = Map.ofEntries(Map.entry("textbf", Style.BOLD),
            Map.entry("textit", Style.ITALIC), Map.entry("emph", Style.ITALIC), Map.entry("textsl", Style.ITALIC),
            Map.entry("underline", Style.UNDERLINE), Map.entry("uline", Style.UNDERLINE));
    private static final Map<String, Style> SWITCHES = Map.ofEntries(Map.entry("bf", Style.BOLD),
            Map.entry("bfseries", Style.BOLD), Map.entry("it", Style.ITALIC), Map.entry("itshape", Style.ITALIC),
            Map.entry("em", Style.ITALIC), Map.entry("sl", Style.ITALIC), Map.entry("slshape", Style.ITALIC));
    private static final Set<String> DROPPED = Set.of("vspace", "vspace*", "hspace", "hspace*", "setlength",
            "addtolength", "setcounter", "label", "ref", "eqref", "cite", "citep", "citet", "nocite", "input", "include",
            "usepackage", "documentclass", "newcommand", "renewcommand", "providecommand", "newenvironment",
            "renewenvironment", "color", "fontsize", "includegraphics", "phantom", "hphantom", "vphantom", "geometry",
            "hypersetup", "pagestyle", "thispagestyle", "bibliographystyle", "bibliography", "addbibresource",
            "footnote", "makecvfooter", "faicon", "fa", "rule", "moderncvstyle", "moderncvcolor", "definecolor",
            "colorlet", "setmainfont", "setsansfont", "newfontfamily", "photo", "pdfbookmark", "hyphenation");
    /** Commands whose last argument is their text ({@code \textcolor{red}{text}}). */
    private static final Set<String> LAST_ARGUMENT = Set.of("textcolor", "colorbox", "raisebox", "resizebox",
            "scalebox", "makebox", "parbox", "fcolorbox", "texorpdfstring");

    private static final String NO_SPACE_BEFORE = ",.;:)]!?*#†‡§¶";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final StringBuilder out = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    /** A space owed between words, dropped before punctuation ("\textsc{Doe}, J."). */
    private boolean softSpace;

    private TexInline() {
    }

    static TexRun render(List<TexNode> nodes) {
        TexInline r = new TexInline();
        r.sequence(nodes);
        int length = r.trimmedLength();
        List<Mark> clamped = r.marks.stream().filter(m -> m.start() < length)
                .map(m -> new Mark(m.style(), m.start(), Math.min(m.end(), length), m.url())).toList();
        int line = nodes.isEmpty() ? 0 : nodes.get(0).line();
        return new TexRun(r.out.substring(0, length), clamped, line);
    }

    /** Whether a command only styles its argument (bold, italics, a link) rather than naming a field. */
    static boolean isStyle(String command) {
        return STYLES.containsKey(command) || command.equals("href") || command.equals("url")
                || LAST_ARGUMENT.contains(command);
    }

    /** The plain text of nodes, marks dropped. */
    static String plain(List<TexNode> nodes) {
        return render(nodes).text();
    }

    private void sequence(List<TexNode> nodes) {
        Map<Style, Integer> switched = new EnumMap<>(Style.class);
        for (TexNode n : nodes) {
            if (n instanceof TexNode.Command c && SWITCHES.containsKey(c.name())) {
                switched.putIfAbsent(SWITCHES.get(c.name()), out.length());
            } else {
                node(n);
            }
        }
        switched.forEach((style, start) -> mark(style, start, null));
    }

    private void node(TexNode n) {
        if (n instanceof TexNode.Text t) {
            append(t.text());
        } else if (n instanceof TexNode.Break) {
            append("\n");
        } else if (n instanceof TexNode.Group g) {
            int start = out.length();
            sequence(g.body());
            mark(Style.GROUP, start, null);
        } else if (n instanceof TexNode.Math m) {
            append(WHITESPACE.matcher(render(m.body()).text()).replaceAll(""));
        } else if (n instanceof TexNode.Environment e) {
            append("\n");
            sequence(e.body());
            append("\n");
        } else if (n instanceof TexNode.Command c) {
            command(c);
        }
    }

    private void command(TexNode.Command c) {
        if (DROPPED.contains(c.name()) || c.name().startsWith("fa") && c.args().isEmpty()) {
            return;
        }
        if (c.is("item", "bibitem")) {
            append("\n");
        } else if (STYLES.containsKey(c.name()) && !c.args().isEmpty()) {
            int start = out.length();
            sequence(c.args().get(0));
            mark(STYLES.get(c.name()), start, null);
        } else if (c.is("href") && c.args().size() == 2) {
            String url = address(c.args().get(0));
            int start = out.length();
            sequence(c.args().get(1));
            mark(Style.LINK, start, url);
        } else if (c.is("url") && !c.args().isEmpty()) {
            String url = address(c.args().get(0));
            int start = out.length();
            append(url);
            mark(Style.LINK, start, url);
        } else if (LAST_ARGUMENT.contains(c.name()) && !c.args().isEmpty()) {
            sequence(c.args().get(c.args().size() - 1));
        } else {
            // The fields of a macro (\cvhonor{Award}{Event}…) are words apart, but not from punctuation.
            for (List<TexNode> arg : c.args()) {
                softSpace = true;
                sequence(arg);
                softSpace = true;
            }
        }
    }

    /** A link target as written (the parser reads it verbatim). */
    private static String address(List<TexNode> nodes) {
        StringBuilder s = new StringBuilder();
        for (TexNode n : nodes) {
            if (n instanceof TexNode.Text t) {
                s.append(t.text());
            }
        }
        return s.toString().strip();
    }

    private void mark(Style style, int start, String url) {
        int end = out.length();
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        int from = start;
        while (from < end && Character.isWhitespace(out.charAt(from))) {
            from++;
        }
        if (end > from) {
            marks.add(new Mark(style, from, end, url));
        }
    }

    /** Appends text with white space collapsed: one space between words, a line break kept as {@code \n}. */
    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int last = out.length() - 1;
            if (c == '\n') {
                if (last >= 0 && out.charAt(last) == ' ') {
                    out.setCharAt(last, '\n');
                } else if (last >= 0 && out.charAt(last) != '\n') {
                    out.append('\n');
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                    out.append(' ');
                }
            } else {
                if (softSpace && last >= 0 && !Character.isWhitespace(out.charAt(last)) && NO_SPACE_BEFORE.indexOf(c) < 0) {
                    out.append(' ');
                }
                out.append(c);
            }
            softSpace = false;
        }
    }

    private int trimmedLength() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
