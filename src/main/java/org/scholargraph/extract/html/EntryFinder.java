package org.scholargraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            List<Draft> drafts = rowsAt(lines, i, scope);
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

    /** A label in another cell of the title's table row ("Best Paper | Title | Authors"). */
    private Optional<AwardLabel> rowLabel(Line titleLine) {
        Element row = titleLine.block().closest("tr");
        if (row == null) {
            return Optional.empty();
        }
        for (Element cell : row.children()) {
            if (!cell.normalName().matches("td|th") || titleLine.block().closest("td, th") == cell) {
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
