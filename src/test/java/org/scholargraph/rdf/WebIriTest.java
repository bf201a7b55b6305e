package org.scholargraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebIriTest {
    @Test
    void validWebLinksAreKept() {
        assertEquals(Optional.of("https://github.com/rtqichen/ffjord/"), WebIri.check("https://github.com/rtqichen/ffjord/"));
        assertEquals(Optional.of("http://localhost:8080/x?y=1&z=2#top"), WebIri.check(" http://localhost:8080/x?y=1&z=2#top "));
        assertEquals(Optional.of("ftp://ftp.example.org/paper.ps"), WebIri.check("ftp://ftp.example.org/paper.ps"));
    }

    @Test
    void protocolRelativeLinksGetHttps() {
        assertEquals(Optional.of("https://example.org/poster.pdf"), WebIri.check("//example.org/poster.pdf"));
    }

    @Test
    void innerSpacesAreEncoded() {
        assertEquals(Optional.of("https://example.org/My%20Paper.pdf"), WebIri.check("https://example.org/My Paper.pdf"));
    }

    @Test
    void junkIsSkipped() {
        for (String junk : new String[] {"javascript:void(0)", "/virtual/2021/oral/10176", "paper.pdf", "#", "mailto:a@b.org",
                "http://", "https:///path", "https://doi.org/10.1000/xyz<>", "https://example.com/{x}", "https://example.com/%zz",
                "http://[bad", "", "   ", null}) {
            assertEquals(Optional.empty(), WebIri.check(junk), "should skip: " + junk);
        }
    }
}
