package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Person;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * Reads a LaTeX CV, or one section file of it, into records: the source parsed
 * ({@link TexParser}), split into parts and entries ({@link LatexLayout}), publications read as
 * references ({@link LatexCitations}) and awards as awards ({@link LatexAwards}). The owner is the
 * name the document gives, else the author the entries set in bold or italics most often; a
 * {@link Person} is made only when the document gives a name, and awards are left out with a
 * warning when nobody is named at all. A note such as "$^*$ equal contribution, $^\#$
 * alphabetical ordering" decides which marks are equal contribution. Unbalanced source is
 * reported with its line; the entries that can be read still are.
 */
final class LatexCvReader {
    private static final String MARK = "([*†‡#§¶])\\s*(?:denotes\\s+|indicates\\s+|=\\s*|:\\s*)?";
    private static final Pattern EQUAL_NOTE = Pattern.compile("(?i)" + MARK
            + "(?:equal(?:ly)?\\s+contribut|contributed\\s+equally|joint\\s+first|shared\\s+first)");
    private static final Pattern OTHER_NOTE = Pattern.compile("(?i)" + MARK
            + "(?:alphabetical|corresponding|senior|supervis|advis|co-?last|mentee|student|intern)");

    private final VenueCatalog catalog;

    LatexCvReader(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    void read(Document document, ExtractionSink sink) {
        Origin origin = Origin.of(document.displayName());
        if (document.looksBinary()) {
            sink.problem(Problem.error(origin, "the document is binary, not LaTeX"));
            return;
        }
        try {
            new Run(origin, sink, TexParser.parse(document.text())).read();
        } catch (RuntimeException e) {
            // The contract: a document of this kind that cannot be read is an ERROR problem, not an exception.
            sink.problem(Problem.error(origin, "could not be read as a LaTeX CV: " + e));
        }
    }

    /** One reading of one document. */
    private final class Run {
        private final Origin origin;
        private final ExtractionSink sink;
        private final TexParser.Result parsed;
        private final LatexLayout.Result layout;
        private final VenueLine venues = new VenueLine(catalog);
        private final Set<Character> equalNoted = new HashSet<>();
        private final Set<Character> notEqual = new HashSet<>();

        Run(Origin origin, ExtractionSink sink, TexParser.Result parsed) {
            this.origin = origin;
            this.sink = sink;
            this.parsed = parsed;
            this.layout = LatexLayout.read(parsed.nodes());
        }

        void read() {
            parsed.issues().forEach(i -> warn(i.line(), i.message()));
            notes(TexInline.plain(parsed.nodes()));
            List<Placed> citations = citations();
            Optional<String> owner = layout.name().or(() -> markedOwner(citations));
            layout.name().ifPresent(n -> record(() -> Person.named(n, origin), 1));
            List<AwardItem> awards = new ArrayList<>();
            for (LatexLayout.Part part : layout.of(SectionKind.AWARDS)) {
                awards.addAll(new LatexAwards(venues).read(part.items()));
            }
            for (Placed c : citations) {
                record(() -> paper(c, owner.orElse(null), awards), c.line());
            }
            awards(awards, owner);
            if (citations.isEmpty() && awards.isEmpty()) {
                sink.problem(Problem.warning(origin, "no publications or awards read: no entry of a Publications "
                        + "or Awards section could be read"));
            }
        }

        /** A reference read, with the line its entry starts on. */
        private record Placed(LatexCitation citation, int line) {
        }

        private List<Placed> citations() {
            LatexCitations reader = new LatexCitations(venues, catalog);
            List<Placed> out = new ArrayList<>();
            emptyPublicationSections();
            for (LatexLayout.Part part : layout.of(SectionKind.PUBLICATIONS)) {
                for (LatexLayout.Item item : part.items()) {
                    LatexCitations.Reading r = reader.read(item);
                    if (r.citation() != null) {
                        out.add(new Placed(r.citation(), item.line()));
                    } else if (!isNote(item.run().text())) {
                        warn(item.line(), "entry not read as a paper (" + r.problem() + "): '" + shortened(item) + "'");
                    }
                }
            }
            return out;
        }

        /** A Publications heading with no entries of its own nor in subsections after it. */
        private void emptyPublicationSections() {
            List<LatexLayout.Part> parts = layout.parts();
            for (int i = 0; i < parts.size(); i++) {
                LatexLayout.Part p = parts.get(i);
                boolean continued = i + 1 < parts.size() && p.continuedBy(parts.get(i + 1));
                if (p.kind() == SectionKind.PUBLICATIONS && p.items().isEmpty() && !continued) {
                    warn(p.line(), "no entries under '" + p.heading() + "' (a list printed from a .bib file by "
                            + "\\printbibliography or \\bibliography is not in this file)");
                }
            }
        }

        private Paper paper(Placed placed, String owner, List<AwardItem> awards) {
            LatexCitation c = placed.citation();
            Paper.Builder b = Paper.builder(c.title(), at(placed.line())).venue(c.venue()).year(c.year()).type(c.type())
                    .doi(c.doi()).arxivId(c.arxivId());
            List<PrintedName> names = c.authors().names();
            List<PrintedName> forMarks = names.stream().map(n -> new PrintedName(n.name(), n.printed(),
                    withoutOtherMarks(n.marks()), n.bold())).toList();
            EqualMarks marks = new EqualMarks(forMarks, equalNoted.contains('*'));
            for (int i = 0; i < names.size(); i++) {
                PrintedName n = names.get(i);
                int group = marks.groupOf(forMarks.get(i));
                boolean self = owner != null ? Names.samePerson(owner, n.name()) : n.bold();
                b.author(new Author(n.name(), n.printed(), group > 0, group, self));
            }
            if (c.authors().elided()) {
                warn(placed.line(), "author list is elided ('...' or 'et al.'): "
                        + "the positions of authors after the gap are not known");
            }
            c.awards().forEach(a -> b.award(PaperAward.won(a, c.venue(), c.year())));
            awards.stream().filter(a -> a.forWhat() != null && PaperAssembler.titleMatches(c.title(), a.forWhat()))
                    .forEach(a -> b.award(PaperAward.won(a.award(), null, a.year())));
            c.presentations().forEach(k -> b.presentation(new Presentation(k, null)));
            c.links().forEach(b::link);
            c.status().forEach(b::tag);
            return b.build();
        }

        private void awards(List<AwardItem> awards, Optional<String> owner) {
            if (owner.isEmpty()) {
                if (!awards.isEmpty()) {
                    sink.problem(Problem.warning(origin, "the document names no person (no \\name, no owner marked in "
                            + "the author lists): " + awards.size() + " awards are left out"));
                }
                return;
            }
            for (AwardItem a : awards) {
                record(() -> new AwardReceipt(a.award(), owner.get(), a.year(), a.conferredBy(), a.amount(),
                        at(a.line().number())), a.line().number());
            }
        }

        /** The name the entries set in bold or italics most often, in its first spelling. */
        private Optional<String> markedOwner(List<Placed> citations) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, String> spelling = new LinkedHashMap<>();
            for (Placed p : citations) {
                for (PrintedName n : p.citation().authors().names()) {
                    if (n.bold()) {
                        counts.merge(Names.key(n.name()), 1, Integer::sum);
                        spelling.putIfAbsent(Names.key(n.name()), n.name());
                    }
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> spelling.get(e.getKey()));
        }

        private void notes(String text) {
            Matcher equal = EQUAL_NOTE.matcher(text);
            while (equal.find()) {
                equalNoted.add(equal.group(1).charAt(0));
            }
            Matcher other = OTHER_NOTE.matcher(text);
            while (other.find()) {
                notEqual.add(other.group(1).charAt(0));
            }
        }

        private boolean isNote(String text) {
            return EQUAL_NOTE.matcher(text).find() || OTHER_NOTE.matcher(text).find();
        }

        private String withoutOtherMarks(String marks) {
            StringBuilder s = new StringBuilder();
            for (char c : marks.toCharArray()) {
                if (!notEqual.contains(c)) {
                    s.append(c);
                }
            }
            return s.toString();
        }

        private Origin at(int line) {
            return origin.at("line " + line);
        }

        private void warn(int line, String message) {
            sink.problem(Problem.warning(at(line), message));
        }

        /** Emits a record, or reports where it came from when the model refuses it. */
        private void record(Supplier<Record> make, int line) {
            try {
                sink.record(make.get());
            } catch (IllegalArgumentException e) {
                warn(line, "entry left out: " + e.getMessage());
            }
        }

        private static String shortened(LatexLayout.Item item) {
            String s = item.run().text().replace('\n', ' ');
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
