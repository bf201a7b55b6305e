package org.scholargraph.extract.text;

import java.util.List;
import org.scholargraph.model.PaperType;
import org.scholargraph.model.VenueRef;

/**
 * What a venue line says: "ICML 2020", "L4DC 2021 (Oral)", "NeurIPS OTML Workshop 2021",
 * "ICML 20201".
 *
 * @param venue the venue, null for a thesis
 * @param year the edition's year, null when none or when the printed one is impossible
 * @param impossibleYear the printed number when it cannot be a year ("20201"), else null
 * @param notes parenthesised notes ("Oral", "Best Paper")
 */
record VenueReading(VenueRef venue, Integer year, String impossibleYear, List<String> notes, PaperType type) {
    VenueReading {
        notes = List.copyOf(notes);
    }
}
