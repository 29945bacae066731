/**
 * Teaching resources: metadata (mapped to IEEE LOM / GB/T 21365 and Dublin Core by {@code MetadataMapping}),
 * places in the textbook tree, files claimed from storage, the review workflow with reviewers assigned by region
 * and subject, and use (favourites, ratings, moderated comments, sharing into spaces, counted downloads).
 * <p>
 * Versions: draft, rejected and withdrawn resources are edited in place; editing a published one starts the next
 * version in DRAFT, which leaves search until it is reviewed and published again. The files of every version stay
 * recorded. Published resources are fed to the search index after each committed change (durable events). Each
 * change that harvesting nodes care about is kept in an ordered change log ({@code ResourceChanges}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "org", "region", "search", "shared", "space", "storage", "taxonomy"})
package org.renrentong.resource;
