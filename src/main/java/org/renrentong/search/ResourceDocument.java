package org.renrentong.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows of a resource. {@code placeIds} holds every textbook-tree node the resource sits under,
 * ancestors included, so that a filter on any node finds it. {@code visibility} is one of {@link #PUBLIC},
 * {@link #SIGNED_IN} or {@link #ORGANISATION} (then {@code organisationId} says which one sees it).
 */
public record ResourceDocument(long id, String title, String description, List<String> keywords, String type,
        List<Long> placeIds, List<String> stages, List<String> subjects, List<String> editions, List<String> grades,
        String origin, String visibility, Long organisationId, Instant publishedAt, long useCount, double rating) {

    public static final String PUBLIC = "PUBLIC";
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String ORGANISATION = "ORGANISATION";

    public ResourceDocument {
        title = Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
        stages = stages == null ? List.of() : List.copyOf(stages);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        editions = editions == null ? List.of() : List.copyOf(editions);
        grades = grades == null ? List.of() : List.copyOf(grades);
        visibility = Objects.requireNonNull(visibility, "visibility");
        publishedAt = publishedAt == null ? Instant.EPOCH : publishedAt;
    }
}
