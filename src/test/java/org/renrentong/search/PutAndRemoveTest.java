package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page of changes goes to the index in one write: some documents put, others taken out. */
class PutAndRemoveTest extends IndexTestSupport {

    @Test
    void putsAndRemovesInOneWrite() {
        ResourceDocument kept = resource("圆的面积 甲").build();
        ResourceDocument withdrawn = resource("圆的面积 乙").build();
        index.putAll(List.of(kept, withdrawn));
        ResourceDocument changed = resource("圆的面积 甲（修订）").id(kept.id()).build();
        ResourceDocument added = resource("圆的面积 丙").build();

        index.putAndRemove(List.of(changed, added), List.of(withdrawn.id(), added.id() + 1000));

        assertThat(ids(search("圆的面积"))).containsExactlyInAnyOrder(kept.id(), added.id());
        assertThat(search("修订").hits()).extracting(SearchHit::title).containsExactly("圆的面积 甲（修订）");
    }
}
