package org.scholargraph.extract.hugo;

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

    private final HugoOptions options;
    private final PaperAssembler assembler;
    private final FrontMatterParser parser = new FrontMatterParser();

    public HugoPublicationExtractor() {
        this(HugoOptions.defaults());
    }

    public HugoPublicationExtractor(HugoOptions options) {
        this(options, VenueCatalog.bundled());
    }

    public HugoPublicationExtractor(HugoOptions options, VenueCatalog catalog) {
        this.options = options;
        this.assembler = new PaperAssembler(catalog, options);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String version() {
        return "1";
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
            sink.record(assembler.assemble(page, origin, sink));
        }
    }

    private static boolean inPublicationFolder(Document document) {
        return document.location().replace('\\', '/').matches(".*/publications?/.*");
    }
}
