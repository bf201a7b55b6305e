package org.scholargraph.extract.html.homepage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.scholargraph.model.Origin;
import org.scholargraph.model.VenueCatalog;

/**
 * COinS: OpenURL ContextObjects in {@code <span class="Z3988" title="ctx_ver=Z39.88-2004&rft.atitle=…">},
 * as Zotero and many publication-list generators write them, one per paper.
 */
final class Coins {
    private Coins() {
    }

    static List<Draft> papers(Document doc, Authorship authorship, VenueCatalog catalog,
            Function<Node, Origin> origins, NodeOrder order) {
        List<Draft> out = new ArrayList<>();
        for (Element span : doc.select("span.Z3988[title]")) {
            Map<String, List<String>> kv = query(span.attr("title"));
            String title = firstOf(kv, "rft.atitle", "rft.btitle", "rft.title");
            if (title == null) {
                continue;
            }
            Draft d = new Draft(title, origins.apply(span).at("COinS"), order.start(span));
            List<String> names = new ArrayList<>(kv.getOrDefault("rft.au", List.of()));
            String last = firstOf(kv, "rft.aulast");
            if (names.isEmpty() && last != null) {
                String given = firstOf(kv, "rft.aufirst");
                names.add(given == null ? last : given + " " + last);
            }
            d.authors = authorship.plain(names);
            String date = firstOf(kv, "rft.date");
            if (date != null) {
                VenueText.lastYear(date).ifPresent(y -> d.year = y);
            }
            String venue = firstOf(kv, "rft.jtitle", "rft.stitle", "rft.series", "rft.conf");
            if (venue == null && kv.containsKey("rft.atitle")) {
                venue = firstOf(kv, "rft.btitle");
            }
            if (venue != null) {
                VenueText.Reading r = new VenueText(catalog).read(venue + (d.year == null ? "" : ", " + d.year));
                d.venue = r.venue();
                d.type = r.type();
            }
            for (String id : kv.getOrDefault("rft_id", List.of())) {
                if (id.startsWith("info:doi/")) {
                    d.doi = id.substring("info:doi/".length());
                }
                LinkKinds.arxivId(id).ifPresent(a -> d.arxivId = a);
            }
            out.add(d);
        }
        return out;
    }

    private static Map<String, List<String>> query(String title) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : title.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = TextForm.squash(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return out;
    }

    private static String firstOf(Map<String, List<String>> kv, String... keys) {
        for (String k : keys) {
            List<String> v = kv.get(k);
            if (v != null && !v.isEmpty() && !v.get(0).isBlank()) {
                return v.get(0);
            }
        }
        return null;
    }
}
