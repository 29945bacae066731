package org.renrentong.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexWriter;

/**
 * The writes made to the live index while a rebuild reads the database, replayed over the rebuilt index when it is
 * swapped in, so that nothing written meanwhile is lost: whole documents (empty = removed), then use counts.
 */
final class WritesDuringRebuild {

    private final Map<Long, Optional<ResourceDocument>> documents = new ConcurrentHashMap<>();
    private final Map<Long, UseCounts> uses = new ConcurrentHashMap<>();

    void document(long id, Optional<ResourceDocument> doc) {
        uses.remove(id); // the document carries counts at least as new
        documents.put(id, doc);
    }

    void uses(UseCounts counts) {
        uses.put(counts.resourceId(), counts);
    }

    void replay(IndexWriter writer, IndexedFields fields) throws IOException {
        for (Map.Entry<Long, Optional<ResourceDocument>> change : documents.entrySet()) {
            if (change.getValue().isPresent()) {
                writer.updateDocument(IndexedFields.idTerm(change.getKey()), fields.document(change.getValue().get()));
            } else {
                writer.deleteDocuments(IndexedFields.idTerm(change.getKey()));
            }
        }
        for (UseCounts u : uses.values()) {
            writer.updateDocValues(IndexedFields.idTerm(u.resourceId()), IndexedFields.uses(u));
        }
    }
}
