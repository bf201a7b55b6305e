package org.scholargraph.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.VenueCatalog;

/**
 * Dates proceedings links: a PMLR volume (proceedings.mlr.press/v130/…, the older
 * jmlr.org/proceedings/papers/v51/…) names one edition of one conference. The table is shipped
 * data ({@code pmlr-volumes.tsv}), not code.
 */
final class PmlrVolumes {
    private static final Pattern VOLUME = Pattern.compile(
            "(?i)(?:proceedings\\.mlr\\.press|mlr\\.press|jmlr\\.org/proceedings/papers|jmlr\\.csail\\.mit\\.edu"
                    + "/proceedings/papers)/v(\\d+)(?:/|$)");

    private final Map<Integer, Edition> byVolume;

    private PmlrVolumes(Map<Integer, Edition> byVolume) {
        this.byVolume = Map.copyOf(byVolume);
    }

    static PmlrVolumes bundled(VenueCatalog catalog) {
        try (InputStream in = PmlrVolumes.class.getResourceAsStream("pmlr-volumes.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Integer, Edition> table = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 3) {
                    continue;
                }
                Optional<VenueCatalog.Series> series = catalog.lookup(cols[1].strip());
                series.ifPresent(s -> table.put(Integer.parseInt(cols[0].strip()),
                        new Edition(s, Integer.parseInt(cols[2].strip()))));
            }
            return new PmlrVolumes(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled pmlr-volumes.tsv", e);
        }
    }

    /** The edition a proceedings URL belongs to, empty for other URLs and unknown volumes. */
    Optional<Edition> editionOf(String url) {
        Matcher m = VOLUME.matcher(url == null ? "" : url);
        return m.find() ? Optional.ofNullable(byVolume.get(Integer.parseInt(m.group(1)))) : Optional.empty();
    }
}
