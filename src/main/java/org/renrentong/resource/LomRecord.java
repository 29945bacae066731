package org.renrentong.resource;

import java.time.Instant;
import java.util.List;

/** The IEEE LOM (GB/T 21365) categories a resource fills, by their LOM names. */
public record LomRecord(General general, LifeCycle lifeCycle, MetaMetadata metaMetadata, Technical technical,
                        Educational educational, Rights rights, List<Relation> relations,
                        List<Classification> classifications) {

    /** LOM 1: identifier, title, language, description, keywords (all language strings in general.language). */
    public record General(Identifier identifier, String title, String language, String description,
                          List<String> keywords) {
    }

    public record Identifier(String catalog, String entry) {
    }

    /** LOM 2: version and contributions (author, publisher) with the publication date. */
    public record LifeCycle(String version, String status, List<Contribute> contributes) {
    }

    public record Contribute(String role, String entity, Instant date) {
    }

    /** LOM 3: the schemas the record follows and when the metadata last changed. */
    public record MetaMetadata(List<String> metadataSchemas, Instant date) {
    }

    /**
     * LOM 4: media types of all files, their total size in bytes, and where each file is fetched (4.3 location, one
     * URL per file in the order of the "haspart" relations; empty when the record names none).
     */
    public record Technical(List<String> formats, long size, List<String> locations) {

        public Technical {
            locations = locations == null ? List.of() : List.copyOf(locations);
        }

        public Technical(List<String> formats, long size) {
            this(formats, size, List.of());
        }
    }

    /** LOM 5: resource types (LOM vocabulary and the local one), intended users, language. */
    public record Educational(List<Vocabulary> learningResourceTypes, List<String> intendedEndUserRoles,
                              String language) {
    }

    public record Vocabulary(String source, String value) {
    }

    /** LOM 6: cost, restrictions, and the licence as SPDX identifier and deed address. */
    public record Rights(boolean cost, boolean copyrightAndOtherRestrictions, String description) {
    }

    /** LOM 7: one "haspart" relation per file, identified by its SHA-256, described by role, name, type, size. */
    public record Relation(String kind, Identifier resource, String description) {
    }

    /** LOM 9: one discipline classification per textbook-tree place, its taxon path root first. */
    public record Classification(String purpose, String source, List<Taxon> taxonPath, String description) {
    }

    public record Taxon(String id, String entry) {
    }
}
