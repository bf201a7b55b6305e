package org.scholargraph.extract.hugo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOwnerProfileTest {
    private final SiteOwnerProfile profile = new SiteOwnerProfile();

    private static Path write(Path root, String file, String text) throws Exception {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void readsTheAdminProfileTitle(@TempDir Path site) throws Exception {
        write(site, "content/authors/admin/_index.md", "---\ntitle: Alisa Liu\nrole: PhD Student\n---\nBio.\n");
        assertEquals(Optional.of("Alisa Liu"), profile.ownerName(site));
    }

    @Test
    void fallsBackToTheOlderAcademicConfiguration(@TempDir Path site) throws Exception {
        write(site, "config.toml", "title = \"My Site\"\n[params]\n  name = \"William Trouleau\"\n");
        assertEquals(Optional.of("William Trouleau"), profile.ownerName(site));
    }

    @Test
    void findsNobodyOnASiteWithoutProfile(@TempDir Path site) throws Exception {
        write(site, "config.toml", "title = \"My Site\"\n");
        assertEquals(Optional.empty(), profile.ownerName(site));
    }

    @Test
    void aMalformedProfileIsALocatedError(@TempDir Path site) throws Exception {
        write(site, "content/authors/admin/_index.md", "+++\ntitle = Alisa Liu\n+++\n");
        FrontMatterException e = assertThrows(FrontMatterException.class, () -> profile.ownerName(site));
        assertEquals(2, e.line());
    }

    @Test
    void findsTheSiteRootOfAPage(@TempDir Path site) throws Exception {
        Path page = write(site, "content/publication/codah/index.md", "---\ntitle: x\n---\n");
        assertEquals(Optional.of(site.toAbsolutePath()), SiteOwnerProfile.siteRootOf(page));
        assertEquals(Optional.empty(), SiteOwnerProfile.siteRootOf(site.resolve("loose.md")));
    }

    @Test
    void resolvesAdminWhenASiteIsIngested(@TempDir Path site) throws Exception {
        write(site, "content/authors/admin/_index.md", "---\ntitle: Alisa Liu\n---\n");
        Path page = write(site, "content/publication/codah/index.md",
                Files.readString(HugoPages.FIXTURES.resolve("hugo-yaml/alisawuffles__codah.md")));
        String owner = profile.ownerName(SiteOwnerProfile.siteRootOf(page).orElseThrow()).orElseThrow();
        var e = new HugoPublicationExtractor(HugoOptions.defaults().withSiteOwner(owner)).extract(HugoPages.document(page));
        assertEquals("Alisa Liu", e.papers().get(0).authors().get(2).name());
        assertEquals("admin", e.papers().get(0).authors().get(2).printed());
    }
}
