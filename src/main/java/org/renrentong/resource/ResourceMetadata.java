package org.renrentong.resource;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.renrentong.taxonomy.TreePlace;

/**
 * The descriptive metadata of a resource, as other nodes receive it; {@link MetadataMapping} writes it as an IEEE
 * LOM (GB/T 21365) record and as Dublin Core. Visibility is a local access rule and is not part of it.
 *
 * @param identifier globally unique: the node of origin's code, a colon, the resource's id there (for a harvested
 *                   resource, its id at the origin, from the origin's OAI identifier)
 */
public record ResourceMetadata(String identifier, String origin, String title, String description,
                               List<String> keywords, ResourceType type, List<TreePlace> places,
                               Set<Audience> audiences, String language, Licence licence, String author,
                               String organisation, int version, Instant publishedAt, Instant updatedAt,
                               List<ResourceFile> files) {

    public static ResourceMetadata of(Resource r) {
        return new ResourceMetadata(r.origin() + ":" + idAtOrigin(r), r.origin(), r.title(), r.description(), r.keywords(),
                r.type(), r.places(), r.audiences(), r.language(), r.licence(), r.author(), r.organisation(),
                r.version(), r.publishedAt(), r.updatedAt(), r.files());
    }

    /** {@code oai:<code>:resource/<id>} gives the id at the origin; a local resource's is its own. */
    private static String idAtOrigin(Resource r) {
        if (!r.harvested()) {
            return String.valueOf(r.id());
        }
        String identifier = r.originIdentifier();
        return identifier.substring(identifier.lastIndexOf('/') + 1);
    }
}
