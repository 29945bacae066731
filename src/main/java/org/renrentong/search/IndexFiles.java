package org.renrentong.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the index's files say: whether they open, and the change-log position their last commit covers. */
final class IndexFiles {

    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);
    /** The commit user data key of the position. */
    private static final String POSITION = "changeLogPosition";

    private IndexFiles() {
    }

    /** Whether the directory holds an index that opens; a lock held by another process is not damage. */
    static boolean usable(Path path) throws IOException {
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            DirectoryReader.open(dir).close();
            return true;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | NoSuchFileException | FileNotFoundException | EOFException e) {
            log.warn("The resource index at {} is damaged; starting it afresh", path, e);
            return false;
        }
    }

    /** The position the last commit recorded; 0 for an index that never recorded one. */
    static long committedPosition(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (POSITION.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    /** The position the next commit records. */
    static void commitPosition(IndexWriter writer, long position) {
        writer.setLiveCommitData(Map.of(POSITION, Long.toString(position)).entrySet());
    }
}
