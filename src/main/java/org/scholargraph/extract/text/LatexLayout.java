package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;

/**
 * The parts of a LaTeX CV and their entries, whatever the class: a part starts at a sectioning
 * command ({@code \section}, {@code \cvsection} …) or spans an environment named after a CV
 * section ({@code \begin{publications}}, {@code \begin{cvhonors}}); its kind comes from
 * {@link Heading}, so the words decide. An entry is a CV macro with arguments (Awesome-CV's
 * {@code \cventry}, {@code \cvhonor}, {@code \cventryPub}, moderncv's {@code \cvitem}) whose
 * arguments are its fields, an {@code \item} of a list, a row of a table, or, in a part that has
 * none of these, a paragraph. Also finds the name the document gives ({@code \name},
 * {@code \firstname} and {@code \familyname}, {@code \author}).
 */
final class LatexLayout {
    /** One entry: its fields (a macro's arguments; one field for an item or a paragraph) and where it starts. */
    record Item(List<List<TexNode>> fields, int line) {
        Item {
            fields = List.copyOf(fields);
        }

        /** The whole entry as one run of text: fields joined by line breaks. */
        TexRun run() {
            List<TexNode> all = new ArrayList<>();
            for (List<TexNode> f : fields) {
                if (!all.isEmpty()) {
                    all.add(new TexNode.Break(false, line));
                }
                all.addAll(f);
            }
            return TexInline.render(all);
        }
    }

    /**
     * A part of the CV: its kind, heading (empty when an environment or nothing named it) and
     * entries; {@code subsection} when a subsection command started it.
     */
    record Part(SectionKind kind, String heading, int line, List<Item> items, boolean subsection) {
        /** Whether the entries of this part are those of the subsections that follow it. */
        boolean continuedBy(Part next) {
            return next.subsection() && next.kind() == kind;
        }
    }

    /** What the document holds: its parts in order and the name it gives, if any. */
    record Result(List<Part> parts, Optional<String> name) {
        List<Part> of(SectionKind kind) {
            return parts.stream().filter(p -> p.kind() == kind).toList();
        }
    }

    private static final Set<String> SECTIONS = Set.of("section", "section*", "subsection", "subsection*",
            "subsubsection", "subsubsection*", "chapter", "chapter*", "cvsection", "cvsubsection", "part");
    private static final Set<String> SUBSECTIONS = Set.of("subsection", "subsection*", "subsubsection",
            "subsubsection*", "cvsubsection");
    private static final Set<String> TABLES = Set.of("tabular", "tabular*", "tabularx", "longtable", "supertabular",
            "tabu", "xtabular");
    private static final Set<String> NOT_ENTRIES = Set.of("cvsection", "cvsubsection", "cvparagraph", "cvfooter");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern CV_PREFIX = Pattern.compile("^cv");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<Part> parts = new ArrayList<>();
    private SectionKind kind = SectionKind.PROFILE;
    private String heading = "";
    private int headingLine = 1;
    private List<Item> items = new ArrayList<>();
    private List<TexNode> loose = new ArrayList<>();
    private String first;
    private String family;
    private String name;
    /** A name the document opens with, before any section ("{\LARGE \textbf{Jane Doe}}"). */
    private String header;
    /** The current part resumes the one an environment interrupted: not a new heading. */
    private boolean resumed;
    private boolean subsection;

    private LatexLayout() {
    }

    static Result read(List<TexNode> nodes) {
        LatexLayout l = new LatexLayout();
        l.walk(nodes);
        l.close();
        Optional<String> given = Optional.ofNullable(l.name)
                .or(() -> Optional.ofNullable(l.first != null && l.family != null ? l.first + " " + l.family : null))
                .map(AuthorList::collapse).filter(Names::looksLikeName)
                .or(() -> Optional.ofNullable(l.header));
        return new Result(List.copyOf(l.parts), given);
    }

    /** Whether an entry's text has a year in it: what CV entries (papers, awards, positions) have. */
    static boolean dated(Item item) {
        return YEAR.matcher(item.run().text()).find();
    }

    private void walk(List<TexNode> nodes) {
        if (nodes.stream().anyMatch(LatexLayout::startsItem)) {
            items(nodes);
            return;
        }
        for (TexNode n : nodes) {
            node(n);
        }
    }

    private void node(TexNode n) {
        if (n instanceof TexNode.Command c) {
            command(c);
        } else if (n instanceof TexNode.Environment e) {
            environment(e);
        } else if (n instanceof TexNode.Group g) {
            walk(g.body());
        } else {
            loose.add(n);
        }
    }

    private void command(TexNode.Command c) {
        String plain = c.args().isEmpty() ? "" : TexInline.plain(c.args().get(0));
        if (SECTIONS.contains(c.name()) && !c.args().isEmpty()) {
            section(c, plain);
        } else if (c.is("name") && c.args().size() == 2) {
            name = plain + " " + TexInline.plain(c.args().get(1));
        } else if (c.is("firstname")) {
            first = plain;
        } else if (c.is("familyname")) {
            family = plain;
        } else if (c.is("author") && name == null) {
            name = plain;
        } else if (isEntry(c)) {
            if (kind == SectionKind.PROFILE) {
                kindFromMacro(c.name()).ifPresent(k -> kind = k);
            }
            items.add(new Item(c.args(), c.line()));
        } else {
            loose.add(c);
        }
    }

    private static boolean isEntry(TexNode.Command c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("cv") && !NOT_ENTRIES.contains(n) && !c.args().isEmpty();
    }

    /** An entry macro that says what it holds, outside any heading: {@code \cvhonor}, {@code \cvpub}. */
    private static Optional<SectionKind> kindFromMacro(String macro) {
        String m = macro.toLowerCase(Locale.ROOT);
        if (m.contains("honor") || m.contains("award")) {
            return Optional.of(SectionKind.AWARDS);
        }
        return m.contains("pub") || m.contains("paper") ? Optional.of(SectionKind.PUBLICATIONS) : Optional.empty();
    }

    private void section(TexNode.Command c, String title) {
        Optional<SectionKind> k = Heading.kindOf(Line.of(c.line(), title));
        boolean inherits = SUBSECTIONS.contains(c.name()) && kind.isCvSection();
        start(k.orElse(inherits ? kind : SectionKind.OTHER), title, c.line());
        subsection = SUBSECTIONS.contains(c.name());
    }

    private void environment(TexNode.Environment e) {
        String bare = CV_PREFIX.matcher(e.name()).replaceFirst("").replace("*", "");
        Optional<SectionKind> named = Heading.kindOf(Line.of(e.line(), bare));
        if (named.isPresent()) {
            SectionKind outerKind = kind;
            String outerHeading = heading;
            start(named.get(), heading.isEmpty() ? e.name() : heading, e.line());
            walk(e.body());
            start(outerKind, outerHeading, e.line());
            resumed = true;
        } else if (TABLES.contains(e.name())) {
            rows(e.body());
        } else {
            walk(e.body());
        }
    }

    /** Each {@code \item} with what follows it up to the next; what comes before the first is walked as usual. */
    private void items(List<TexNode> nodes) {
        List<TexNode> current = null;
        int line = 0;
        for (TexNode n : nodes) {
            if (startsItem(n)) {
                TexNode.Command c = (TexNode.Command) n;
                addItem(current, line);
                current = new ArrayList<>(c.options().isEmpty() || c.is("bibitem") ? List.of() : c.options().get(0));
                line = c.line();
            } else if (current == null) {
                node(n);
            } else {
                current.add(n);
            }
        }
        addItem(current, line);
    }

    /** {@code \item}, or {@code \bibitem} in a bibliography the CV typesets itself. */
    private static boolean startsItem(TexNode n) {
        return n instanceof TexNode.Command c && c.is("item", "bibitem");
    }

    /**
     * An item made only of commands with arguments ({@code \item \position{…} \jobdescription{…}})
     * has those arguments as its fields; any other item is one field.
     */
    private void addItem(List<TexNode> nodes, int line) {
        if (nodes == null) {
            return;
        }
        List<List<TexNode>> fields = new ArrayList<>();
        boolean onlyCommands = true;
        for (TexNode n : nodes) {
            if (n instanceof TexNode.Command c && !c.args().isEmpty() && !TexInline.isStyle(c.name())) {
                fields.addAll(c.args());
            } else if (!(n instanceof TexNode.Break) && !(n instanceof TexNode.Text t && t.text().isBlank())) {
                onlyCommands = false;
            }
        }
        items.add(new Item(onlyCommands && fields.size() >= 2 ? fields : List.of(nodes), line));
    }

    private void rows(List<TexNode> body) {
        List<TexNode> row = new ArrayList<>();
        for (TexNode n : body) {
            if (n instanceof TexNode.Break) {
                addRow(row);
                row = new ArrayList<>();
            } else {
                row.add(n);
            }
        }
        addRow(row);
    }

    private void addRow(List<TexNode> row) {
        if (!row.isEmpty() && !TexInline.plain(row).isBlank()) {
            items.add(new Item(List.of(row), row.get(0).line()));
        }
    }

    private void start(SectionKind k, String title, int line) {
        close();
        kind = k;
        heading = title;
        headingLine = line;
    }

    /** Ends the current part; without entries of its own its paragraphs are its entries. */
    private void close() {
        if (parts.isEmpty() && heading.isEmpty()) {
            header = headerName(loose);
        }
        if (items.isEmpty()) {
            paragraphs();
        }
        if (!items.isEmpty() || !heading.isEmpty() && !resumed) {
            parts.add(new Part(kind, heading, headingLine, List.copyOf(items), subsection));
        }
        items = new ArrayList<>();
        loose = new ArrayList<>();
        resumed = false;
        subsection = false;
    }

    /** The first line of the text before any section, when it is a person's name and nothing else. */
    private static String headerName(List<TexNode> nodes) {
        String first = TexInline.plain(nodes).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        boolean name = WHITESPACE.split(first).length <= 4 && Names.looksLikeName(first)
                && AuthorList.isNameList(first);
        return name ? first : null;
    }

    private void paragraphs() {
        List<TexNode> paragraph = new ArrayList<>();
        for (TexNode n : loose) {
            if (n instanceof TexNode.Break b && b.paragraph()) {
                paragraph(paragraph);
                paragraph = new ArrayList<>();
            } else {
                paragraph.add(n);
            }
        }
        paragraph(paragraph);
    }

    /** A paragraph is one entry, unless it is lines broken by {@code \\} that each carry a year. */
    private void paragraph(List<TexNode> nodes) {
        List<List<TexNode>> lines = new ArrayList<>();
        List<TexNode> current = new ArrayList<>();
        for (TexNode n : nodes) {
            if (n instanceof TexNode.Break) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                current.add(n);
            }
        }
        lines.add(current);
        List<List<TexNode>> filled = lines.stream().filter(l -> !TexInline.plain(l).isBlank()).toList();
        boolean datedLines = filled.size() >= 2
                && filled.stream().allMatch(l -> YEAR.matcher(TexInline.plain(l)).find());
        if (datedLines) {
            filled.forEach(this::addRow);
        } else {
            addRow(nodes);
        }
    }
}
