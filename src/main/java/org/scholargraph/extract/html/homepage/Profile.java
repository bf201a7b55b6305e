package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Person;
import org.scholargraph.model.Record;
import org.scholargraph.model.VenueCatalog;

/**
 * The site owner as the page describes them: the {@link Person} (position, affiliation, homepage,
 * interests, education, employment) and the awards, talks and service their sections list.
 * Structured metadata first, then the short lines under the owner's name in the page header, then
 * the biography's sentences.
 */
final class Profile {
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(professor|scientist|researcher|engineer|student|"
            + "candidate|postdoc\\w*|post-doc\\w*|fellow|lecturer|director|principal|head|founder|intern|manager|"
            + "lead|investigator|phd|ph\\.d\\.|staff|member of technical staff|chair|ceo|cto|dean|research)\\b");

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(I|I'm|I’m|my|me)\\b");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;|•·]\\s*|,\\s*(?:and\\s+)?");
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=[a-z])\\.\\s");
    private static final Pattern EMAIL_HINT = Pattern.compile("(?i).*(@|\\(at\\)|\\[at\\]|e-?mail|\\(dot\\)).*");
    private static final Pattern FIRST_PERSON_WORD = Pattern.compile("(?s).*\\b(I|I'm|I’m|My|my)\\b.*");
    private static final Pattern ENDS_WITH_STOP = Pattern.compile(".*[.!?]$");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.*");
    private static final Pattern ROLE_AT_ORGANISATION = Pattern.compile("^(.{3,60}?)\\s+(?:at|@)\\s+(\\p{Lu}.*)$");

    private final HtmlPage page;
    private final Headings headings;
    private final List<Line> lines;
    private final SiteOwner owner;
    private final List<PersonFacts> facts;
    private final VenueCatalog catalog;

    Profile(HtmlPage page, Headings headings, List<Line> lines, SiteOwner owner, List<PersonFacts> facts,
            VenueCatalog catalog) {
        this.page = page;
        this.headings = headings;
        this.lines = lines;
        this.owner = owner;
        this.facts = facts;
        this.catalog = catalog;
    }

    Person person() {
        Optional<PersonFacts> declared = facts.stream().filter(f -> owner.matches(f.name())).findFirst();
        String position = declared.map(PersonFacts::jobTitle).orElse(null);
        String affiliation = declared.map(PersonFacts::affiliation).orElse(null);
        List<String> bio = BioSentences.sentences(bioText());
        Optional<BioSentences.Position> header = headerPosition();
        Optional<BioSentences.Position> said = BioSentences.position(bio);
        if (position == null) {
            position = header.map(BioSentences.Position::role).or(() -> said.map(BioSentences.Position::role))
                    .orElse(null);
        }
        if (affiliation == null) {
            affiliation = header.map(BioSentences.Position::organisation).filter(o -> !o.isEmpty())
                    .or(() -> said.map(BioSentences.Position::organisation)).orElse(null);
        }
        List<Education> education = new ArrayList<>();
        items(SectionKind.EDUCATION).forEach(i -> EducationItems.read(i).ifPresent(education::add));
        if (education.isEmpty()) {
            education.addAll(BioSentences.education(bio));
        }
        List<Employment> employment = new ArrayList<>();
        items(SectionKind.EXPERIENCE).forEach(i -> EmploymentItems.read(i).ifPresent(employment::add));
        employment.addAll(BioSentences.employment(bio));
        return new Person(owner.name(), homepage(declared), position, affiliation, interests(), education,
                employment, Origin.of(page.location));
    }

    /** Awards, talks and service records from the sections that list them. */
    List<Record> activities() {
        List<Record> out = new ArrayList<>();
        for (SectionItems.Item i : items(SectionKind.AWARDS)) {
            AwardItems.read(i, owner.name(), origin(i)).ifPresent(out::add);
        }
        for (SectionItems.Item i : items(SectionKind.TALKS)) {
            TalkItems.read(i, owner.name(), origin(i)).ifPresent(out::add);
        }
        ServiceItems service = new ServiceItems(catalog);
        for (SectionItems.Item i : items(SectionKind.SERVICE)) {
            out.addAll(service.read(i, owner.name(), origin(i)));
        }
        return out;
    }

    private Origin origin(SectionItems.Item item) {
        return page.origin(item.element() != null ? item.element() : item.lines().get(0).firstNode());
    }

    private List<SectionItems.Item> items(SectionKind kind) {
        List<SectionItems.Item> out = new ArrayList<>();
        for (Headings.Heading h : headings.all()) {
            if (h.kind() == kind) {
                out.addAll(SectionItems.of(h, headings, page.order(), lines));
            }
        }
        return out;
    }

    private List<String> interests() {
        List<String> out = new ArrayList<>();
        for (SectionItems.Item i : items(SectionKind.INTERESTS)) {
            for (String part : LIST_SEPARATOR.split(i.content())) {
                String p = TextForm.trimPunctuation(part);
                if (!p.isEmpty() && TextForm.wordCount(p) <= 8) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The short lines just under the owner's name in the header ("Staff Research Scientist" / "Google DeepMind"). */
    private Optional<BioSentences.Position> headerPosition() {
        for (int i = 0; i < lines.size(); i++) {
            String t = PersonName.clean(lines.get(i).text());
            if (!owner.matches(t) || !PersonName.looksLikeName(t, false)) {
                continue;
            }
            String role = null;
            for (int j = i + 1; j < Math.min(lines.size(), i + 7); j++) {
                String next = SENTENCE_STOP.split(lines.get(j).withoutLinkLabels())[0];
                if (TextForm.wordCount(next) > 12 || headings.announces(lines.get(j).block())
                        || FIRST_PERSON.matcher(next).find()) {
                    break;
                }
                if (next.isBlank() || EMAIL_HINT.matcher(next).matches()) {
                    continue;
                }
                java.util.regex.Matcher at = ROLE_AT_ORGANISATION.matcher(next);
                if (role == null && ROLE_WORD.matcher(next).find() && at.find()) {
                    return Optional.of(new BioSentences.Position(TextForm.trimPunctuation(at.group(1)),
                            TextForm.trimPunctuation(at.group(2))));
                }
                if (role == null && ROLE_WORD.matcher(next).find()) {
                    role = TextForm.trimPunctuation(next);
                } else if (role != null && !ROLE_WORD.matcher(next).find()) {
                    return Optional.of(new BioSentences.Position(role, TextForm.trimPunctuation(next)));
                }
            }
            if (role != null) {
                return Optional.of(new BioSentences.Position(role, ""));
            }
        }
        return Optional.empty();
    }

    /** The page's first-person paragraphs. */
    private String bioText() {
        StringBuilder out = new StringBuilder();
        for (Line l : lines) {
            String t = l.text();
            if (TextForm.wordCount(t) >= 8 && FIRST_PERSON_WORD.matcher(t).matches()) {
                out.append(t).append(ENDS_WITH_STOP.matcher(t).matches() ? " " : ". ");
            }
        }
        return out.toString();
    }

    private String homepage(Optional<PersonFacts> declared) {
        Optional<String> url = declared.map(PersonFacts::url).filter(u -> HTTP_URL.matcher(u).matches());
        if (url.isPresent()) {
            return url.get();
        }
        for (Element a : page.doc.select("a[href]")) {
            String abs = a.absUrl("href");
            if (HTTP_URL.matcher(abs).matches() && owner.matches(PersonName.clean(a.text()))
                    && PersonName.looksLikeName(PersonName.clean(a.text()), false)) {
                return abs;
            }
        }
        return page.address();
    }
}
