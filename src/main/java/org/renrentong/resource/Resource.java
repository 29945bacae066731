package org.renrentong.resource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.renrentong.taxonomy.TreePlace;

/**
 * A teaching resource as readers see it: its metadata, places in the textbook tree (with edition and publisher),
 * review state and the files of its current version.
 *
 * @param schoolId   the contributing school, or null when a bureau (the region of regionPath) contributed it
 * @param organisation the contributing organisation's name
 * @param origin     the code of the node the resource was contributed at
 * @param originIdentifier the origin's OAI identifier of a harvested resource; null for a local one
 * @param originName the name of the node of origin of a harvested resource (null for a local one)
 * @param originUrl  the record's page at its origin, where a harvested resource is previewed and downloaded
 */
public record Resource(long id, String title, String description, List<String> keywords, ResourceType type,
                       List<TreePlace> places, Set<Audience> audiences, String language, Licence licence,
                       String author, long ownerId, String ownerName, Long schoolId, String organisation,
                       String regionPath, String origin, ResourceVisibility visibility, ReviewStatus status,
                       int version, List<String> flaggedWords, String rejectReason, Instant createdAt,
                       Instant updatedAt, Instant publishedAt, long downloads, long favourites, long ratingCount,
                       double rating, List<ResourceFile> files,
                       String originIdentifier, String originName, String originUrl) {

    /** The subject codes of its places, which decide the reviewers. */
    public Set<String> subjectCodes() {
        return places.stream().map(TreePlace::subjectCode).filter(c -> c != null)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** When its status last changed (for a submitted one: when it was submitted), in China time. */
    public String updatedShown() {
        return SHOWN.format(updatedAt);
    }

    /** Harvested from another node: shown with its origin; its files stay there unless this node copied them. */
    public boolean harvested() {
        return originIdentifier != null;
    }

    public boolean published() {
        return status == ReviewStatus.PUBLISHED;
    }
}
