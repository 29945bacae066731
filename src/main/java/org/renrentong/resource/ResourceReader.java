package org.renrentong.resource;

import java.util.List;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreePlace;
import org.springframework.stereotype.Component;

/** Puts a resource together from its row, keywords, places (from the textbook tree) and current files. */
@Component
class ResourceReader {

    private final ResourceRepository resources;
    private final TextbookTree tree;
    private final StoredFiles files;

    ResourceReader(ResourceRepository resources, TextbookTree tree, StoredFiles files) {
        this.resources = resources;
        this.tree = tree;
        this.files = files;
    }

    Resource get(long id) {
        return resources.find(id).map(this::of).orElseThrow(() -> DomainException.notFound("resource.unknown"));
    }

    List<Resource> all(List<ResourceRepository.Row> rows) {
        return rows.stream().map(this::of).toList();
    }

    static double meanRating(long count, long sum) {
        return count == 0 ? 0 : (double) sum / count;
    }

    /** Places are read one by one, so a place whose tree node was retired later still shows. */
    Resource of(ResourceRepository.Row r) {
        List<TreePlace> places = resources.places(r.id()).stream().map(tree::place).toList();
        List<ResourceFile> current = resources.files(r.id(), r.version()).stream()
                .map(ref -> file(ref.fileId(), ref.role())).toList();
        double rating = meanRating(r.ratingCount(), r.ratingSum());
        List<String> flagged = r.flaggedWords() == null ? List.of() : List.of(r.flaggedWords().split(","));
        return new Resource(r.id(), r.title(), r.description(), resources.keywords(r.id()), r.type(), places,
                r.audiences(), r.language(), r.licence(), r.author(), r.ownerId(), r.ownerName(), r.schoolId(),
                r.organisation(), r.regionPath(), r.origin(), r.visibility(), r.status(), r.version(), flagged,
                r.rejectReason(), r.createdAt(), r.updatedAt(), r.publishedAt(), r.downloads(), r.favourites(),
                r.ratingCount(), rating, current, r.originIdentifier(), r.originName(), r.originUrl());
    }

    private ResourceFile file(long fileId, FileRole role) {
        StoredFile f = files.file(fileId).orElseThrow(() -> DomainException.notFound("resource.file.unknown"));
        return new ResourceFile(f.id(), role, f.name(), f.mediaType(), f.size(), f.sha256());
    }
}
