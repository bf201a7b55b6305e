package org.scholargraph.crawl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.scholargraph.ingest.Followups;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Record;
import org.scholargraph.source.Document;
import org.scholargraph.source.SourceRef;

/**
 * From a fetched HTML page that yielded no papers (a homepage with a bio and a menu), goes on to
 * the same-site pages that look like its publication list, up to a depth from the start pages and
 * never to a URL already taken in this run (start pages included). Pages with papers, files and
 * non-HTML documents lead nowhere.
 */
public final class PublicationFollower implements Followups {
    /** Start page 0, its publications page 1, a page that one links to 2. */
    public static final int MAX_DEPTH = 2;
    /** Links followed from one page at most, so a menu full of paper pages cannot fan out. */
    public static final int PER_PAGE = 5;

    private final PublicationLinks links;
    private final int maxDepth;
    private final Map<String, Integer> depths = new HashMap<>();

    public PublicationFollower(Collection<SourceRef> start, PublicationLinks links, int maxDepth) {
        this.links = links;
        this.maxDepth = maxDepth;
        start.stream().filter(SourceRef::isUrl).forEach(ref -> depths.putIfAbsent(ref.location(), 0));
    }

    public static PublicationFollower standard(Collection<SourceRef> start) {
        return new PublicationFollower(start, new PublicationLinks(PER_PAGE), MAX_DEPTH);
    }

    /** Takes a start page the run did not know about at construction (a crawl's unchanged page, say). */
    public void start(SourceRef ref) {
        depths.putIfAbsent(ref.location(), 0);
    }

    @Override
    public List<SourceRef> of(SourceRef ref, Document document, List<Record> records) {
        if (!ref.isUrl() || records.stream().anyMatch(Paper.class::isInstance)
                || !HtmlBody.is(document.bytes(), document.mediaType())) {
            return List.of();
        }
        int depth = depths.computeIfAbsent(ref.location(), l -> 0);
        if (depth >= maxDepth) {
            return List.of();
        }
        List<SourceRef> next = new ArrayList<>();
        for (PublicationLinks.Link link : links.choose(Jsoup.parse(document.text(), ref.location()))) {
            if (depths.putIfAbsent(link.url().toString(), depth + 1) == null) {
                next.add(SourceRef.url(link.url()));
            }
        }
        return next;
    }
}
