package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostsTest {

    @Autowired SpaceFixtures f;
    @Autowired Posts posts;
    @Autowired SpaceHomes homes;
    @Autowired SpaceRepository spaces;

    private SpaceFixtures.ClassWorld w;
    private Actor teacher;
    private Actor student;
    private Actor otherStudent;
    private Actor guardian;

    @BeforeAll
    void world() {
        w = f.classWorld("130102");
        teacher = f.actor(w.teacher());
        student = f.actor(w.student());
        otherStudent = f.actor(w.otherStudent());
        guardian = f.actor(w.guardian());
    }

    @Test
    void teacherPostsANoticeThatStudentsAndGuardiansOfTheClassSeeAndOthersDoNot() {
        PostView notice = posts.create(teacher, w.classSpace(), PostKind.NOTICE, "明天带好\n数学课本", List.of());

        SpaceHome asStudent = homes.home(student, w.classSpace());
        assertThat(asStudent.notices().page().items()).first().satisfies(p -> {
            assertThat(p.id()).isEqualTo(notice.id());
            assertThat(p.body()).isEqualTo("明天带好\n数学课本");
            assertThat(p.authorName()).isEqualTo(w.teacher().name());
        });
        assertThat(homes.home(guardian, w.classSpace()).notices().page().items()).extracting(PostView::id)
                .contains(notice.id());
        assertThatThrownBy(() -> homes.home(otherStudent, w.classSpace()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void onlyThoseWhoManageTheClassPostNoticesMembersPostGuardiansRead() {
        assertThatThrownBy(() -> posts.create(student, w.classSpace(), PostKind.NOTICE, "通知", List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> posts.create(guardian, w.classSpace(), PostKind.POST, "你好", List.of()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> posts.create(otherStudent, w.classSpace(), PostKind.POST, "你好", List.of()))
                .isInstanceOf(DomainException.class);
        assertThat(posts.create(student, w.classSpace(), PostKind.POST, "我完成作业了", List.of()).kind())
                .isEqualTo(PostKind.POST);
        assertThat(posts.create(f.actor(w.schoolAdmin()), w.classSpace(), PostKind.NOTICE, "全校通知", List.of()).kind())
                .isEqualTo(PostKind.NOTICE);
        assertThatThrownBy(() -> posts.create(student, f.personal(w.teacher()), PostKind.POST, "老师好", List.of()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void imagesAreRecognisedByTheirBytesNotTheirName() throws Exception {
        ImageUpload renamedText = upload("这不是图片".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> posts.create(student, w.classSpace(), PostKind.POST, "看图", List.of(renamedText)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.messageKey()).isEqualTo("post.image.type");
                });

        PostView post = posts.create(student, w.classSpace(), PostKind.POST, "看图", List.of(upload(SpaceFixtures.PNG)));
        assertThat(post.imageIds()).hasSize(1);
        SpaceHomes.Image image = homes.image(teacher, w.classSpace(), post.imageIds().get(0));
        assertThat(image.file().mediaType()).isEqualTo("image/png");
        assertThat(image.content().getContentAsByteArray()).isEqualTo(SpaceFixtures.PNG);
        assertThatThrownBy(() -> homes.image(otherStudent, w.classSpace(), post.imageIds().get(0)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> homes.image(teacher, w.otherClassSpace(), post.imageIds().get(0)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void atMostFourImagesOfAtMostFiveMegabytes() {
        List<ImageUpload> five = Collections.nCopies(5, upload(SpaceFixtures.PNG));
        assertThatThrownBy(() -> posts.create(student, w.classSpace(), PostKind.POST, "", five))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("post.images.tooMany"));
        ImageUpload large = new ImageUpload(Posts.MAX_IMAGE_BYTES + 1, new ByteArrayResource(SpaceFixtures.PNG));
        assertThatThrownBy(() -> posts.create(student, w.classSpace(), PostKind.POST, "", List.of(large)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(413));
        assertThatThrownBy(() -> posts.create(student, w.classSpace(), PostKind.POST, "  \n ", List.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("post.body.required"));
    }

    @Test
    void authorsDeleteTheirOwnPostsManagersAnyOthersNone() {
        PostView mine = posts.create(student, w.classSpace(), PostKind.POST, "要删除的", List.of());
        PostView another = posts.create(student, w.classSpace(), PostKind.POST, "老师删除的", List.of());
        assertThatThrownBy(() -> posts.delete(f.actor(f.fixtures.aPerson().student().in(w.schoolClass()).build()),
                w.classSpace(), mine.id())).isInstanceOf(DomainException.class);

        posts.delete(student, w.classSpace(), mine.id());
        posts.delete(teacher, w.classSpace(), another.id());

        assertThat(homes.posts(teacher, w.classSpace(), PostKind.POST, null).page().items()).extracting(PostView::id)
                .doesNotContain(mine.id(), another.id());
        assertThatThrownBy(() -> posts.delete(student, w.classSpace(), mine.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void theFeedPagesByKeysetNewestFirst() {
        Actor owner = f.actor(w.otherStudent());
        long space = f.personal(w.otherStudent());
        for (int i = 1; i <= 25; i++) {
            posts.create(owner, space, PostKind.POST, "第" + i + "条", List.of());
        }
        Feed first = homes.posts(owner, space, PostKind.POST, null);
        assertThat(first.page().items()).hasSize(SpaceHomes.FEED_PAGE);
        assertThat(first.page().items().get(0).body()).isEqualTo("第25条");
        assertThat(first.page().total()).isEqualTo(25);
        Feed second = homes.posts(owner, space, PostKind.POST, Long.valueOf(first.page().nextKey()));
        assertThat(second.page().items()).extracting(PostView::body).containsExactly("第5条", "第4条", "第3条", "第2条",
                "第1条");
        assertThat(second.page().hasNext()).isFalse();
    }

    @Test
    void postingMakesTheSpaceActiveAndAPersonalSpaceOpened() {
        long space = f.personal(w.guardian());
        assertThat(spaces.find(space).orElseThrow().openedAt()).isNull();
        posts.create(guardian, space, PostKind.POST, "家长的第一条", List.of());
        Space after = spaces.find(space).orElseThrow();
        assertThat(after.openedAt()).isNotNull();
        assertThat(after.lastActiveAt()).isNotNull();
    }

    @Test
    void textIsStoredPlainWithoutControlCharacters() {
        PostView post = posts.create(student, w.classSpace(), PostKind.POST, "<b>粗体</b>\r\n第二行\u0000", List.of());
        assertThat(post.body()).isEqualTo("<b>粗体</b>\n第二行");
    }

    private static ImageUpload upload(byte[] bytes) {
        return new ImageUpload(bytes.length, new ByteArrayResource(bytes));
    }
}
