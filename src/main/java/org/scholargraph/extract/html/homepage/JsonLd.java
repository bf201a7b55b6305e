package org.scholargraph.extract.html.homepage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.scholargraph.model.Link;
import org.scholargraph.model.LinkKind;
import org.scholargraph.model.Origin;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;

/**
 * schema.org in {@code <script type="application/ld+json">}: {@code Person} nodes describe the owner,
 * {@code ScholarlyArticle}/{@code Article}/{@code Thesis}… nodes are papers. Read with Jackson; a
 * block that is not JSON is reported, not fatal.
 */
final class JsonLd {
    private static final Set<String> PAPER_TYPES = Set.of("scholarlyarticle", "article", "techarticle", "report",
            "thesis", "chapter", "medicalscholarlyarticle", "publicationissue");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> nodes = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();

    JsonLd(Document doc, Function<Node, Origin> origins, List<Problem> problems) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), script);
            } catch (JsonProcessingException e) {
                problems.add(Problem.warning(origins.apply(script), "JSON-LD block is not valid JSON: "
                        + e.getOriginalMessage()));
            }
        }
    }

    private void collect(JsonNode node, Element script) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, script));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type")) {
            nodes.add(node);
            scripts.add(script);
        }
        for (java.util.Map.Entry<String, JsonNode> f : node.properties()) {
            if (!f.getKey().equals("author")) {
                collect(f.getValue(), script);
            }
        }
    }

    List<PersonFacts> persons() {
        List<PersonFacts> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (types(n).contains("person") && !text(n, "name").isEmpty()) {
                out.add(new PersonFacts(text(n, "name"), emptyToNull(text(n, "jobTitle")),
                        emptyToNull(orgName(n)), emptyToNull(text(n, "url"))));
            }
        }
        return out;
    }

    List<Draft> papers(Authorship authorship, VenueCatalog catalog, Function<Node, Origin> origins, NodeOrder order) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String title = text(n, "name").isEmpty() ? text(n, "headline") : text(n, "name");
            if (types(n).stream().noneMatch(PAPER_TYPES::contains) || title.isEmpty()) {
                continue;
            }
            Draft d = new Draft(title, origins.apply(scripts.get(i)).at("JSON-LD"), order.start(scripts.get(i)));
            d.authors = authorship.plain(authorNames(n.get("author")));
            VenueText.lastYear(text(n, "datePublished")).ifPresent(y -> d.year = y);
            String venue = n.has("isPartOf") ? text(n.get("isPartOf"), "name") : "";
            if (!venue.isEmpty()) {
                VenueText.Reading r = new VenueText(catalog).read(venue + (d.year == null ? "" : ", " + d.year));
                d.venue = r.venue();
                d.type = r.type();
            }
            if (types(n).contains("thesis")) {
                d.type = PaperType.THESIS;
            }
            d.abstractText = emptyToNull(text(n, "abstract"));
            String url = text(n, "url");
            if (!url.isEmpty()) {
                d.link(Link.of(LinkKinds.of("paper", url), url));
                LinkKinds.arxivId(url).ifPresent(id -> d.arxivId = id);
            }
            LinkKinds.doi(text(n, "identifier") + " " + text(n, "sameAs")).ifPresent(doi -> {
                d.doi = doi;
                d.link(Link.of(LinkKind.DOI, "https://doi.org/" + doi));
            });
            out.add(d);
        }
        return out;
    }

    private static List<String> authorNames(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isArray()) {
            author.forEach(a -> names.addAll(authorNames(a)));
        } else if (author.isTextual()) {
            NameList.read(author.asText()).items().forEach(i -> names.add(i.name()));
        } else if (author.isObject()) {
            String name = text(author, "name");
            if (name.isEmpty()) {
                name = (text(author, "givenName") + " " + text(author, "familyName")).strip();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String orgName(JsonNode person) {
        for (String key : List.of("worksFor", "affiliation")) {
            JsonNode org = person.get(key);
            if (org != null && org.isArray() && !org.isEmpty()) {
                org = org.get(0);
            }
            if (org != null) {
                return org.isTextual() ? org.asText() : text(org, "name");
            }
        }
        return "";
    }

    private static Set<String> types(JsonNode n) {
        Set<String> out = new java.util.HashSet<>();
        JsonNode t = n.get("@type");
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else if (t != null) {
            out.add(t.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            return v.isEmpty() ? "" : v.get(0).asText("");
        }
        return v.isValueNode() ? TextForm.squash(v.asText()) : "";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
