package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.model.VenueCatalog;

/**
 * Finds award rows in a page's lines. Award labels (headings, table cells, bold or stand-alone
 * lines) open scopes; inside them an entry is a sentence "… to A, B and C for their paper
 * Title", a line "Title (A, B)" / "Title by A, B" / "Title – A, B", or a title line (a link, a
 * bold span or a short plain line) followed by an author line.
 */
final class EntryFinder {
    private static final Pattern LEAD = Pattern.compile("^(.{3,80}?)\\s*[:–—]\\s+(.+)$");
    private static final Pattern AWARD_NOUN = Pattern.compile(
            "(?i)\\b(?:awards?|papers?|prizes?|mentions?|runners?[\\s-]ups?|winners?|finalists?|nominees?)$");
    private static final Pattern TABLE_CELL = Pattern.compile("td|th");
    private final VenueCatalog catalog;
    private final TitleAuthorPairs pairs = new TitleAuthorPairs(line -> labelOf(line).isPresent());

    EntryFinder(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    /** The rows found: those under an award, and how many title + author entries were under none. */
    record Findings(List<Entry> awarded, int unawarded) {
        int total() {
            return awarded.size() + unawarded;
        }
    }

    Findings find(List<Line> lines, Optional<String> pageTitle) {
        LabelScope scope = new LabelScope();
        pageTitle.flatMap(t -> AwardLabel.read(t, catalog)).ifPresent(l -> scope.enterHeading(0, l));
        List<Entry> awarded = new ArrayList<>();
        int unawarded = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<AwardLabel> label = labelOf(line);
            if (label.isPresent()) {
                enter(scope, line, label.get());
                continue;
            }
            Optional<Lead> lead = leadingLabel(line);
            lead.ifPresent(l -> scope.enterRunIn(l.label()));
            List<Draft> drafts = rowsAt(lead.map(l -> l.rest(lines, line)).orElse(lines), i, scope);
            if (drafts.isEmpty()) {
                passOver(scope, line);
                continue;
            }
            i += drafts.stream().mapToInt(Draft::extra).max().orElse(0);
            for (Draft d : drafts) {
                rowLabel(d.titleLine()).ifPresent(scope::enterRunIn);
                Optional<LabelScope.Resolved> award = scope.resolve();
                if (award.isPresent()) {
                    awarded.add(new Entry(d.title(), d.authors(), d.titleLine(), d.anchor(), d.lines(), award.get()));
                } else {
                    unawarded++;
                }
            }
        }
        return new Findings(awarded, unawarded);
    }

    /** Prose credits first (their sentence is also the section's prose), then one-line rows, then title + author lines. */
    private List<Draft> rowsAt(List<Line> lines, int at, LabelScope scope) {
        List<Draft> credited = ProseCredits.at(lines, at);
        if (!credited.isEmpty()) {
            scope.note(lines.get(at).text());
            return credited;
        }
        return InlineEntries.in(lines.get(at)).or(() -> pairs.at(lines, at)).stream().toList();
    }

    private static void enter(LabelScope scope, Line line, AwardLabel label) {
        if (line.isHeading()) {
            scope.enterHeading(line.headingLevel(), label);
        } else {
            scope.enterRunIn(label);
        }
    }

    private static void passOver(LabelScope scope, Line line) {
        if (line.isHeading()) {
            scope.enterPlain(line.headingLevel());
        } else {
            scope.note(line.text());
        }
    }

    /** A line that can carry a label: a heading, a whole cell/paragraph/item, or a bold run-in line. */
    Optional<AwardLabel> labelOf(Line line) {
        if (line.words() > 14 || !AwardLabel.mentionsAward(line.text())) {
            return Optional.empty();
        }
        boolean placed = line.isHeading() || (line.anchors().isEmpty() && (line.fullyEmphasised() || line.wholeBlock()));
        return placed ? AwardLabel.read(line.text(), catalog) : Optional.empty();
    }

    /** An award label opening a line, "<b>Best Paper:</b> Title, A and B", and the line after it. */
    private record Lead(AwardLabel label, Line after) {
        List<Line> rest(List<Line> lines, Line line) {
            List<Line> view = new ArrayList<>(lines);
            view.set(view.indexOf(line), after);
            return view;
        }
    }

    /** "Best Paper Award: …", "<b>Outstanding Paper</b> – …": bold, or ending in an award noun, then a colon or dash. */
    private Optional<Lead> leadingLabel(Line line) {
        Matcher m = LEAD.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        boolean marked = line.emphases().stream().anyMatch(e -> AuthorList.collapse(e.text()).startsWith(prefix));
        if (!marked && !AWARD_NOUN.matcher(prefix).find()) {
            return Optional.empty();
        }
        return AwardLabel.read(prefix, catalog).filter(l -> l.kind() != AwardLabel.Kind.GENERIC)
                .map(l -> new Lead(l, line.after(m.start(2))));
    }

    /** A label in another cell of the title's table row ("Best Paper | Title | Authors"). */
    private Optional<AwardLabel> rowLabel(Line titleLine) {
        Element row = titleLine.block().closest("tr");
        if (row == null) {
            return Optional.empty();
        }
        for (Element cell : row.children()) {
            if (!TABLE_CELL.matcher(cell.normalName()).matches() || titleLine.block().closest("td, th") == cell) {
                continue;
            }
            String text = AuthorList.collapse(cell.text());
            Optional<AwardLabel> label = text.split(" ").length <= 14 ? AwardLabel.read(text, catalog) : Optional.empty();
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }
}
