package org.scholargraph.ingest;

import java.util.List;
import org.scholargraph.model.Record;
import org.scholargraph.source.Document;
import org.scholargraph.source.SourceRef;

/**
 * Further sources a read document leads to (a homepage without papers → its publications page),
 * ingested later in the same run as sources of their own. Told about every document that was read
 * and extracted without error, with its records (none when no extractor recognised it); it keeps
 * its own count of depth and of URLs already taken.
 */
@FunctionalInterface
public interface Followups {
    List<SourceRef> of(SourceRef ref, Document document, List<Record> records);

    Followups NONE = (ref, document, records) -> List.of();
}
