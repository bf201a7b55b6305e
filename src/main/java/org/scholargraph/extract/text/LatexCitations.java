package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.extract.AuthorList;
import org.scholargraph.extract.text.TexRun.Mark;
import org.scholargraph.extract.text.TexRun.Style;
import org.scholargraph.model.Link;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.PresentationKind;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reads a reference as LaTeX CVs print it: the author list first ({@link CitationAuthors}), the
 * year in parentheses or after a comma right after it (or after the title), then the title — the
 * italic run that starts there, a quoted one, or the text up to the first full stop, line break or
 * brace group — then the venue, preferably the first brace group or emphasised run after the
 * title, read through {@link VenueLine} with the year. A status ("In review", "Preprint") makes a
 * preprint with no venue; a note such as "Awarded Survey Certification" is an award of the paper.
 */
final class LatexCitations {
    /** A reference read, or why the entry is not one. */
    record Reading(LatexCitation citation, String problem) {
    }

    private static final Pattern NUMBERING = Pattern.compile("\\s*(?:\\[\\d{1,3}]|\\d{1,3}[.)])\\s+");
    /** A year heading the entry ("[2021]", "2021:", "\item[2021]"), before the authors. */
    private static final Pattern LEADING_YEAR = Pattern.compile("[\\[(]?((?:19|20)\\d{2})[\\])]?\\s*[:.,–—-]?\\s+");
    private static final Pattern YEAR_PARENTHESES = Pattern.compile(
            "[\\s.,:;]*\\(\\s*((?:19|20)\\d{2})[a-z]?(?:\\s*[,;][^)]*)?\\)[\\s.,:;]*");
    /** A year after the title, not one inside an identifier ("arXiv:2001.01234", "10.1109/TENCON.2016.…"). */
    private static final Pattern TAIL_YEAR = Pattern.compile("(?<![\\d.:/\\p{L}])((?:19|20)\\d{2})(?![\\d\\p{L}]|\\.\\d)");
    private static final Pattern YEAR_OPENING = Pattern.compile("\\(\\s*(?:19|20)\\d{2}");
    private static final Pattern YEAR_AFTER_COMMA = Pattern.compile(
            "[\\s.,:;]*((?:19|20)\\d{2})[a-z]?(?:\\s*,\\s*" + Dates.MONTH_NAME + "\\.?)?\\s*[.,:;]+\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A full stop, question or exclamation mark ending a sentence; not the full stop of an initial. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!(?:^|[\\s.(])\\p{Lu})(?<!\\b(?:Vol|vol|No|no|pp|Proc|Conf|Int|Eds|eds|Ed|ed|al|Jr|St|Dr|Prof|vs|Nat"
                    + "|Phys|Rev|Lett|Trans|Ann|Natl|Acad|Sci|Astron|Astrophys|Soc|Res|Comput|Stat|Math|Eng|Mach|Intell"
                    + "|Syst|Inf|Commun|Assoc|Appl|Biol|Chem|Med|Neurosci|Psychol))[.?!](?=[\\s”\"]|$)");
    private static final Pattern STATUS = Pattern.compile(
            "(?i)\\b(in review|under review|submitted|in submission|in preparation|under revision|preprint|working paper)\\b"
                    + "|\\((sub)\\.?\\)");
    private static final Pattern AWARD = Pattern.compile("(?i)\\b(awarded|award|prize|best (?:student )?paper"
            + "|outstanding paper|honou?rable mention|test[- ]of[- ]time|certification|distinguished paper)\\b");
    private static final Pattern AWARD_VERB = Pattern.compile("(?i)^(?:awarded|winner of|won|received)\\s+(?:(?:with\\s+)?(?:the|a|an)\\s+)?");
    private static final Pattern BIBLIOGRAPHIC = Pattern.compile("\\((?:[^()]*\\b(?:Vol|Volume|pp|No|pages)\\b[^()]*)\\)");
    /** After a quoted run the title goes on: "“Chat-GPT on the couch”: assessing …". */
    private static final Pattern QUOTE_GOES_ON = Pattern.compile("\\s*(?::|\\p{Ll})");
    private static final Pattern IN = Pattern.compile("^(?i:in:?\\s+(?:the\\s+)?)");
    private static final Pattern DOI_ADDRESS = Pattern.compile("(?i)doi\\.org/(10\\.\\d{4,9}/\\S+)");
    private static final Pattern DOI_TEXT = Pattern.compile("(?i)\\bdoi:?\\s*(10\\.\\d{4,9}/[^\\s,;]+)");
    private static final Pattern ARXIV_TEXT = Pattern.compile("(?i)\\barxiv[:\\s]*(?:abs/)?(\\d{4}\\.\\d{4,5})");
    private static final Pattern LINK_LABEL = Pattern.compile("(?i)\\[[^\\]]{1,30}]|(?:pdf|paper|code|arxiv|slides?"
            + "|video|poster|website|project(?: page)?|link|bib(?:tex)?|doi|html|abstract|preprint|github|data(?:set)?|talk"
            + "|blog|demo|url|web)");
    private static final List<Style> TITLE_MARKS = List.of(Style.ITALIC);
    private static final List<Style> VENUE_MARKS = List.of(Style.GROUP, Style.ITALIC, Style.BOLD, Style.LINK);
    /** Volume, issue and pages after a venue's name: ", 12(3), 45–67", " 100(7), 072009", ", pp. 1-10". */
    private static final Pattern VOLUME = Pattern.compile(
            "(?:,\\s*|\\s+)(?:(?:vol(?:ume)?|no|pp?)\\.?\\s*)?\\d+\\s*\\(\\d+\\).*$"
                    + "|,\\s*(?:(?:vol(?:ume)?|no|pp?)\\.?\\s*)?\\d+(?:\\s*[,:–-].*)?$", Pattern.CASE_INSENSITIVE);
    private static final List<Style> BOUNDARIES = List.of(Style.GROUP, Style.ITALIC, Style.LINK);
    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\(\\p{Lu}[\\p{L}\\d&+-]*\\p{Lu}[\\p{L}\\d&+-]*\\)");
    private static final Pattern TWO_LETTERS = Pattern.compile("(?s).*\\p{L}{2}.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern EDGE_PARENTHESES = Pattern.compile("^\\(|\\)$");
    private static final Pattern EDGE_BRACKETS = Pattern.compile("^\\[|]$");
    private static final Pattern TRAILING_STOPS_AND_PARENTHESES = Pattern.compile("[.)]+$");
    private static final Pattern QUOTED = Pattern.compile("“[^“”]*”|\"[^\"]*\"");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");
    private static final Pattern LETTER = Pattern.compile("(?s).*\\p{L}.*");
    private static final int MAX_VENUE_WORDS = 25;

    private final VenueLine venues;
    private final VenueCatalog catalog;

    LatexCitations(VenueLine venues, VenueCatalog catalog) {
        this.venues = venues;
        this.catalog = catalog;
    }

    Reading read(LatexLayout.Item item) {
        return read(ReferenceFields.run(item));
    }

    Reading read(TexRun run) {
        String text = run.text();
        Matcher number = NUMBERING.matcher(text);
        int start = number.lookingAt() ? number.end() : 0;
        Matcher leading = LEADING_YEAR.matcher(text).region(start, text.length());
        Integer year = null;
        if (leading.lookingAt()) {
            year = Integer.valueOf(leading.group(1));
            start = leading.end();
        }
        CitationAuthors.Result authors = CitationAuthors.read(run, start);
        if (authors.names().isEmpty()) {
            return new Reading(null, "no author list at the start of the entry");
        }
        int at = authors.end();
        Matcher y = yearAt(text, at);
        if (y != null) {
            year = year != null ? year : Integer.valueOf(y.group(1));
            at = y.end();
        }
        int[] title = title(run, skip(text, at));
        String titleText = cleanTitle(run.slice(title[0], title[1]));
        if (!TWO_LETTERS.matcher(titleText).matches()) {
            return new Reading(null, "no title after the author list");
        }
        int tail = title[1];
        Matcher after = yearAt(text, tail);
        if (after != null && YEAR_PARENTHESES.matcher(text).region(tail, text.length()).lookingAt()) {
            year = year != null ? year : Integer.valueOf(after.group(1));
            tail = after.end();
        }
        return new Reading(tailed(run, authors, titleText, year, tail), null);
    }

    /** What the text after the title says: status, award and presentation notes, venue, links. */
    private LatexCitation tailed(TexRun run, CitationAuthors.Result authors, String title, Integer year, int tail) {
        String rest = blanked(run).substring(tail);
        List<String> sentences = sentences(rest);
        Notes notes = notes(sentences);
        boolean published = notes.status().isEmpty();
        Integer known = year != null ? year : Optional.ofNullable(first(TAIL_YEAR, rest)).map(Integer::valueOf).orElse(null);
        Optional<VenueReading> reading = published ? venue(run, tail, known) : Optional.empty();
        VenueRef venue = reading.map(VenueReading::venue)
                .orElseGet(() -> published ? fallbackVenue(run, tail, sentences, known) : null);
        Integer paperYear = year != null ? year : reading.map(VenueReading::year).orElse(known);
        PaperType type = published ? reading.map(VenueReading::type).orElse(PaperType.UNKNOWN) : PaperType.PREPRINT;
        Identifiers ids = identifiers(run, title, rest);
        return new LatexCitation(authors, title, paperYear, venue, type, notes.status(), notes.awards(),
                notes.presentations(), ids.links(), ids.doi(), ids.arxivId());
    }

    /** The notes after a title: a status means not yet published; awards and presentations go with the paper. */
    private record Notes(List<String> status, List<String> awards, List<PresentationKind> presentations) {
    }

    private static Notes notes(List<String> sentences) {
        Notes notes = new Notes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String s : sentences) {
            Matcher st = STATUS.matcher(s);
            if (st.find()) {
                notes.status().add(st.group(1) != null ? st.group(1).toLowerCase(Locale.ROOT) : "submitted");
            } else if (AWARD.matcher(s).find()) {
                notes.awards().add(TRAILING_PUNCTUATION.matcher(AWARD_VERB.matcher(s).replaceFirst("")).replaceAll(""));
            }
            PresentationKind.parse(EDGE_PARENTHESES.matcher(s).replaceAll("")).ifPresent(notes.presentations()::add);
        }
        return notes;
    }

    /** A paper's links typed by their labels, and its DOI and arXiv id from a link or the text. */
    private record Identifiers(List<Link> links, String doi, String arxivId) {
    }

    private static Identifiers identifiers(TexRun run, String title, String rest) {
        List<Link> links = new ArrayList<>();
        String doi = null;
        String arxiv = null;
        for (Mark m : run.links()) {
            Anchor a = new Anchor(EDGE_BRACKETS.matcher(run.slice(m)).replaceAll("").strip(), m.url());
            PaperLinks.of(a, title).ifPresent(links::add);
            arxiv = arxiv != null ? arxiv : PaperLinks.arxivId(m.url()).orElse(null);
            doi = doi != null ? doi : first(DOI_ADDRESS, m.url());
        }
        doi = doi != null ? doi : first(DOI_TEXT, rest);
        arxiv = arxiv != null ? arxiv : first(ARXIV_TEXT, rest);
        String bareDoi = doi == null ? null : TRAILING_STOPS_AND_PARENTHESES.matcher(doi).replaceAll("");
        return new Identifiers(links, bareDoi, arxiv);
    }

    /** The year right at a position, in parentheses or followed by punctuation; null when none. */
    private static Matcher yearAt(String text, int at) {
        Matcher p = YEAR_PARENTHESES.matcher(text).region(at, text.length());
        if (p.lookingAt()) {
            return p;
        }
        Matcher c = YEAR_AFTER_COMMA.matcher(text).region(at, text.length());
        return c.lookingAt() ? c : null;
    }

    /** The title's range: an italic run starting there, a quoted run, or the text up to the first boundary. */
    private static int[] title(TexRun run, int start) {
        String text = run.text();
        Optional<Mark> italic = run.firstFrom(start, TITLE_MARKS).filter(m -> m.start() <= start + 1);
        if (italic.isPresent()) {
            return new int[] {italic.get().start(), italic.get().end()};
        }
        if (start < text.length() && (text.charAt(start) == '“' || text.charAt(start) == '"')) {
            int close = text.indexOf(text.charAt(start) == '“' ? '”' : '"', start + 1);
            if (close > 0 && !QUOTE_GOES_ON.matcher(text).region(close + 1, text.length()).lookingAt()) {
                return new int[] {start, close + 1};
            }
        }
        int end = text.length();
        int newline = text.indexOf('\n', start);
        end = newline >= 0 ? Math.min(end, newline) : end;
        Matcher stop = SENTENCE_END.matcher(text).region(start, end);
        if (stop.find()) {
            end = text.charAt(stop.start()) == '.' ? stop.start() : stop.end();
        }
        int bound = end;
        Optional<Mark> next = run.firstFrom(start + 1, BOUNDARIES).filter(m -> m.start() < bound);
        if (next.isPresent()) {
            end = next.get().start();
        }
        Matcher paren = YEAR_OPENING.matcher(text).region(start, end);
        return new int[] {start, paren.find() ? paren.start() : end};
    }

    private static String cleanTitle(String raw) {
        String s = TRAILING_PUNCTUATION.matcher(AuthorList.collapse(raw)).replaceAll("");
        boolean enclosed = QUOTED.matcher(s).matches();
        return enclosed ? TRAILING_PUNCTUATION.matcher(s.substring(1, s.length() - 1)).replaceAll("").strip() : s;
    }

    /**
     * The venue through {@link VenueLine}: the sentence around the first group or emphasised run,
     * a parenthesised acronym in it, the run alone, then the first sentence.
     */
    private Optional<VenueReading> venue(TexRun run, int tail, Integer year) {
        String text = blanked(run);
        Optional<Mark> mark = venueMark(run, tail);
        if (mark.isPresent()) {
            String clause = clause(text, mark.get(), tail);
            Optional<VenueReading> r = reading(clause, year);
            if (r.isPresent()) {
                return r;
            }
            String name = venueName(clause);
            if (ACRONYM_IN_PARENTHESES.matcher(name).find()) {
                VenueRef own = catalog.canonical(venues.ownVenue(name, year));
                return Optional.of(new VenueReading(own, own.year(), null, List.of(), PaperType.UNKNOWN));
            }
            r = reading(venueName(text.substring(mark.get().start(), mark.get().end())), year);
            if (r.isPresent()) {
                return r;
            }
        }
        return reading(firstSentence(text.substring(tail)), year);
    }

    private Optional<VenueReading> reading(String candidate, Integer year) {
        return venues.read(withYear(candidate, year)).filter(r -> r.venue() != null);
    }

    /** A venue the catalog cannot place: the group or emphasised run (else the first sentence) as a long name. */
    private VenueRef fallbackVenue(TexRun run, int tail, List<String> sentences, Integer year) {
        String name = venueName(venueMark(run, tail).map(m -> blanked(run).substring(m.start(), m.end()))
                .orElse(sentences.isEmpty() ? "" : sentences.get(0)));
        if (!TWO_LETTERS.matcher(name).matches() || WHITESPACE.split(name).length > MAX_VENUE_WORDS
                || AWARD.matcher(name).find()) {
            return null;
        }
        return catalog.canonical(venues.ownVenue(name, year));
    }

    /** A venue's words without "In the", volume, issue and pages, enclosing parentheses or trailing punctuation. */
    private static String venueName(String text) {
        String s = IN.matcher(AuthorList.collapse(BIBLIOGRAPHIC.matcher(text).replaceAll(" "))).replaceFirst("");
        s = TRAILING_PUNCTUATION.matcher(VOLUME.matcher(s).replaceFirst("")).replaceAll("").strip();
        return PARENTHESISED.matcher(s).matches() ? s.substring(1, s.length() - 1).strip() : s;
    }

    /** The links labelled like buttons ("[PDF]", "code", "arXiv"), not like a title or a venue. */
    private static List<Mark> labels(TexRun run) {
        return run.links().stream().filter(m -> LINK_LABEL.matcher(run.slice(m)).matches()).toList();
    }

    /** The run's text with link labels and bibliographic details blanked out, offsets kept. */
    private static String blanked(TexRun run) {
        char[] chars = run.text().toCharArray();
        for (Mark m : labels(run)) {
            Arrays.fill(chars, m.start(), m.end(), ' ');
        }
        Matcher b = BIBLIOGRAPHIC.matcher(new String(chars));
        while (b.find()) {
            Arrays.fill(chars, b.start(), b.end(), ' ');
        }
        return new String(chars);
    }

    private Optional<Mark> venueMark(TexRun run, int tail) {
        return run.marks().stream()
                .filter(m -> VENUE_MARKS.contains(m.style()) && m.start() >= tail)
                .filter(m -> labels(run).stream().noneMatch(l -> l.start() < m.end() && l.end() > m.start()))
                .filter(m -> !AWARD.matcher(run.slice(m)).find() && !STATUS.matcher(run.slice(m)).find())
                .min((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The sentence a mark stands in, not reaching back before {@code floor} (the title's end). */
    private static String clause(String text, Mark m, int floor) {
        int from = m.start();
        while (from > floor && text.charAt(from - 1) != '\n' && !(text.charAt(from - 1) == ' ' && from >= 2
                && ".?!".indexOf(text.charAt(from - 2)) >= 0)) {
            from--;
        }
        Matcher end = SENTENCE_END.matcher(text).region(m.end(), text.length());
        int to = end.find() ? end.start() : text.length();
        int newline = text.indexOf('\n', m.end());
        to = newline >= 0 ? Math.min(to, newline) : to;
        return venueName(text.substring(from, to));
    }

    private static String withYear(String candidate, Integer year) {
        String s = candidate.strip();
        return year == null || VenueCatalog.yearIn(s).isPresent() ? s : s + " " + year;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int last = 0;
            Matcher m = SENTENCE_END.matcher(line);
            while (m.find()) {
                add(out, line.substring(last, m.end()));
                last = m.end();
            }
            add(out, line.substring(last));
        }
        return out;
    }

    private static void add(List<String> out, String sentence) {
        String s = LEADING_PUNCTUATION.matcher(sentence.strip()).replaceAll("");
        if (LETTER.matcher(s).matches()) {
            out.add(s);
        }
    }

    private static String firstSentence(String text) {
        List<String> s = sentences(text);
        return s.isEmpty() ? "" : s.get(0);
    }

    private static int skip(String text, int at) {
        int p = at;
        while (p < text.length() && " .,:;\n".indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        return p;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
