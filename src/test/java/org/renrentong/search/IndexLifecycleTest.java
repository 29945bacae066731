package org.renrentong.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.testing.ResourceDocumentBuilder.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndexLifecycleTest extends IndexTestSupport {

    @Test
    void aPutIsSearchableWhenItReturnsAndReplacesTheSameId() {
        ResourceDocument draft = resource("平行四边形的面积").build();
        index.put(draft);
        assertThat(ids(search("平行四边形"))).containsExactly(draft.id());

        index.put(resource("梯形的面积").id(draft.id()).build());

        assertThat(search("平行四边形").total()).isZero();
        assertThat(ids(search("梯形"))).containsExactly(draft.id());
    }

    @Test
    void removeTakesADocumentOut() {
        ResourceDocument gone = resource("将被删除的课件").build();
        ResourceDocument kept = resource("保留的课件").build();
        index.putAll(List.of(gone, kept));

        index.remove(gone.id());

        assertThat(ids(search("课件"))).containsExactly(kept.id());
    }

    @Test
    void rebuildReplacesEverything() {
        ResourceDocument stale = resource("过时的资源").build();
        index.put(stale);
        ResourceDocument fresh = resource("新的资源").build();

        index.rebuild(Stream.of(fresh));

        assertThat(ids(search(""))).containsExactly(fresh.id());
        assertThat(Files.exists(dir.resolve("resources.rebuild"))).isFalse();
    }

    @Test
    void writesDuringARebuildSurviveIt() {
        ResourceDocument old = resource("旧版本").build();
        ResourceDocument added = resource("重建时加入").build();
        ResourceDocument changed = resource("新版本").id(old.id()).build();
        ResourceDocument removed = resource("重建时删除").build();
        Stream<ResourceDocument> all = Stream.of(old, removed).peek(doc -> {
            if (doc == removed) {
                index.put(added);
                index.put(changed);
                index.remove(removed.id());
            }
        });

        index.rebuild(all);

        assertThat(ids(search(""))).containsExactlyInAnyOrder(changed.id(), added.id());
        assertThat(search("旧版本").total()).isZero();
    }

    @Test
    void survivesARestart() throws IOException {
        ResourceDocument kept = resource("重启后仍在").build();
        index.put(kept);
        index.close();

        index = LuceneResourceIndex.open(dir.resolve("resources"));

        assertThat(index.recreated()).isFalse();
        assertThat(ids(search("重启"))).containsExactly(kept.id());
    }

    @Test
    void thePositionFollowedIsCommittedWithTheWritesAndNeverGoesBack() throws IOException {
        assertThat(index.position()).isZero();
        index.put(resource("位置之前").build());
        index.followedTo(41);
        index.followedTo(12);
        assertThat(index.position()).isEqualTo(41);
        index.close();

        index = LuceneResourceIndex.open(dir.resolve("resources"));

        assertThat(index.position()).isEqualTo(41);
        assertThat(search("位置").total()).isEqualTo(1);
    }

    @Test
    void aMissingIndexStartsEmptyAndSaysSo() {
        assertThat(index.recreated()).isTrue();
        assertThat(index.size()).isZero();
    }

    @Test
    void aDamagedIndexStartsAfreshAndSaysSo() throws IOException {
        index.put(resource("会损坏的索引").build());
        index.close();
        Path path = dir.resolve("resources");
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        index = LuceneResourceIndex.open(path);

        assertThat(index.recreated()).isTrue();
        assertThat(index.size()).isZero();
        index.put(resource("重建后的资源").build());
        assertThat(search("重建").total()).isEqualTo(1);
    }
}
