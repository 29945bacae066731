package org.renrentong.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh index in a temporary directory for each test, and short ways to ask it. */
abstract class IndexTestSupport {

    @TempDir
    Path dir;
    LuceneResourceIndex index;

    @BeforeEach
    void openIndex() {
        // a slice for every segment: searches here run across threads as they do on a large index
        index = LuceneResourceIndex.open(dir.resolve("resources"), 1);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    SearchHits search(String text) {
        return index.search(SearchQuery.text(text, Viewer.anonymous()));
    }

    SearchHits search(String text, SearchSort sort) {
        return index.search(new SearchQuery(text, null, Map.of(), sort, Viewer.anonymous(), 0, 20));
    }

    SearchHits search(String text, Map<Facet, Set<String>> filters) {
        return index.search(new SearchQuery(text, null, filters, SearchSort.RELEVANCE, Viewer.anonymous(), 0, 20));
    }

    static List<Long> ids(SearchHits hits) {
        return hits.hits().stream().map(SearchHit::id).toList();
    }
}
