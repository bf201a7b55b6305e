package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Person;
import org.scholargraph.model.Problem;
import org.scholargraph.model.Record;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;
import org.scholargraph.source.Document;

/**
 * Reads a CV or a personal site captured as text into records: the document's lines split at
 * section headings, publications found in the Publications section and in the unheaded part,
 * the owner taken from the author lists (bold, or on most papers) unless the document opens with
 * a name, then awards, education, positions, talks and service read section by section. Awards,
 * talks and service need a person: when the document names nobody they are left out with a
 * warning. Abstracts that belong to no titled paper are kept as {@link PaperAbstract}s.
 */
final class TextProfileReader {
    private static final Pattern EQUAL_NOTE = Pattern.compile("(?i)[*†‡]\\s*(?:denotes\\s+|indicates\\s+|=\\s*)?equal(?:ly)?\\s+contribut");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final VenueCatalog catalog;

    TextProfileReader(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    void read(Document document, ExtractionSink sink) {
        Origin origin = Origin.of(document.displayName());
        if (document.looksBinary()) {
            sink.problem(Problem.error(origin, "the document is binary, not text"));
            return;
        }
        List<Line> lines = LineReader.read(document.text());
        if (lines.isEmpty()) {
            sink.problem(Problem.error(origin, "the document has no text"));
            return;
        }
        try {
            new Run(origin, sink, lines).read();
        } catch (RuntimeException e) {
            // The contract: a document of this kind that cannot be read is an ERROR problem, not an exception.
            sink.problem(Problem.error(origin, "could not be read as a text CV or site: " + e));
        }
    }

    /** One reading of one document: its sections, what was found so far, and where problems go. */
    private final class Run {
        private final ExtractionSink sink;
        private final Problems problems;
        private final List<Line> lines;
        private final List<Section> sections;
        private final VenueLine venues = new VenueLine(catalog);
        private final List<Entry> entries = new ArrayList<>();
        private final List<PublicationLine> looseAbstracts = new ArrayList<>();
        private final List<Line> profileLines = new ArrayList<>();
        private final List<Line> beforePapers = new ArrayList<>();

        Run(Origin origin, ExtractionSink sink, List<Line> lines) {
            this.sink = sink;
            this.problems = new Problems(origin, sink);
            this.lines = lines;
            this.sections = Sections.split(lines);
        }

        void read() {
            for (Section s : sections) {
                if (s.kind() == SectionKind.PUBLICATIONS || s.kind() == SectionKind.PROFILE) {
                    guarded(s, this::publications);
                }
            }
            String owner = headerName().or(() -> SiteOwner.of(entries)).orElse(null);
            boolean noted = lines.stream().anyMatch(l -> EQUAL_NOTE.matcher(l.text()).find());
            PaperAssembler assembler = new PaperAssembler(owner, noted, problems);
            List<Paper.Builder> papers = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<Line> titleLines = new ArrayList<>();
            for (Entry e : entries) {
                String title = PaperAssembler.title(e);
                if (title.isBlank()) {
                    problems.warn(e.title, "the line above an author list has no title words; no paper made of it");
                    continue;
                }
                papers.add(assembler.assemble(e));
                titles.add(title);
                titleLines.add(e.title);
            }
            List<AwardItem> awards = new ArrayList<>();
            List<TalkItem> talks = new ArrayList<>();
            List<ServiceItem> service = new ArrayList<>();
            List<Education> education = new ArrayList<>();
            List<Employment> employment = new ArrayList<>();
            for (Section s : sections) {
                guarded(s, sec -> collect(sec, awards, talks, service, education, employment));
            }
            employment.addAll(0, EmploymentReader.readLoose(beforePapers));
            paperAwards(awards, papers, titles);
            emit(owner, papers, titleLines, awards, talks, service, education, employment);
        }

        private void publications(Section s) {
            PublicationReader.Result r = new PublicationReader(venues).read(s.lines());
            entries.addAll(r.entries());
            looseAbstracts.addAll(r.looseAbstracts());
            r.untitled().forEach(l -> problems.warn(l, "author list without a title above it; no paper made of it"));
            if (s.kind() == SectionKind.PROFILE) {
                profileLines.addAll(s.lines());
                int firstTitle = r.entries().isEmpty() ? Integer.MAX_VALUE : r.entries().get(0).title.number();
                s.lines().stream().filter(l -> l.number() < firstTitle).forEach(beforePapers::add);
            } else if (r.entries().isEmpty() && s.heading() != null) {
                problems.warn(s.heading(), "no publication entries (title with an author line) recognised under '"
                        + s.heading().plain() + "'");
            }
        }

        private void collect(Section s, List<AwardItem> awards, List<TalkItem> talks, List<ServiceItem> service,
                List<Education> education, List<Employment> employment) {
            switch (s.kind()) {
                case AWARDS -> awards.addAll(AwardReader.read(s.lines()));
                case EDUCATION -> education.addAll(EducationReader.read(s.lines()));
                case EXPERIENCE -> employment.addAll(EmploymentReader.readSection(s.lines()));
                case TALKS -> talks.addAll(TalkReader.read(s.lines()));
                case PROFILE -> {
                    talks.addAll(TalkReader.runs(s.lines()));
                    service.addAll(new ServiceReader(venues).venueLists(s.lines()));
                }
                case SERVICE -> {
                    if (TalkReader.looksLikeTalks(s.lines())) {
                        talks.addAll(TalkReader.read(s.lines()));
                    } else {
                        service.addAll(new ServiceReader(venues).read(s.lines(), s.title().contains("review")));
                    }
                }
                default -> {
                }
            }
        }

        /** An award "for FFJORD" is also that paper's award. */
        private void paperAwards(List<AwardItem> awards, List<Paper.Builder> papers, List<String> titles) {
            for (AwardItem a : awards) {
                if (a.forWhat() == null) {
                    continue;
                }
                for (int i = 0; i < titles.size(); i++) {
                    if (PaperAssembler.titleMatches(titles.get(i), a.forWhat())) {
                        papers.get(i).award(PaperAward.won(a.award(), conferrer(a), a.year()));
                    }
                }
            }
        }

        private VenueRef conferrer(AwardItem a) {
            if (a.conferredBy() == null) {
                return null;
            }
            return venues.series(a.conferredBy()).map(s -> s.ref(a.year()))
                    .orElse(venues.ownVenue(a.conferredBy(), a.year()));
        }

        private void emit(String owner, List<Paper.Builder> papers, List<Line> titleLines, List<AwardItem> awards,
                List<TalkItem> talks, List<ServiceItem> service, List<Education> education, List<Employment> employment) {
            ProfileProse.Facts facts = ProfileProse.read(profileLines);
            List<Education> allEducation = new ArrayList<>(education);
            allEducation.addAll(facts.education());
            if (owner != null) {
                Line at = facts.line() != null ? facts.line() : lines.get(0);
                record(() -> new Person(owner, null, facts.position(), facts.affiliation(), facts.interests(),
                        allEducation, employment, problems.at(at)), at);
            }
            for (int i = 0; i < papers.size(); i++) {
                record(papers.get(i)::build, titleLines.get(i));
            }
            for (PublicationLine a : looseAbstracts) {
                record(() -> new PaperAbstract(a.text(), owner, problems.at(a.line())), a.line());
            }
            if (owner == null) {
                if (!awards.isEmpty() || !talks.isEmpty() || !service.isEmpty()) {
                    problems.warn("the document names no person (no name heading, no owner in the author lists): "
                            + awards.size() + " awards, " + talks.size() + " talks and " + service.size()
                            + " service entries are left out");
                }
                return;
            }
            awards.forEach(a -> record(() -> new AwardReceipt(a.award(), owner, a.year(), a.conferredBy(), a.amount(),
                    problems.at(a.line())), a.line()));
            talks.forEach(t -> record(() -> new Talk(owner, t.title(), t.host(), t.date(), t.year(), problems.at(t.line())),
                    t.line()));
            service.forEach(s -> record(() -> new Service(owner, s.role(), s.venue(), s.distinction(), problems.at(s.line())),
                    s.line()));
        }

        /** Emits a record, or reports where it came from when the model refuses it (a blank title, say). */
        private void record(Supplier<Record> make, Line line) {
            try {
                sink.record(make.get());
            } catch (IllegalArgumentException e) {
                problems.warn(line, "entry left out: " + e.getMessage());
            }
        }

        /** A CV that opens with its owner's name ("Jane Doe", "# Jane Doe"). */
        private Optional<String> headerName() {
            Line first = lines.get(0);
            String s = first.plain();
            boolean name = Heading.kindOf(first).isEmpty() && Names.looksLikeName(s) && WHITESPACE.split(s).length <= 4;
            return name ? Optional.of(Names.properCase(s)) : Optional.empty();
        }

        /**
         * Reads one section so that a reader's failure on an unforeseen layout costs that section
         * only, reported where it starts, and never the whole document.
         */
        private void guarded(Section s, Consumer<Section> reader) {
            try {
                reader.accept(s);
            } catch (RuntimeException e) {
                Line at = s.heading() != null ? s.heading() : s.lines().isEmpty() ? lines.get(0) : s.lines().get(0);
                sink.problem(Problem.warning(problems.at(at), "section could not be read and was skipped: " + e));
            }
        }
    }
}
