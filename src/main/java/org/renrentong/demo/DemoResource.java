package org.renrentong.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.resource.Audience;
import org.renrentong.resource.FileRole;
import org.renrentong.resource.ResourceType;

/**
 * One demo resource as written in resources/demo/resources.json: its contributor (a demo account), its place in the
 * sample textbook tree (a code path), metadata, the files to make, and the use it gets from other demo accounts.
 */
record DemoResource(String owner, String place, ResourceType type, Set<Audience> audiences, String title,
                    String description, List<String> keywords, List<DemoFile> files, List<String> favouredBy,
                    Map<String, Integer> ratings, DemoComment comment) {

    DemoResource {
        favouredBy = favouredBy == null ? List.of() : favouredBy;
        ratings = ratings == null ? Map.of() : ratings;
    }

    /** A file: a PDF of the pages (each a heading and its lines), or a picture. */
    record DemoFile(String name, FileRole role, List<List<String>> pages, DemoImages.Picture image) {

        byte[] bytes() {
            return image != null ? DemoImages.png(image) : DemoPdf.of(pages);
        }
    }

    /** A comment by a demo account, approved by the resource's contributor. */
    record DemoComment(String by, String text) {
    }
}
