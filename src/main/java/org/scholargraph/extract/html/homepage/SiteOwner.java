package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whose site a page is. Candidates come from the page's own metadata (JSON-LD or microdata Person,
 * {@code meta author}, {@code og:site_name}, the title, the brand or name element) and from the
 * name the page emphasises in most author lists, as homepages bold their owner; the candidate that
 * appears in the most author lines wins, the metadata's weight breaking ties, so a frequent
 * co-author never outranks the owner who is on every entry.
 */
record SiteOwner(String name) {
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\\-–—·:@]\\s+|\\s*[|·—–]\\s*|,\\s+");
    private static final Pattern POSSESSIVE_HOMEPAGE = Pattern.compile(
            "(?i)['’]s\\s+(personal\\s+)?(home\\s*page|web\\s*site|site|page)$");
    private static final Pattern HOMEPAGE_OF = Pattern.compile("(?i)^(home\\s*page|website)\\s+of\\s+");

    boolean matches(String candidate) {
        return PersonName.samePerson(name, candidate);
    }

    static Optional<SiteOwner> find(Document doc, List<Line> lines, List<String> declared) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        declared.forEach(n -> offer(candidates, n, 4));
        offer(candidates, meta(doc, "meta[name=author]"), 3);
        offer(candidates, meta(doc, "meta[property=og:site_name]"), 2);
        offer(candidates, meta(doc, "meta[property=og:title]"), 2);
        offer(candidates, doc.title(), 2);
        for (Element e : doc.select(".navbar-brand, .site-title, [class*=name], [id*=name], h1, h2")) {
            if (!e.normalName().equals("input") && e.text().length() < 80) {
                offer(candidates, e.text(), 1);
            }
        }
        Optional<String> emphasised = mostEmphasised(lines);
        emphasised.ifPresent(n -> offer(candidates, n, 3));
        Candidate best = null;
        for (Candidate c : candidates.values()) {
            c.anchors = anchors(lines, c.name);
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new SiteOwner(best.name));
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? "" : e.attr("content");
    }

    private static void offer(Map<String, Candidate> out, String text, int weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String piece : SEPARATORS.split(text)) {
            String name = PersonName.clean(
                    HOMEPAGE_OF.matcher(POSSESSIVE_HOMEPAGE.matcher(piece).replaceAll("")).replaceAll(""));
            if (PersonName.looksLikeName(name, false) && TextForm.wordCount(name) <= 5) {
                Candidate c = out.computeIfAbsent(PersonName.key(name), k -> new Candidate(name));
                c.weight += weight;
            }
        }
    }

    private static int anchors(List<Line> lines, String name) {
        int n = 0;
        for (Line line : lines) {
            if (NameList.findNaming(line.raw(), other -> PersonName.samePerson(name, other)).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** The name set in bold, italics or underline in the most author lists (at least two). */
    private static Optional<String> mostEmphasised(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        for (Line line : lines) {
            List<NameList.Item> items = NameList.read(line.raw()).items();
            if (items.size() < 2) {
                continue;
            }
            List<NameList.Item> bold = new ArrayList<>();
            for (NameList.Item item : items) {
                if (line.emphasized(item.start(), item.end())) {
                    bold.add(item);
                }
            }
            if (bold.size() == 1) {
                String key = PersonName.key(bold.get(0).name());
                counts.merge(key, 1, Integer::sum);
                printed.putIfAbsent(key, bold.get(0).name());
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(e -> printed.get(e.getKey()));
    }

    /** A name offered by the page, with the weight of its sources and the author lines it appears in. */
    private static final class Candidate {
        private final String name;
        private int weight;
        private int anchors;

        Candidate(String name) {
            this.name = name;
        }

        int score() {
            return weight + 3 * anchors;
        }
    }
}
