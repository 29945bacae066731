package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.StoredFiles;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Post images are stored files: kept by storage when posted, released with their post, moved there from the past. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostImagesTest {

    @Autowired SpaceFixtures f;
    @Autowired Posts posts;
    @Autowired SpaceHomes homes;
    @Autowired StoredFiles files;
    @Autowired PostImageCarryOver carryOver;
    @Autowired JdbcClient jdbc;

    private SpaceFixtures.ClassWorld w;
    private Actor student;

    @BeforeAll
    void world() {
        w = f.classWorld("130102");
        student = f.actor(w.student());
    }

    @Test
    void aPostedImageIsAStoredFileOfItsAuthorAndDeletingThePostReleasesIt() throws Exception {
        PostView post = posts.create(student, w.classSpace(), PostKind.POST, "图", List.of(image(SpaceFixtures.PNG)));
        long fileId = homes.image(student, w.classSpace(), post.imageIds().get(0)).file().id();
        assertThat(files.file(fileId)).hasValueSatisfying(file -> {
            assertThat(file.ownerId()).isEqualTo(w.student().id());
            assertThat(file.mediaType()).isEqualTo("image/png");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM post_image WHERE post_id = ? AND bytes IS NULL")
                .param(post.id()).query(Long.class).single()).isEqualTo(1);

        posts.delete(student, w.classSpace(), post.id());

        assertThat(files.file(fileId)).isEmpty();
    }

    @Test
    void aManagerDeletesAPostWithImagesWhoseFilesOnlyTheirUploaderMayRelease() throws Exception {
        PostView post = posts.create(student, w.classSpace(), PostKind.POST, "图", List.of(image(SpaceFixtures.PNG)));
        long fileId = homes.image(student, w.classSpace(), post.imageIds().get(0)).file().id();

        posts.delete(f.actor(w.teacher()), w.classSpace(), post.id());

        assertThat(homes.posts(student, w.classSpace(), PostKind.POST, null).page().items()).extracting(PostView::id)
                .doesNotContain(post.id());
        assertThat(files.file(fileId)).isPresent();
    }

    @Test
    void imagesKeptInTheDatabaseMoveIntoStorageOnceAndAreServedUnderTheirOldIds() throws Exception {
        PostView post = posts.create(student, w.classSpace(), PostKind.POST, "旧图", List.of());
        long old = legacyImage(post.id(), SpaceFixtures.PNG);
        PostView gone = posts.create(student, w.classSpace(), PostKind.POST, "删了", List.of());
        long ofDeleted = legacyImage(gone.id(), SpaceFixtures.PNG);
        posts.delete(student, w.classSpace(), gone.id());
        long broken = legacyImage(post.id(), "不是图片".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> homes.image(student, w.classSpace(), old))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));

        assertThat(carryOver.run()).isGreaterThanOrEqualTo(1);

        SpaceHomes.Image moved = homes.image(student, w.classSpace(), old);
        assertThat(moved.content().getContentAsByteArray()).isEqualTo(SpaceFixtures.PNG);
        assertThat(moved.file().ownerId()).isEqualTo(w.student().id());
        assertThat(jdbc.sql("SELECT bytes IS NULL FROM post_image WHERE id = ?").param(old)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM post_image WHERE id = ?").param(ofDeleted)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT bytes IS NOT NULL AND file_id IS NULL FROM post_image WHERE id = ?").param(broken)
                .query(Boolean.class).single()).as("refused bytes stay where they were").isTrue();

        assertThat(carryOver.run()).as("a second run moves nothing again").isZero();
        assertThat(homes.image(student, w.classSpace(), old).file().id()).isEqualTo(moved.file().id());
    }

    private long legacyImage(long postId, byte[] bytes) {
        return jdbc.sql("INSERT INTO post_image (post_id, content_type, bytes) VALUES (?, 'image/png', ?) RETURNING id")
                .params(postId, bytes).query(Long.class).single();
    }

    private static ImageUpload image(byte[] bytes) {
        return new ImageUpload(bytes.length, new ByteArrayResource(bytes));
    }
}
