package org.renrentong.resource;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * These resources (those that exist) read together: a handful of queries for all of them, each tree place read
     * once. What the search index takes a page of changes at a time.
     */
    List<Resource> allOf(Collection<Long> ids) {
        List<ResourceRepository.Row> rows = resources.findAll(ids);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> found = rows.stream().map(ResourceRepository.Row::id).toList();
        Map<Long, List<String>> keywords = resources.keywords(found);
        Map<Long, List<Long>> placeIds = resources.places(found);
        Map<Long, List<ResourceRepository.FileRef>> files = resources.currentFiles(found);
        Map<Long, StoredFile> stored = this.files.files(files.values().stream().flatMap(List::stream)
                .map(ResourceRepository.FileRef::fileId).toList());
        Map<Long, TreePlace> places = new HashMap<>();
        return rows.stream().map(r -> of(r, keywords.getOrDefault(r.id(), List.of()),
                placeIds.getOrDefault(r.id(), List.of()).stream().map(p -> places.computeIfAbsent(p, tree::place))
                        .toList(), files.getOrDefault(r.id(), List.of()), stored)).toList();
    }

    static double meanRating(long count, long sum) {
        return count == 0 ? 0 : (double) sum / count;
    }

    /** Places are read one by one, so a place whose tree node was retired later still shows. */
    Resource of(ResourceRepository.Row r) {
        List<ResourceRepository.FileRef> fileRefs = resources.files(r.id(), r.version());
        return of(r, resources.keywords(r.id()), resources.places(r.id()).stream().map(tree::place).toList(),
                fileRefs, files.files(fileRefs.stream().map(ResourceRepository.FileRef::fileId).toList()));
    }

    private Resource of(ResourceRepository.Row r, List<String> keywords, List<TreePlace> places,
                        List<ResourceRepository.FileRef> fileRefs, Map<Long, StoredFile> stored) {
        List<ResourceFile> current = fileRefs.stream().map(ref -> file(stored, ref.fileId(), ref.role())).toList();
        double rating = meanRating(r.ratingCount(), r.ratingSum());
        List<String> flagged = r.flaggedWords() == null ? List.of() : List.of(r.flaggedWords().split(","));
        return new Resource(r.id(), r.title(), r.description(), keywords, r.type(), places,
                r.audiences(), r.language(), r.licence(), r.author(), r.ownerId(), r.ownerName(), r.schoolId(),
                r.organisation(), r.regionPath(), r.origin(), r.visibility(), r.status(), r.version(), flagged,
                r.rejectReason(), r.createdAt(), r.updatedAt(), r.publishedAt(), r.downloads(), r.favourites(),
                r.ratingCount(), rating, current, r.originIdentifier(), r.originName(), r.originUrl());
    }

    private static ResourceFile file(Map<Long, StoredFile> stored, long fileId, FileRole role) {
        StoredFile f = stored.get(fileId);
        if (f == null) {
            throw DomainException.notFound("resource.file.unknown");
        }
        return new ResourceFile(f.id(), role, f.name(), f.mediaType(), f.size(), f.sha256());
    }
}
