package org.renrentong.resource;

import java.util.List;
import java.util.Set;

/**
 * What a contributor enters to create a resource or a new version of it. Files are upload ids of completed
 * uploads (claimed when saved) or, on an edit, files the resource already has (kept). Checked by {@link Resources}.
 */
public record ResourceForm(String title, String description, List<String> keywords, ResourceType type,
                           List<Long> placeIds, Set<Audience> audiences, String language, Licence licence,
                           String author, ResourceVisibility visibility, List<FileInput> files) {

    /**
     * One file of the resource: a new upload (uploadId) or a file it already has (fileId), with its role.
     */
    public record FileInput(String uploadId, Long fileId, FileRole role) {
    }
}
