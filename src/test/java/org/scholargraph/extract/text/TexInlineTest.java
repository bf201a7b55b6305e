package org.scholargraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.extract.text.TexRun.Mark;
import org.scholargraph.extract.text.TexRun.Style;

/** LaTeX markup turned into text: what {@link TexParser} resolves and what {@link TexInline} marks. */
class TexInlineTest {
    private static TexRun run(String tex) {
        return TexInline.render(TexParser.parse(tex).nodes());
    }

    private static String text(String tex) {
        return run(tex).text();
    }

    private static List<String> marked(TexRun r, Style style) {
        return r.marks().stream().filter(m -> m.style() == style).map(r::slice).toList();
    }

    @Test
    void commentsGoWithTheirLineEndButEscapedPercentStays() {
        assertEquals("Top 10 % reviewer next", text("Top 10 \\% reviewer % a comment\n  next"));
        assertEquals("ab", text("a%\nb"));
    }

    @Test
    void escapesDashesQuotesAndHardSpaces() {
        assertEquals("Research & Development_1 #2 $3 {x}", text("Research \\& Development\\_1 \\#2 \\$3 \\{x\\}"));
        assertEquals("pp. 1–10 — “quoted” ‘single' Honors, Awards", text("pp.~1--10 --- ``quoted'' `single' Honors,~Awards"));
    }

    @Test
    void accentsInEveryWayTheyAreWritten() {
        assertEquals("Jörn Erdős Çelik Kuciński ñ Tübingen ß ø ı é", text(
                "J{\\\"o}rn Erd\\H{o}s \\c{C}elik Kuci\\'nski \\~n T\\\"{u}bingen \\ss{} {\\o} \\i{} \\'{e}"));
        assertEquals("François Gödel", text("Fran\\c cois G\\\"odel"));
    }

    @Test
    void styleCommandsAndSwitchesBecomeMarks() {
        TexRun r = run("Zhang, L., \\textbf{Jagadish, A. K.}$^*$, and {\\bf Me} \\emph{ICLR} \\textit{A Title} \\underline{U}");
        assertEquals("Zhang, L., Jagadish, A. K.*, and Me ICLR A Title U", r.text());
        assertEquals(List.of("Jagadish, A. K.", "Me"), marked(r, Style.BOLD));
        assertEquals(List.of("ICLR", "A Title"), marked(r, Style.ITALIC));
        assertEquals(List.of("U"), marked(r, Style.UNDERLINE));
    }

    @Test
    void mathKeepsItsMarksWithoutSpaces() {
        assertEquals("Me*, You#, Them†, A|B", text("Me$^*$, You$^\\#$, Them$^{\\dagger}$, A$\\mid$B"));
    }

    @Test
    void linksKeepTheirLabelAndTarget() {
        TexRun r = run("\\href{https://arxiv.org/abs/2606.26448}{[PDF]} and \\url{https://x.org/~me/a_b}");
        assertEquals("[PDF] and https://x.org/~me/a_b", r.text());
        List<Mark> links = r.links();
        assertEquals("https://arxiv.org/abs/2606.26448", links.get(0).url());
        assertEquals("[PDF]", r.slice(links.get(0)));
        assertEquals("https://x.org/~me/a_b", links.get(1).url());
        TexRun raw = run("\\href{https://x.org/a%20b--c}{label} after % comment");
        assertEquals("https://x.org/a%20b--c", raw.links().get(0).url());
        assertEquals("label after", raw.text());
    }

    @Test
    void argumentsWithNestedBracesAcrossLinesAndComments() {
        TexParser.Result p = TexParser.parse("\\cvhonor\n  {Top {Reviewer}} % Award\n  {NeurIPS} % Event\n  {USA}\n  {2025}\n\nAfter");
        TexNode.Command honor = (TexNode.Command) p.nodes().get(0);
        assertEquals("cvhonor", honor.name());
        assertEquals(4, honor.args().size());
        assertEquals("Top Reviewer", TexInline.plain(honor.args().get(0)));
        assertEquals("2025", TexInline.plain(honor.args().get(3)));
        assertEquals(5, honor.args().get(3).get(0).line());
        assertTrue(p.issues().isEmpty());
    }

    @Test
    void unknownCommandsLeaveTheTextOfTheirArgumentsAndLayoutCommandsLeaveNothing() {
        assertEquals("Label More text Next", text("\\position{Label}\\jobdescription{More text}\\vspace{3mm}\\\\[0.35cm] Next"
                .replace("\\\\[0.35cm] ", " ")));
        assertEquals("a\nb", text("a\\\\[0.35cm]\nb"));
        assertEquals("red text", text("\\textcolor{blue}{red text}\\label{x}\\cite{key}"));
        assertEquals("Doe, J.*", text("\\textsc{Doe}, J.\\textsuperscript{*}"));
    }

    @Test
    void environmentsAndItemsBreakLines() {
        TexParser.Result p = TexParser.parse("\\begin{enumerate}[leftmargin=0.45cm]\n\\item One\n\\item Two\n\\end{enumerate}");
        TexNode.Environment e = (TexNode.Environment) p.nodes().get(0);
        assertEquals("enumerate", e.name());
        assertEquals("One\nTwo", TexInline.plain(e.body()));
        assertTrue(p.issues().isEmpty(), p.issues().toString());
    }

    @Test
    void brokenInputIsReportedWithItsLineAndReadAsFarAsItGoes() {
        TexParser.Result p = TexParser.parse("\\begin{itemize}\n\\item \\textbf{open\n\\item two\n\\end{itemize}\n}\n\\end{nothing}\n\\begin{x}");
        List<String> messages = p.issues().stream().map(i -> i.line() + ": " + i.message()).toList();
        assertEquals(List.of(
                "2: '{' opened on line 2 is not closed before \\end{itemize}",
                "5: '}' closes no group; ignored",
                "6: \\end{nothing} closes no \\begin{nothing}; ignored",
                "7: \\begin{x} opened on line 7 is never closed"), messages);
        assertTrue(TexInline.plain(p.nodes()).contains("open\ntwo"), TexInline.plain(p.nodes()));
    }

    @Test
    void paragraphsAreBlankLinesEvenAfterAComment() {
        TexParser.Result p = TexParser.parse("one\n\ntwo % c\n\nthree");
        long breaks = p.nodes().stream().filter(n -> n instanceof TexNode.Break b && b.paragraph()).count();
        assertEquals(2, breaks);
    }
}
