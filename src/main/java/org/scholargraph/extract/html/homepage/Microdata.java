package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.scholargraph.model.Origin;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueCatalog;

/**
 * schema.org microdata ({@code itemscope}/{@code itemprop}), as Hugo Academic writes it: a
 * {@code Person} item for the owner (name, {@code worksFor}, {@code jobTitle}), and
 * {@code ScholarlyArticle}/{@code CreativeWork} items with a {@code name} and an {@code author}.
 * Items of other types ({@code Event} talks) are not papers.
 */
final class Microdata {
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            ".*(scholarlyarticle|creativework|/article|techarticle|thesis|report|chapter)$");

    private final Document doc;

    Microdata(Document doc) {
        this.doc = doc;
    }

    List<PersonFacts> persons() {
        List<PersonFacts> out = new ArrayList<>();
        for (Element item : items("person")) {
            String name = prop(item, "name");
            if (name != null) {
                Element org = propElement(item, "worksFor");
                if (org == null) {
                    org = propElement(item, "affiliation");
                }
                String orgName = org == null ? null : org.hasAttr("itemscope") ? prop(org, "name") : value(org);
                out.add(new PersonFacts(name, prop(item, "jobTitle"), orgName, prop(item, "url")));
            }
        }
        return out;
    }

    /** Paper items: a name and at least one author, the author printed as one list or as Person items. */
    List<Draft> papers(Authorship authorship, VenueCatalog catalog, Function<Node, Origin> origins, NodeOrder order,
            Headings headings) {
        List<Draft> out = new ArrayList<>();
        for (Element item : doc.select("[itemscope][itemtype]")) {
            String type = item.attr("itemtype").toLowerCase(Locale.ROOT);
            if (!ARTICLE_TYPE.matcher(type).matches()) {
                continue;
            }
            String title = prop(item, "name");
            List<Element> authors = propElements(item, "author");
            if (title == null || authors.isEmpty() || headings.sectionOf(item).excludesPapers()) {
                continue;
            }
            Draft d = new Draft(title, origins.apply(item).at("microdata"), order.start(item));
            for (Element a : authors) {
                if (a.hasAttr("itemscope")) {
                    String n = prop(a, "name");
                    if (n != null) {
                        d.authors.addAll(authorship.plain(List.of(n)));
                    }
                } else {
                    d.authors.addAll(authorship.authors(NameList.read(TextForm.squash(a.text())).items()));
                }
            }
            String date = prop(item, "datePublished");
            if (date != null) {
                VenueText.lastYear(date).ifPresent(y -> d.year = y);
            }
            Element part = propElement(item, "isPartOf");
            if (part != null) {
                String venue = part.hasAttr("itemscope") ? prop(part, "name") : value(part);
                if (venue != null) {
                    VenueText.Reading r = new VenueText(catalog).read(venue);
                    d.venue = r.venue();
                    d.type = r.type();
                }
            }
            if (type.endsWith("thesis")) {
                d.type = PaperType.THESIS;
            }
            if (d.authors.stream().anyMatch(org.scholargraph.model.Author::siteOwner)) {
                out.add(d);
            }
        }
        return out;
    }

    private List<Element> items(String type) {
        List<Element> out = new ArrayList<>();
        for (Element item : doc.select("[itemscope][itemtype]")) {
            if (item.attr("itemtype").toLowerCase(Locale.ROOT).endsWith("/" + type)) {
                out.add(item);
            }
        }
        return out;
    }

    private static String prop(Element item, String name) {
        Element e = propElement(item, name);
        if (e == null) {
            return null;
        }
        String v = value(e);
        return v == null || v.isBlank() ? null : v;
    }

    private static Element propElement(Element item, String name) {
        List<Element> all = propElements(item, name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Properties of this item, not of items nested in it. */
    private static List<Element> propElements(Element item, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : item.select("[itemprop~=(^|\\s)" + name + "(\\s|$)]")) {
            Element scope = e.parent() == null ? null : e.parent().closest("[itemscope]");
            if (scope == item) {
                out.add(e);
            }
        }
        return out;
    }

    private static String value(Element e) {
        return switch (e.normalName()) {
            case "meta" -> e.attr("content");
            case "a", "link", "area" -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
            case "img", "source", "video", "audio" -> e.attr("src");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : TextForm.squash(e.text());
            default -> TextForm.squash(e.text());
        };
    }
}
