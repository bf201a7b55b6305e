package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lists what sources disagree on about one canonical paper: its year, its venue, its authors
 * or their order, its awards' names; and values no source can mean (a year of 20201), each
 * claim with its source. Only sources that state a value take part: a page that gives no year
 * does not disagree with one that does.
 */
final class ConflictFinder {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)[0-9]{2}\\b");
    private final Map<String, PersonMention> people;
    private final Map<String, String> personOf;

    ConflictFinder(Map<String, PersonMention> people, Map<String, String> personOf) {
        this.people = people;
        this.personOf = personOf;
    }

    List<Conflict> find(String paper, List<PaperStatement> statements, List<AwardClaim> awards) {
        List<Conflict> out = new ArrayList<>();
        String title = statements.get(0).title();
        for (PaperStatement s : statements) {
            if (s.impossibleYear() != null) {
                List<Conflict.Claim> claims = new ArrayList<>();
                claims.add(new Conflict.Claim("year " + s.impossibleYear(), s.source()));
                for (PaperStatement o : statements) {
                    if (o.year() != null && !o.source().equals(s.source())) {
                        claims.add(new Conflict.Claim("year " + o.year(), o.source()));
                    }
                }
                out.add(new Conflict("impossible value", paper, title, claims));
            }
        }
        if (statements.stream().map(PaperStatement::source).distinct().count() < 2) {
            return out;
        }
        differing("year", paper, title, statements, s -> s.year() == null ? null : String.valueOf(s.year()), out);
        // The series, not the edition: "ICML" from a source that gives no usable year is no other venue than "ICML 2021".
        differing("venue", paper, title, statements, s -> series(s.venue()), out);
        authors(paper, title, statements, out);
        awards(paper, title, awards, out);
        return out;
    }

    private static void differing(String kind, String paper, String title, List<PaperStatement> statements,
            Function<PaperStatement, String> value, List<Conflict> out) {
        Map<String, String> bySource = new TreeMap<>();
        for (PaperStatement s : statements) {
            String v = value.apply(s);
            if (v != null && !v.isBlank()) {
                bySource.putIfAbsent(s.source(), v);
            }
        }
        if (new HashSet<>(bySource.values()).size() > 1) {
            out.add(new Conflict(kind, paper, title, claims(bySource)));
        }
    }

    private void authors(String paper, String title, List<PaperStatement> statements, List<Conflict> out) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        Map<String, String> printed = new TreeMap<>();
        for (PaperStatement s : statements) {
            if (s.authors().isEmpty() || order.containsKey(s.source())) {
                continue;
            }
            order.put(s.source(), s.authors().stream().map(a -> personOf.getOrDefault(a, a)).toList());
            printed.put(s.source(), String.join("; ", s.authors().stream()
                    .map(a -> people.containsKey(a) ? people.get(a).name() : a).toList()));
        }
        Set<Set<String>> sets = new HashSet<>();
        Set<List<String>> orders = new HashSet<>();
        for (List<String> o : order.values()) {
            sets.add(new TreeSet<>(o));
            orders.add(o);
        }
        if (sets.size() > 1) {
            out.add(new Conflict("authors", paper, title, claims(printed)));
        } else if (orders.size() > 1) {
            out.add(new Conflict("author order", paper, title, claims(printed)));
        }
    }

    private static void awards(String paper, String title, List<AwardClaim> awards, List<Conflict> out) {
        Map<String, Set<String>> labels = new TreeMap<>();
        Map<String, Set<String>> shown = new TreeMap<>();
        for (AwardClaim a : awards) {
            if (a.nominee()) {
                continue; // a nomination is not an award: two sources may well disagree on it without conflict
            }
            labels.computeIfAbsent(a.source(), k -> new TreeSet<>()).add(TitleForm.of(a.label()).text());
            shown.computeIfAbsent(a.source(), k -> new TreeSet<>()).add(a.label() + (a.year() == null ? "" : " (" + a.year() + ")"));
        }
        if (labels.size() > 1 && new HashSet<>(labels.values()).size() > 1) {
            Map<String, String> bySource = new TreeMap<>();
            shown.forEach((source, set) -> bySource.put(source, String.join("; ", set)));
            out.add(new Conflict("award", paper, title, claims(bySource)));
        }
    }

    private static String series(String venue) {
        return venue == null ? null : YEAR.matcher(venue).replaceAll("").strip();
    }

    private static List<Conflict.Claim> claims(Map<String, String> bySource) {
        List<Conflict.Claim> claims = new ArrayList<>();
        bySource.forEach((source, value) -> claims.add(new Conflict.Claim(value, source)));
        return claims;
    }
}
