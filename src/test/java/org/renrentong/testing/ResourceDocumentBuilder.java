package org.renrentong.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.renrentong.search.ResourceDocument;

/** Builds a document for the resource index; by default a public 教学设计 for 初中数学, 人教版, 七年级. */
public class ResourceDocumentBuilder {

    private static final AtomicLong IDS = new AtomicLong(1);

    private long id = IDS.getAndIncrement();
    private String title = "测试资源" + id;
    private String description = "";
    private List<String> keywords = List.of();
    private String type = "教学设计";
    private List<Long> placeIds = List.of();
    private List<String> stages = List.of("初中");
    private List<String> subjects = List.of("数学");
    private List<String> editions = List.of("人教版");
    private List<String> grades = List.of("七年级");
    private String origin = "130000";
    private String visibility = ResourceDocument.PUBLIC;
    private Long organisationId;
    private Instant publishedAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id);
    private long useCount;
    private double rating;

    public static ResourceDocumentBuilder resource(String title) {
        ResourceDocumentBuilder builder = new ResourceDocumentBuilder();
        builder.title = title;
        return builder;
    }

    public ResourceDocumentBuilder id(long id) {
        this.id = id;
        return this;
    }

    public ResourceDocumentBuilder description(String description) {
        this.description = description;
        return this;
    }

    public ResourceDocumentBuilder keywords(String... keywords) {
        this.keywords = List.of(keywords);
        return this;
    }

    public ResourceDocumentBuilder type(String type) {
        this.type = type;
        return this;
    }

    public ResourceDocumentBuilder places(Long... placeIds) {
        this.placeIds = List.of(placeIds);
        return this;
    }

    public ResourceDocumentBuilder stage(String... stages) {
        this.stages = List.of(stages);
        return this;
    }

    public ResourceDocumentBuilder subject(String... subjects) {
        this.subjects = List.of(subjects);
        return this;
    }

    public ResourceDocumentBuilder edition(String... editions) {
        this.editions = List.of(editions);
        return this;
    }

    public ResourceDocumentBuilder grade(String... grades) {
        this.grades = List.of(grades);
        return this;
    }

    public ResourceDocumentBuilder origin(String origin) {
        this.origin = origin;
        return this;
    }

    public ResourceDocumentBuilder signedInOnly() {
        this.visibility = ResourceDocument.SIGNED_IN;
        return this;
    }

    public ResourceDocumentBuilder organisationOnly(long organisationId) {
        this.visibility = ResourceDocument.ORGANISATION;
        this.organisationId = organisationId;
        return this;
    }

    public ResourceDocumentBuilder publishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    public ResourceDocumentBuilder used(long useCount) {
        this.useCount = useCount;
        return this;
    }

    public ResourceDocumentBuilder rated(double rating) {
        this.rating = rating;
        return this;
    }

    public ResourceDocument build() {
        return new ResourceDocument(id, title, description, keywords, type, placeIds, stages, subjects, editions,
                grades, origin, visibility, organisationId, publishedAt, useCount, rating);
    }
}
