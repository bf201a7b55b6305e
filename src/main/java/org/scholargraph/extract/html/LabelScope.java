package org.scholargraph.extract.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which award the entries at a point of a page fall under: a stack of sections by heading level
 * (0 for the page title, 1–6 for headings, 7 for a run-in label such as a table cell or a bold
 * line). A heading closes every section at its level or deeper; a heading that names no award
 * (an "Award Committee") opens a section whose entries have no award. Prose seen in a section is
 * kept, so "the following papers have been nominated" marks its entries as nominees and "a paper
 * from 10 years ago" can date a test-of-time paper.
 */
final class LabelScope {
    private static final int LEVELS = 8;
    private static final int RUN_IN = 7;
    private static final Pattern NOMINATED = Pattern.compile("(?i)\\b(?:(?:have|has|were|was|are|is|been)\\s+"
            + "(?:been\\s+)?(?:nominated|shortlisted|short-listed|selected\\s+as\\s+finalists)|nominees|finalists"
            + "|nominated\\s+(?:papers|for))\\b");
    private static final Pattern WON = Pattern.compile("(?i)\\b(?:winners?\\s+(?:is|are|was|were)|goes\\s+to|went\\s+to"
            + "|awarded\\s+to|won|recipients?\\s+(?:is|are))\\b");
    private static final Pattern BARE_QUALIFIER = Pattern.compile("(?i)winners?|nominees?|finalists?");

    private final Section[] sections = new Section[LEVELS];

    /** The award an entry found now falls under. */
    record Resolved(String label, boolean nominee, String context) {
        boolean retrospective() {
            return AwardLabel.retrospective(label);
        }
    }

    private static final class Section {
        final AwardLabel label;
        final StringBuilder prose = new StringBuilder();
        boolean nominated;

        Section(AwardLabel label) {
            this.label = label;
            this.nominated = label != null && label.nominee();
        }
    }

    void enterHeading(int level, AwardLabel label) {
        open(level, label);
    }

    void enterRunIn(AwardLabel label) {
        open(RUN_IN, label);
    }

    /** A heading that names no award: its entries have none until the next award heading. */
    void enterPlain(int level) {
        open(level, null);
    }

    /** Prose seen in the current section. */
    void note(String text) {
        Section s = deepest();
        if (s == null) {
            return;
        }
        s.prose.append(' ').append(text);
        if (NOMINATED.matcher(text).find()) {
            s.nominated = true;
        } else if (WON.matcher(text).find() && s.label != null && !s.label.nominee()) {
            s.nominated = false;
        }
    }

    Optional<Resolved> resolve() {
        int deepest = deepestLevel();
        if (deepest < 0 || sections[deepest].label == null) {
            return Optional.empty();
        }
        AwardLabel own = sections[deepest].label;
        String label = switch (own.kind()) {
            case QUALIFIER -> qualified(own, deepest);
            case SPECIFIC -> widened(own, deepest);
            case GENERIC -> own.text();
        };
        if (label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(label, nominated(deepest), context(deepest)));
    }

    private void open(int level, AwardLabel label) {
        for (int i = level; i < LEVELS; i++) {
            sections[i] = null;
        }
        sections[level] = new Section(label);
    }

    /** "Runner Up" under "Test of Time Award" is "Test of Time Award - Runner Up"; "Winner" is the award itself. */
    private String qualified(AwardLabel qualifier, int level) {
        Optional<AwardLabel> parent = above(level, AwardLabel.Kind.SPECIFIC);
        if (parent.isEmpty()) {
            return qualifier.text();
        }
        String q = qualifier.text();
        boolean plain = q.isEmpty() || BARE_QUALIFIER.matcher(q).matches();
        return plain ? parent.get().text() : parent.get().text() + " - " + q;
    }

    /** A sub-heading "Test of Time" under "Test of Time Award" means the heading's fuller name. */
    private String widened(AwardLabel label, int level) {
        String own = label.text().toLowerCase(Locale.ROOT);
        return above(level, AwardLabel.Kind.SPECIFIC)
                .filter(p -> p.text().toLowerCase(Locale.ROOT).contains(own))
                .map(AwardLabel::text).orElse(label.text());
    }

    private Optional<AwardLabel> above(int level, AwardLabel.Kind kind) {
        for (int i = level - 1; i >= 0; i--) {
            if (sections[i] != null && sections[i].label != null && sections[i].label.kind() == kind) {
                return Optional.of(sections[i].label);
            }
        }
        return Optional.empty();
    }

    private boolean nominated(int level) {
        for (int i = 0; i <= level; i++) {
            if (sections[i] != null && sections[i].nominated) {
                return true;
            }
        }
        return false;
    }

    private String context(int level) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= level; i++) {
            if (sections[i] != null) {
                if (sections[i].label != null) {
                    out.append(' ').append(sections[i].label.text());
                }
                out.append(sections[i].prose);
            }
        }
        return out.toString().strip();
    }

    private int deepestLevel() {
        for (int i = LEVELS - 1; i >= 0; i--) {
            if (sections[i] != null) {
                return i;
            }
        }
        return -1;
    }

    private Section deepest() {
        int level = deepestLevel();
        return level < 0 ? null : sections[level];
    }
}
