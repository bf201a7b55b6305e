package org.scholargraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.scholargraph.model.Author;
import org.scholargraph.model.AwardReceipt;
import org.scholargraph.model.Education;
import org.scholargraph.model.Employment;
import org.scholargraph.model.Link;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperAbstract;
import org.scholargraph.model.PaperAward;
import org.scholargraph.model.Person;
import org.scholargraph.model.Presentation;
import org.scholargraph.model.Record;
import org.scholargraph.model.Service;
import org.scholargraph.model.Talk;
import org.scholargraph.model.VenueRef;

/**
 * Writes records as JSON Lines, one object per record. The keys are a contract with users
 * (scripts read them): {@code type, title, authors[{name, equalContribution}], venue, year,
 * awards, presentations, links} for papers, {@code type, name} for people, {@code type, award,
 * recipient, year} for person awards. Keys may be added, never renamed or removed.
 */
public final class JsonLines {
    private final ObjectMapper json = new ObjectMapper();
    private final PrintWriter out;

    public JsonLines(PrintWriter out) {
        this.out = out;
    }

    public void write(Record record) {
        ObjectNode node;
        if (record instanceof Paper p) {
            node = paper(p);
        } else if (record instanceof Person p) {
            node = person(p);
        } else if (record instanceof Talk t) {
            node = talk(t);
        } else if (record instanceof Service s) {
            node = service(s);
        } else if (record instanceof PaperAbstract a) {
            node = json.createObjectNode();
            node.put("type", "abstract");
            node.put("text", a.text());
            putIfPresent(node, "owner", a.owner());
        } else {
            node = award((AwardReceipt) record);
        }
        node.put("source", record.origin().source());
        putIfPresent(node, "where", record.origin().where().isEmpty() ? null : record.origin().where());
        out.println(node.toString());
        out.flush();
    }

    private ObjectNode paper(Paper p) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "paper");
        n.put("title", p.title());
        ArrayNode authors = n.putArray("authors");
        for (Author a : p.authors()) {
            ObjectNode an = authors.addObject();
            an.put("name", a.name());
            an.put("equalContribution", a.equalContribution());
            if (a.equalGroup() > 0) {
                an.put("equalGroup", a.equalGroup());
            }
            an.put("printed", a.printed());
            if (a.siteOwner()) {
                an.put("siteOwner", true);
            }
        }
        VenueRef v = p.venue();
        putIfPresent(n, "venue", v == null ? null : v.label());
        putIfPresent(n, "venueName", v == null ? null : v.longName());
        putIfPresent(n, "year", p.year());
        putIfPresent(n, "editionYear", v == null ? null : v.year());
        n.put("paperType", p.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ArrayNode awards = n.putArray("awards");
        ArrayNode awardDetails = n.putArray("awardDetails");
        for (PaperAward a : p.awards()) {
            awards.add(a.nominee() ? a.label() + " - Nominee" : a.label());
            ObjectNode d = awardDetails.addObject();
            d.put("label", a.label());
            putIfPresent(d, "conferredBy", a.conferredBy() == null ? null : a.conferredBy().label());
            putIfPresent(d, "year", a.year());
            d.put("nominee", a.nominee());
        }
        ArrayNode presentations = n.putArray("presentations");
        ObjectNode links = n.putObject("links");
        for (Presentation pr : p.presentations()) {
            presentations.add(pr.kind().label());
            if (pr.url() != null && !links.has(pr.kind().label())) {
                links.put(pr.kind().label(), pr.url());
            }
        }
        for (Link l : p.links()) {
            if (!links.has(l.kind().key())) {
                links.put(l.kind().key(), l.url());
            }
        }
        putIfPresent(n, "doi", p.doi());
        putIfPresent(n, "arxiv", p.arxivId());
        putIfPresent(n, "impossibleYear", p.impossibleYear());
        putIfPresent(n, "abstract", p.abstractText());
        putIfPresent(n, "summary", p.summary());
        if (!p.tags().isEmpty()) {
            ArrayNode tags = n.putArray("tags");
            p.tags().forEach(tags::add);
        }
        return n;
    }

    private ObjectNode person(Person p) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "person");
        n.put("name", p.name());
        putIfPresent(n, "homepage", p.homepage());
        putIfPresent(n, "position", p.position());
        putIfPresent(n, "affiliation", p.affiliation());
        if (!p.interests().isEmpty()) {
            ArrayNode interests = n.putArray("interests");
            p.interests().forEach(interests::add);
        }
        ArrayNode education = n.putArray("education");
        for (Education e : p.education()) {
            ObjectNode en = education.addObject();
            putIfPresent(en, "degree", e.degree());
            en.put("institution", e.institution());
            ArrayNode advisors = en.putArray("advisors");
            e.advisors().forEach(advisors::add);
            putIfPresent(en, "startYear", e.startYear());
            putIfPresent(en, "endYear", e.endYear());
            putIfPresent(en, "thesis", e.thesis());
        }
        ArrayNode employment = n.putArray("employment");
        for (Employment e : p.employment()) {
            ObjectNode en = employment.addObject();
            putIfPresent(en, "role", e.role());
            en.put("organisation", e.organisation());
            ArrayNode hosts = en.putArray("hosts");
            e.hosts().forEach(hosts::add);
            putIfPresent(en, "startYear", e.startYear());
            putIfPresent(en, "endYear", e.endYear());
        }
        return n;
    }

    private ObjectNode talk(Talk t) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "talk");
        n.put("speaker", t.speaker());
        n.put("title", t.title());
        putIfPresent(n, "host", t.host());
        putIfPresent(n, "date", t.date());
        putIfPresent(n, "year", t.year());
        return n;
    }

    private ObjectNode service(Service s) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "service");
        n.put("person", s.person());
        n.put("role", s.role());
        putIfPresent(n, "venue", s.venue() == null ? null : s.venue().label());
        putIfPresent(n, "year", s.venue() == null ? null : s.venue().year());
        putIfPresent(n, "distinction", s.distinction());
        return n;
    }

    private ObjectNode award(AwardReceipt a) {
        ObjectNode n = json.createObjectNode();
        n.put("type", "award");
        n.put("award", a.award());
        n.put("recipient", a.recipient());
        putIfPresent(n, "year", a.year());
        putIfPresent(n, "conferredBy", a.conferredBy());
        putIfPresent(n, "amount", a.amount());
        return n;
    }

    private static void putIfPresent(ObjectNode n, String key, Object value) {
        if (value instanceof Integer i) {
            n.put(key, i);
        } else if (value != null) {
            n.put(key, value.toString());
        }
    }
}
