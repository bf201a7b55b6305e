package org.scholargraph.extract.text;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads LaTeX source into {@link TexNode}s, the way TeX reads it as far as text goes: comments
 * dropped (a {@code %} eats its line end), {@code \&}-style escapes, accents ({@code {\"o}},
 * {@code \'e}, {@code \c{c}}), letters ({@code \ss}), symbols ({@code \dagger}), dashes, quotes
 * and {@code ~} resolved to text; commands take their {@code [options]} and {@code {arguments}}
 * (nested braces, arguments on the next lines, comments between them), as many as a known command
 * takes and, for one it does not know, every group that follows. Broken input (a brace or an
 * environment never closed, a stray {@code \end}) is reported as an issue with its line and read
 * as far as it goes; parsing never throws.
 */
final class TexParser {
    /** What a source held: its nodes, and what did not balance. */
    record Result(List<TexNode> nodes, List<Issue> issues) {
    }

    /** A located problem in the source. */
    record Issue(int line, String message) {
    }

    private enum Stop { END, GROUP, OPTION, MATH, DISPLAY_MATH, ENVIRONMENT }

    private static final Map<String, String> ACCENTS = Map.ofEntries(Map.entry("\"", "\u0308"),
            Map.entry("'", "\u0301"), Map.entry("`", "\u0300"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("c", "\u0327"), Map.entry("v", "\u030C"),
            Map.entry("u", "\u0306"), Map.entry("H", "\u030B"), Map.entry("r", "\u030A"), Map.entry("k", "\u0328"),
            Map.entry("d", "\u0323"), Map.entry("b", "\u0331"));
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("textellipsis", "…"),
            Map.entry("dagger", "†"), Map.entry("textdagger", "†"), Map.entry("ddagger", "‡"),
            Map.entry("textdaggerdbl", "‡"), Map.entry("ast", "*"), Map.entry("star", "*"), Map.entry("textasteriskcentered", "*"),
            Map.entry("textbullet", "•"), Map.entry("bullet", "•"), Map.entry("cdot", "·"), Map.entry("cdotp", "·"),
            Map.entry("mid", "|"), Map.entry("vert", "|"), Map.entry("textbar", "|"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"),
            Map.entry("S", "§"), Map.entry("P", "¶"), Map.entry("copyright", "©"), Map.entry("LaTeX", "LaTeX"),
            Map.entry("TeX", "TeX"), Map.entry("textasciitilde", "~"), Map.entry("textbackslash", "\\"),
            Map.entry("times", "×"), Map.entry("sharp", "#"), Map.entry("textsection", "§"), Map.entry("pounds", "£"),
            Map.entry("euro", "€"), Map.entry("texteuro", "€"), Map.entry("textdollar", "$"), Map.entry("quad", " "),
            Map.entry("qquad", " "), Map.entry("enskip", " "), Map.entry("enspace", " "), Map.entry("hfill", " "),
            Map.entry("hfil", " "), Map.entry("space", " "), Map.entry("textasciicircum", "^"),
            Map.entry("textunderscore", "_"), Map.entry("checkmark", "✓"), Map.entry("textpm", "±"), Map.entry("pm", "±"));
    private static final Set<String> BREAKS = Set.of("newline", "linebreak", "break", "\\", "cr");
    private static final Set<String> PARAGRAPHS = Set.of("par", "bigskip", "medskip", "smallskip");
    private static final Map<String, Integer> ARITY = Map.ofEntries(Map.entry("item", 0), Map.entry("bibitem", 1), Map.entry("noindent", 0),
            Map.entry("indent", 0), Map.entry("centering", 0), Map.entry("raggedright", 0), Map.entry("raggedleft", 0),
            Map.entry("newpage", 0), Map.entry("clearpage", 0), Map.entry("pagebreak", 0), Map.entry("maketitle", 0),
            Map.entry("makecvheader", 0), Map.entry("bfseries", 0), Map.entry("itshape", 0), Map.entry("em", 0),
            Map.entry("bf", 0), Map.entry("it", 0), Map.entry("sl", 0), Map.entry("sc", 0), Map.entry("tt", 0),
            Map.entry("normalfont", 0), Map.entry("small", 0), Map.entry("footnotesize", 0), Map.entry("large", 0),
            Map.entry("Large", 0), Map.entry("LARGE", 0), Map.entry("huge", 0), Map.entry("Huge", 0),
            Map.entry("normalsize", 0), Map.entry("hline", 0), Map.entry("toprule", 0), Map.entry("midrule", 0),
            Map.entry("bottomrule", 0), Map.entry("protect", 0), Map.entry("relax", 0), Map.entry("selectfont", 0),
            Map.entry("today", 0), Map.entry("leavevmode", 0), Map.entry("nobreak", 0), Map.entry("vfill", 0),
            Map.entry("textbf", 1), Map.entry("textit", 1), Map.entry("emph", 1), Map.entry("underline", 1),
            Map.entry("uline", 1), Map.entry("textsl", 1), Map.entry("textsc", 1), Map.entry("texttt", 1),
            Map.entry("textsf", 1), Map.entry("textrm", 1), Map.entry("textup", 1), Map.entry("textmd", 1),
            Map.entry("textnormal", 1), Map.entry("mbox", 1), Map.entry("url", 1), Map.entry("href", 2),
            Map.entry("footnote", 1), Map.entry("textsuperscript", 1), Map.entry("textsubscript", 1),
            Map.entry("section", 1), Map.entry("section*", 1), Map.entry("subsection", 1), Map.entry("subsection*", 1),
            Map.entry("subsubsection", 1), Map.entry("chapter", 1), Map.entry("cvsection", 1),
            Map.entry("cvsubsection", 1), Map.entry("vspace", 1), Map.entry("vspace*", 1), Map.entry("hspace", 1),
            Map.entry("hspace*", 1), Map.entry("textcolor", 2), Map.entry("color", 1), Map.entry("colorbox", 2),
            Map.entry("label", 1), Map.entry("ref", 1), Map.entry("cite", 1), Map.entry("input", 1),
            Map.entry("include", 1), Map.entry("usepackage", 1), Map.entry("documentclass", 1), Map.entry("name", 2),
            Map.entry("firstname", 1), Map.entry("familyname", 1), Map.entry("author", 1), Map.entry("title", 1),
            Map.entry("setlength", 2), Map.entry("addtolength", 2), Map.entry("setcounter", 2), Map.entry("fontsize", 2),
            Map.entry("raisebox", 2), Map.entry("phantom", 1), Map.entry("includegraphics", 1),
            Map.entry("newcommand", 2), Map.entry("renewcommand", 2), Map.entry("providecommand", 2),
            Map.entry("newenvironment", 3), Map.entry("renewenvironment", 3));
    /** Commands whose first argument is an address, read verbatim. */
    private static final Set<String> VERBATIM_ADDRESS = Set.of("url", "href");
    /** Environments whose content is not prose: skipped whole. */
    private static final Set<String> RAW = Set.of("comment", "verbatim", "lstlisting", "minted");
    private static final int MAX_DEPTH = 100;

    private final String in;
    private final List<Issue> issues = new ArrayList<>();
    private final Deque<String> environments = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int depth;
    private boolean tooDeep;

    private TexParser(String in) {
        this.in = in;
    }

    static Result parse(String text) {
        TexParser p = new TexParser(text == null ? "" : text);
        List<TexNode> nodes = p.sequence(Stop.END, null, 1);
        return new Result(nodes, List.copyOf(p.issues));
    }

    /** Reads nodes until {@code stop}; {@code opened} names what is being closed, for messages. */
    private List<TexNode> sequence(Stop stop, String opened, int openedLine) {
        Sequence out = new Sequence();
        depth++;
        try {
            if (depth > MAX_DEPTH) {
                return tooDeep(out);
            }
            while (pos < in.length()) {
                if (closes(stop, opened, openedLine)) {
                    return out.done();
                }
                if (pos < in.length()) {
                    step(out, stop);
                }
            }
            if (stop != Stop.END && !tooDeep) {
                issues.add(new Issue(openedLine, describe(stop, opened) + " opened on line " + openedLine
                        + " is never closed"));
            }
            return out.done();
        } finally {
            depth--;
        }
    }

    /** Nesting this deep is no CV: the rest of the input is left unread rather than overflow the stack. */
    private List<TexNode> tooDeep(Sequence out) {
        if (!tooDeep) {
            issues.add(new Issue(line, "groups nested deeper than " + MAX_DEPTH + " levels; the rest is not read"));
        }
        tooDeep = true;
        pos = in.length();
        return out.done();
    }

    /** True when the input at {@code pos} ends the current sequence (and consumes the closer when it is ours). */
    private boolean closes(Stop stop, String opened, int openedLine) {
        char c = in.charAt(pos);
        if (c == '}' && (stop == Stop.GROUP)) {
            pos++;
            return true;
        }
        if (c == ']' && stop == Stop.OPTION) {
            pos++;
            return true;
        }
        if (c == '$' && stop == Stop.MATH) {
            pos++;
            return true;
        }
        if (c == '$' && stop == Stop.DISPLAY_MATH && in.startsWith("$$", pos)) {
            pos += 2;
            return true;
        }
        if (c == '\\' && (stop == Stop.MATH || stop == Stop.DISPLAY_MATH) && (in.startsWith("\\)", pos) || in.startsWith("\\]", pos))) {
            pos += 2;
            return true;
        }
        if (in.startsWith("\\end", pos) && !Character.isLetter(charAt(pos + 4))) {
            return endCloses(stop, opened, openedLine);
        }
        return false;
    }

    private boolean endCloses(Stop stop, String opened, int openedLine) {
        int save = pos;
        int saveLine = line;
        pos += 4;
        String name = rawGroup();
        if (stop == Stop.ENVIRONMENT && name.equals(opened)) {
            return true;
        }
        if (environments.contains(name)) {
            issues.add(new Issue(openedLine, describe(stop, opened) + " opened on line " + openedLine
                    + " is not closed before \\end{" + name + "}"));
            pos = save;
            line = saveLine;
            return true;
        }
        issues.add(new Issue(saveLine, "\\end{" + name + "} closes no \\begin{" + name + "}; ignored"));
        return false;
    }

    private static String describe(Stop stop, String opened) {
        switch (stop) {
            case GROUP:
                return "'{'";
            case OPTION:
                return "'['";
            case MATH:
            case DISPLAY_MATH:
                return "math";
            case ENVIRONMENT:
                return "\\begin{" + opened + "}";
            default:
                return "the document";
        }
    }

    private void step(Sequence out, Stop stop) {
        char c = in.charAt(pos);
        switch (c) {
            case '%' -> comment(out);
            case '\\' -> backslash(out);
            case '{' -> group(out);
            case '}' -> {
                issues.add(new Issue(line, "'}' closes no group; ignored"));
                pos++;
            }
            case '$' -> math(out);
            case '\n' -> newline(out);
            case '-' -> dashes(out);
            case '`', '\'' -> quotes(out, c);
            default -> {
                out.text(line, plain(c, stop == Stop.MATH || stop == Stop.DISPLAY_MATH));
                pos++;
            }
        }
    }

    /** A character that means itself, or what it stands for: {@code ~} a hard space, {@code &} a column break. */
    private static String plain(char c, boolean math) {
        switch (c) {
            case '~':
                return math ? "" : "\u00a0";
            case '&':
                return "\t";
            case '^':
            case '_':
                return math ? "" : String.valueOf(c);
            case '\r':
                return "";
            default:
                return String.valueOf(c);
        }
    }

    private void comment(Sequence out) {
        while (pos < in.length() && in.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < in.length()) {
            pos++;
            line++;
            skipSpaces();
            if (blankLineAhead()) {
                paragraph(out);
            }
        }
    }

    private void newline(Sequence out) {
        pos++;
        line++;
        if (blankLineAhead()) {
            paragraph(out);
        } else {
            out.text(line - 1, " ");
        }
    }

    /** A line holding only spaces follows: a paragraph break. */
    private boolean blankLineAhead() {
        int p = pos;
        while (p < in.length() && (in.charAt(p) == ' ' || in.charAt(p) == '\t' || in.charAt(p) == '\r')) {
            p++;
        }
        return p < in.length() && in.charAt(p) == '\n';
    }

    private void paragraph(Sequence out) {
        int at = line;
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            if (in.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        out.node(new TexNode.Break(true, at));
    }

    private void dashes(Sequence out) {
        if (in.startsWith("---", pos)) {
            out.text(line, "—");
            pos += 3;
        } else if (in.startsWith("--", pos)) {
            out.text(line, "–");
            pos += 2;
        } else {
            out.text(line, "-");
            pos++;
        }
    }

    private void quotes(Sequence out, char c) {
        if (c == '`' && in.startsWith("``", pos)) {
            out.text(line, "“");
            pos += 2;
        } else if (c == '\'' && in.startsWith("''", pos)) {
            out.text(line, "”");
            pos += 2;
        } else {
            out.text(line, c == '`' ? "‘" : "'");
            pos++;
        }
    }

    private void group(Sequence out) {
        int at = line;
        pos++;
        out.node(new TexNode.Group(sequence(Stop.GROUP, null, at), at));
    }

    private void math(Sequence out) {
        int at = line;
        boolean display = in.startsWith("$$", pos);
        pos += display ? 2 : 1;
        out.node(new TexNode.Math(sequence(display ? Stop.DISPLAY_MATH : Stop.MATH, null, at), at));
    }

    private void backslash(Sequence out) {
        int at = line;
        pos++;
        if (pos >= in.length()) {
            return;
        }
        char c = in.charAt(pos);
        if (!Character.isLetter(c)) {
            pos++;
            controlSymbol(out, c, at);
            return;
        }
        String name = letters();
        if (ACCENTS.containsKey(name) && name.length() == 1 && accentable()) {
            out.text(at, accented(name));
        } else if (SYMBOLS.containsKey(name)) {
            skipSpaces();
            if (pos < in.length() && in.startsWith("{}", pos)) {
                pos += 2;
            }
            out.text(at, SYMBOLS.get(name));
        } else if (BREAKS.contains(name) || PARAGRAPHS.contains(name)) {
            skipSpaces();
            out.node(new TexNode.Break(PARAGRAPHS.contains(name), at));
        } else if (name.equals("begin")) {
            environment(out, at);
        } else if (name.equals("def")) {
            definition();
        } else {
            out.node(command(name, at));
        }
    }

    private void controlSymbol(Sequence out, char c, int at) {
        if (ACCENTS.containsKey(String.valueOf(c))) {
            out.text(at, accented(String.valueOf(c)));
        } else if (c == '\\') {
            immediateOptions();
            out.node(new TexNode.Break(false, at));
        } else if (c == '(' || c == '[') {
            out.node(new TexNode.Math(sequence(Stop.MATH, null, at), at));
        } else if ("#$%&_{}".indexOf(c) >= 0) {
            out.text(at, String.valueOf(c));
        } else if (c == ' ' || c == ',' || c == ';' || c == ':' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            out.text(at, " ");
        }
    }

    private String letters() {
        int start = pos;
        while (pos < in.length() && Character.isLetter(in.charAt(pos)) && in.charAt(pos) < 128) {
            pos++;
        }
        if (pos < in.length() && in.charAt(pos) == '*') {
            pos++;
        }
        return in.substring(start, pos);
    }

    /** A one-letter accent command ({@code \c}, {@code \v}) is one only when a letter or group follows. */
    private boolean accentable() {
        char next = charAt(pos);
        return next == '{' || next == ' ' && Character.isLetter(charAt(pos + 1));
    }

    /** The letter after an accent command with its combining mark: {@code \"{o}}, {@code \'e}, {@code \c c}. */
    private String accented(String accent) {
        skipSpaces();
        String base;
        if (charAt(pos) == '{') {
            pos++;
            int close = in.indexOf('}', pos);
            base = close < 0 ? "" : in.substring(pos, close).strip();
            pos = close < 0 ? in.length() : close + 1;
        } else if (charAt(pos) == '\\') {
            pos++;
            base = letters();
        } else {
            base = pos < in.length() ? String.valueOf(in.charAt(pos++)) : "";
        }
        base = base.replace("\\i", "i").replace("\\j", "j");
        if (base.isEmpty()) {
            return "";
        }
        return base.charAt(0) + ACCENTS.get(accent) + base.substring(1);
    }

    private TexNode.Command command(String name, int at) {
        List<List<TexNode>> options = new ArrayList<>(immediateOptions());
        List<List<TexNode>> args = new ArrayList<>();
        Integer arity = ARITY.get(name);
        int wanted = arity == null ? Integer.MAX_VALUE : arity;
        while (args.size() < wanted && argumentAhead()) {
            int open = line;
            if (args.isEmpty() && VERBATIM_ADDRESS.contains(name)) {
                args.add(List.of(new TexNode.Text(rawBraces(), open)));
                continue;
            }
            pos++;
            args.add(sequence(Stop.GROUP, null, open));
            if (args.size() < wanted) {
                options.addAll(immediateOptions());
            }
        }
        return new TexNode.Command(name, options, args, at);
    }

    private void environment(Sequence out, int at) {
        String name = rawGroup();
        if (RAW.contains(name)) {
            skipRaw(name, at);
            return;
        }
        List<List<TexNode>> args = new ArrayList<>();
        while (pos < in.length() && (in.charAt(pos) == '{' || in.charAt(pos) == '[')) {
            boolean option = in.charAt(pos) == '[';
            int open = line;
            pos++;
            List<TexNode> arg = sequence(option ? Stop.OPTION : Stop.GROUP, null, open);
            if (!option) {
                args.add(arg);
            }
        }
        environments.push(name);
        List<TexNode> body;
        try {
            body = sequence(Stop.ENVIRONMENT, name, at);
        } finally {
            environments.pop();
        }
        out.node(new TexNode.Environment(name, args, body, at));
    }

    private void skipRaw(String name, int at) {
        int end = in.indexOf("\\end{" + name + "}", pos);
        int stop = end < 0 ? in.length() : end + name.length() + 6;
        line += (int) in.substring(pos, stop).chars().filter(ch -> ch == '\n').count();
        pos = stop;
        if (end < 0) {
            issues.add(new Issue(at, "\\begin{" + name + "} opened on line " + at + " is never closed"));
        }
    }

    /** A brace argument taken as written, as hyperref takes an address ("%20" is no comment there). */
    private String rawBraces() {
        int start = pos + 1;
        int depthHere = 0;
        int p = pos;
        while (p < in.length()) {
            char c = in.charAt(p);
            depthHere += c == '{' ? 1 : c == '}' ? -1 : 0;
            p++;
            if (depthHere == 0) {
                break;
            }
        }
        String raw = in.substring(start, Math.max(start, depthHere == 0 ? p - 1 : p));
        line += (int) raw.chars().filter(ch -> ch == '\n').count();
        pos = p;
        if (depthHere != 0) {
            issues.add(new Issue(line, "'{' of an address is never closed"));
        }
        return raw.replace("\\%", "%").replace("\\#", "#").replace("\\_", "_").replace("\\&", "&").strip();
    }

    /** {@code \def\name#1{body}}: a definition, not text; skipped. */
    private void definition() {
        int brace = in.indexOf('{', pos);
        if (brace < 0) {
            pos = in.length();
            return;
        }
        line += (int) in.substring(pos, brace).chars().filter(ch -> ch == '\n').count();
        pos = brace + 1;
        sequence(Stop.GROUP, null, line);
    }

    private List<List<TexNode>> immediateOptions() {
        List<List<TexNode>> out = new ArrayList<>();
        while (charAt(pos) == '[') {
            int open = line;
            pos++;
            out.add(sequence(Stop.OPTION, null, open));
        }
        return out;
    }

    /**
     * Whether a brace argument follows, looking past spaces, comments and one line end (TeX reads
     * arguments across them) but never past a blank line. Leaves {@code pos} on the brace if so.
     */
    private boolean argumentAhead() {
        int save = pos;
        int saveLine = line;
        boolean newline = false;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '%') {
                int eol = in.indexOf('\n', pos);
                pos = eol < 0 ? in.length() : eol + 1;
                line++;
                if (blankLineAhead()) {
                    break;
                }
            } else if (c == '\n' && !newline && !blankLineAheadAfter(pos + 1)) {
                newline = true;
                pos++;
                line++;
            } else {
                break;
            }
        }
        if (charAt(pos) == '{') {
            return true;
        }
        pos = save;
        line = saveLine;
        return false;
    }

    private boolean blankLineAheadAfter(int p) {
        int save = pos;
        pos = p;
        boolean blank = blankLineAhead() || p >= in.length();
        pos = save;
        return blank;
    }

    /** The raw text of a {@code {name}} right after {@code \begin} or {@code \end}. */
    private String rawGroup() {
        skipSpaces();
        if (charAt(pos) != '{') {
            return "";
        }
        int close = in.indexOf('}', pos);
        if (close < 0) {
            pos = in.length();
            return "";
        }
        String name = in.substring(pos + 1, close).strip();
        pos = close + 1;
        return name;
    }

    private void skipSpaces() {
        while (pos < in.length() && (in.charAt(pos) == ' ' || in.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private char charAt(int p) {
        return p < in.length() ? in.charAt(p) : '\0';
    }

    /** Nodes being gathered, with text pieces joined into one {@link TexNode.Text}. */
    private static final class Sequence {
        private final List<TexNode> nodes = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int textLine;

        void text(int line, String s) {
            if (text.length() == 0) {
                textLine = line;
            }
            text.append(s);
        }

        void node(TexNode n) {
            flush();
            nodes.add(n);
        }

        List<TexNode> done() {
            flush();
            return nodes;
        }

        private void flush() {
            if (text.length() > 0) {
                nodes.add(new TexNode.Text(Normalizer.normalize(text, Normalizer.Form.NFC), textLine));
                text.setLength(0);
            }
        }
    }
}
