package org.scholargraph.extract.hugo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.extract.ExtractionSink;
import org.scholargraph.extract.Extractor;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Problem;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.source.Document;

/**
 * Hugo Academic / Wowchemy publication pages: one page, one {@link org.scholargraph.model.Paper}.
 * Broken front matter is an ERROR located at the parser's line:col in the page, with no records;
 * drafts are skipped (unless {@link HugoOptions#includeDrafts()}) and stub pages reported, both
 * as WARNINGs.
 */
public final class HugoPublicationExtractor implements Extractor {
    public static final String KIND = "hugo-publication";

    /** Keys only a publication page has (a blog post also has title, date and authors). */
    private static final Pattern PUBLICATION_KEY = Pattern.compile(
            "^\\s*(publication|publication_short|publication_types)\\s*[=:]", Pattern.MULTILINE);
    private static final Pattern PAGE_KEY = Pattern.compile("^\\s*(title|authors)\\s*[=:]|^\\s*\\[\\[authors]]",
            Pattern.MULTILINE);
    private static final Pattern PUBLICATION_PATH = Pattern.compile(".*/publications?/.*");

    private final HugoOptions options;
    private final VenueCatalog catalog;
    private final PaperAssembler assembler;
    private final FrontMatterParser parser = new FrontMatterParser();
    /** Site root → its owner's name, read once per site when a whole site is ingested. */
    private final Map<Path, Optional<String>> owners = new HashMap<>();

    public HugoPublicationExtractor() {
        this(HugoOptions.defaults());
    }

    public HugoPublicationExtractor(HugoOptions options) {
        this(options, VenueCatalog.bundled());
    }

    public HugoPublicationExtractor(HugoOptions options, VenueCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
        this.assembler = new PaperAssembler(catalog, options);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String version() {
        return "2";
    }

    /**
     * Front matter between {@code +++} or {@code ---} lines that has publication keys, or any
     * front matter with a title or authors in a {@code publication} folder (where stubs live).
     */
    @Override
    public boolean recognises(Document document) {
        if (document.looksBinary()) {
            return false;
        }
        Optional<FrontMatterParser.Block> block = FrontMatterParser.split(document.text());
        if (block.isEmpty()) {
            return false;
        }
        String text = block.get().text();
        return PUBLICATION_KEY.matcher(text).find()
                || (inPublicationFolder(document) && PAGE_KEY.matcher(text).find());
    }

    @Override
    public void extract(Document document, ExtractionSink sink) {
        Origin origin = Origin.of(document.displayName());
        FrontMatter frontMatter;
        try {
            frontMatter = parser.parse(document.text());
        } catch (FrontMatterException e) {
            sink.problem(Problem.error(origin.at(e.where()), e.getMessage()));
            return;
        }
        PublicationPage page = PublicationPage.from(frontMatter);
        if (page.draft() && !options.includeDrafts()) {
            sink.problem(Problem.warning(origin.at("key 'draft'"), "draft page skipped (draft = true); "
                    + "include drafts to keep it"));
        } else if (page.stub()) {
            String title = page.title() == null ? "no title" : "title '" + page.title() + "'";
            sink.problem(Problem.warning(origin.at("key 'title'"), "stub page (" + title
                    + " and no authors or publication): no paper"));
        } else if (!page.hasRealTitle()) {
            sink.problem(Problem.error(origin.at("key 'title'"), "publication page has "
                    + (page.title() == null ? "no title" : "only the placeholder title '" + page.title() + "'")));
        } else if (!page.describesAPublication()) {
            sink.problem(Problem.error(origin, "front matter has a title but no authors, publication or "
                    + "publication_types: not a publication page"));
        } else {
            if (page.authors().isEmpty()) {
                sink.problem(Problem.warning(origin.at("key 'authors'"), "publication page lists no authors"));
            }
            sink.record(assemblerFor(document, origin, sink).assemble(page, origin, sink));
        }
    }

    /**
     * The assembler that knows who {@code admin} is: the owner given in the options, else the one
     * named by the profile of the Hugo site the page sits in (when it is a local file).
     */
    private PaperAssembler assemblerFor(Document document, Origin origin, ExtractionSink sink) {
        if (options.siteOwner() != null || !document.location().startsWith("file:")) {
            return assembler;
        }
        Optional<Path> root = SiteOwnerProfile.siteRootOf(Path.of(URI.create(document.location())));
        Optional<String> owner = root.flatMap(r -> owners.computeIfAbsent(r, k -> readOwner(k, origin, sink)));
        return owner.map(name -> new PaperAssembler(catalog, options.withSiteOwner(name))).orElse(assembler);
    }

    private Optional<String> readOwner(Path siteRoot, Origin origin, ExtractionSink sink) {
        try {
            return new SiteOwnerProfile().ownerName(siteRoot);
        } catch (IOException | FrontMatterException e) {
            sink.problem(Problem.warning(origin, "cannot read the site owner's profile under " + siteRoot + ": "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean inPublicationFolder(Document document) {
        return PUBLICATION_PATH.matcher(document.location().replace('\\', '/')).matches();
    }
}
