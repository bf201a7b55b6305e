package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * One visual line of a page: the text between two block boundaries or {@code <br>}s, with each
 * character traceable to the text node it came from, so a parser working on the string can still
 * ask whether a span of it was bold, inside a link or a superscript.
 */
final class Line {
    private static final Pattern BRACKETED = Pattern.compile("^\\[.*\\]$");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\[[\\s,|/;]*\\]|\\([\\s,|/;]*\\)");

    /** A run of the line's text that came from one text node. */
    record Piece(TextNode node, int start, int end, boolean emphasized, boolean inLink, boolean inSup) {
        Element parent() {
            return node.parentElement();
        }
    }

    private final String raw;
    private final List<Piece> pieces;
    private final Element block;

    Line(String raw, List<Piece> pieces, Element block) {
        this.raw = raw;
        this.pieces = List.copyOf(pieces);
        this.block = block;
    }

    /** The line as built, whitespace collapsed but not trimmed: offsets into it are piece offsets. */
    String raw() {
        return raw;
    }

    String text() {
        return TextForm.squash(raw);
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** The nearest block-level element that holds the line's first character. */
    Element block() {
        return block;
    }

    TextNode firstNode() {
        return pieces.get(0).node();
    }

    /** The part of the raw text from {@code from} to {@code to}, squashed. */
    String slice(int from, int to) {
        return TextForm.squash(raw.substring(Math.max(0, from), Math.min(raw.length(), to)));
    }

    /** True when most letters between the offsets are bold, italic or underlined. */
    boolean emphasized(int from, int to) {
        return share(from, to, Piece::emphasized) > 0.5;
    }

    /** True when most letters between the offsets are link text. */
    boolean linked(int from, int to) {
        return share(from, to, Piece::inLink) > 0.5;
    }

    /** Share of the whole line's letters that are link text. */
    double linkShare() {
        return share(0, raw.length(), Piece::inLink);
    }

    /** Text of the line outside links and superscripts: what the page says in its own words. */
    String plainText() {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            if (!p.inLink()) {
                out.append(raw, p.start(), p.end()).append(' ');
            }
        }
        return TextForm.squash(out.toString());
    }

    /** The line without the labels of links ("[Link, PDF (arXiv)]", "code"), which are not content. */
    String withoutLinkLabels() {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            Element a = p.inLink() ? p.parent().closest("a[href]") : null;
            String label = a == null ? "" : TextForm.squash(a.text());
            if (a == null || !TitleFinder.isLinkLabel(label) && !BRACKETED.matcher(label).matches()) {
                out.append(raw, p.start(), p.end()).append(' ');
            }
        }
        return TextForm.squash(EMPTY_BRACKETS.matcher(out.toString()).replaceAll(" "));
    }

    List<Piece> piecesIn(int from, int to) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.end() > from && p.start() < to) {
                out.add(p);
            }
        }
        return out;
    }

    private double share(int from, int to, java.util.function.Predicate<Piece> test) {
        int all = 0;
        int hit = 0;
        for (Piece p : piecesIn(from, to)) {
            int a = Math.max(from, p.start());
            int b = Math.min(to, p.end());
            for (int i = a; i < b; i++) {
                if (Character.isLetterOrDigit(raw.charAt(i))) {
                    all++;
                    if (test.test(p)) {
                        hit++;
                    }
                }
            }
        }
        return all == 0 ? 0 : (double) hit / all;
    }

    @Override
    public String toString() {
        return text();
    }
}
