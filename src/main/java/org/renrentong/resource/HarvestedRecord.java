package org.renrentong.resource;

import java.time.Instant;
import java.util.List;

/**
 * One record as a harvester read it from another node or source. A deleted record carries only its identifier and
 * datestamp. Text is cut to the columns' lengths when stored.
 *
 * @param identifier      the origin's OAI identifier, the record's identity however it was reached
 * @param datestamp       when the record last changed at its source (seconds)
 * @param originCode      the code of the node of origin (the identifier's {@code <code>})
 * @param originName      the name of the node of origin, as pages and the search facet show it
 * @param originLevel     the level of the node of origin (NATIONAL … SCHOOL) when its source says it, else null
 * @param placeCodePaths  textbook-tree code paths (e.g. "2/14/rj/21/s") of its classification; unknown ones are
 *                        left out
 * @param visibility      PUBLIC, or SIGNED_IN when the source shared it with joined nodes only
 * @param originUrl       the record's page at its origin (preview and download), or null
 */
public record HarvestedRecord(String identifier, Instant datestamp, boolean deleted, String originCode,
                              String originName, String originLevel, String title, String description, List<String> keywords,
                              ResourceType type, String language, Licence licence, String author,
                              List<String> placeCodePaths, ResourceVisibility visibility, String originUrl) {

    public HarvestedRecord {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        placeCodePaths = placeCodePaths == null ? List.of() : List.copyOf(placeCodePaths);
    }

    /** A record the source reports deleted. */
    public static HarvestedRecord deleted(String identifier, Instant datestamp, String originCode, String originName) {
        return new HarvestedRecord(identifier, datestamp, true, originCode, originName, null, null, null, List.of(), null,
                null, null, null, List.of(), null, null);
    }
}
