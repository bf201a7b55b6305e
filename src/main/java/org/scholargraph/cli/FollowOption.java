package org.scholargraph.cli;

import java.util.Collection;
import org.scholargraph.crawl.PublicationFollower;
import org.scholargraph.ingest.Followups;
import org.scholargraph.source.SourceRef;
import picocli.CommandLine.Option;

/** {@code --no-follow}: whether a fetched page without papers leads on to its site's publications page. */
final class FollowOption {
    @Option(names = "--no-follow", description = "Do not follow links from a fetched page that yields no papers "
            + "to same-site pages that look like its publication list (followed by default, depth 2, 5 links a page).")
    boolean noFollow;

    boolean follow() {
        return !noFollow;
    }

    Followups followups(Collection<SourceRef> start) {
        return noFollow ? Followups.NONE : PublicationFollower.standard(start);
    }
}
