package org.scholargraph.extract.hugo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scholargraph.extract.hugo.FrontMatter.Syntax;

/**
 * Who {@code admin} is on a Hugo Academic/Wowchemy site: the {@code title} (or {@code name}) of
 * the owner's author profile, {@code content/authors/admin/_index.md}; on older Academic sites,
 * {@code name} under {@code [params]} in the site configuration.
 */
public final class SiteOwnerProfile {
    private static final List<String> PROFILES = List.of(
            "content/authors/admin/_index.md", "content/authors/admin/index.md", "content/author/admin/_index.md");
    private static final List<String> CONFIGS = List.of(
            "config/_default/params.toml", "config/_default/params.yaml", "config/_default/params.yml",
            "config/_default/config.toml", "config/_default/hugo.toml", "config.toml", "hugo.toml",
            "config.yaml", "config.yml", "hugo.yaml");

    private final FrontMatterParser parser = new FrontMatterParser();

    /** The site a page belongs to: the folder holding the page's {@code content} ancestor. */
    public static Optional<Path> siteRootOf(Path page) {
        for (Path p = page.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("content")) {
                return Optional.ofNullable(p.getParent());
            }
        }
        return Optional.empty();
    }

    /**
     * The site owner's name, empty when the site has no profile that names them.
     *
     * @throws FrontMatterException when the profile or configuration that should name them is malformed
     */
    public Optional<String> ownerName(Path siteRoot) throws IOException, FrontMatterException {
        for (String profile : PROFILES) {
            Path file = siteRoot.resolve(profile);
            if (Files.isRegularFile(file)) {
                FrontMatter fm = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
                Optional<String> name = Optional.ofNullable(fm.text("title")).or(() -> Optional.ofNullable(fm.text("name")));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        for (String config : CONFIGS) {
            Path file = siteRoot.resolve(config);
            if (Files.isRegularFile(file)) {
                Optional<String> name = nameIn(file, config.endsWith(".toml") ? Syntax.TOML : Syntax.YAML);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code name} in a params file, or under {@code params} in a site configuration. */
    private Optional<String> nameIn(Path file, Syntax syntax) throws IOException, FrontMatterException {
        Map<String, Object> values = parser.parse(syntax, Files.readString(file, StandardCharsets.UTF_8), 1);
        Object params = values.get("params");
        Object name = params instanceof Map<?, ?> p ? p.get("name") : values.get("name");
        return Optional.ofNullable(FrontMatter.scalarText(name));
    }
}
