package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contributing: what a saved resource holds, and bad input that leaves nothing half-made. */
@IntegrationTest
class ResourcesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Resources service;
    @Autowired
    StoredFiles files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewResourceIsADraftOfTheContributorsSchoolAtThisNode() {
        School school = fixtures.aSchool().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(school).build());
        TreeNode lesson = resources.lesson("2", "14");

        Resource r = resources.aResource(teacher).at(lesson).titled("勾股定理 教学设计")
                .keywords("勾股定理，直角三角形", "勾股定理").build();

        assertThat(r.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.organisation()).isEqualTo(school.name());
        assertThat(r.schoolId()).isEqualTo(school.id());
        assertThat(r.regionPath()).isEqualTo(school.regionPath());
        assertThat(r.origin()).isEqualTo("000000");
        assertThat(r.author()).isEqualTo(teacher.name());
        assertThat(r.keywords()).containsExactly("勾股定理", "直角三角形");
        assertThat(r.places()).singleElement().satisfies(p -> {
            assertThat(p.nodeId()).isEqualTo(lesson.id());
            assertThat(p.label()).contains("测试出版社");
        });
        assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.mediaType()).isEqualTo("application/pdf"));
        assertThat(r.flaggedWords()).isEmpty();
    }

    @Test
    void sensitiveWordsAreFlaggedNotBlocked() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Resource r = resources.aResource(teacher).titled("反赌 博 宣传").build();
        assertThat(r.flaggedWords()).containsExactly("赌博");
        assertThat(r.status()).isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void anUnknownPlaceLeavesNoResourceAndTheUploadClaimable() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String upload = resources.pdfUpload(teacher);
        long before = count(teacher);
        ResourceForm form = resources.aResource(teacher).uploads(upload).form();
        ResourceForm unknown = new ResourceForm(form.title(), null, List.of(), form.type(), List.of(-5L),
                form.audiences(), null, form.licence(), null, form.visibility(), form.files());

        assertThatThrownBy(() -> service.create(teacher, unknown)).isInstanceOf(DomainException.class)
                .hasMessage("taxonomy.node.unknown");

        assertThat(count(teacher)).isEqualTo(before);
        assertThat(files.claim(teacher, upload).size()).isPositive();
    }

    @Test
    void someoneElsesOrAnUnknownUploadIsRefused() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor other = fixtures.actor(fixtures.aPerson().teacher().build());
        String foreign = resources.pdfUpload(other);
        long before = count(teacher);

        assertThatThrownBy(() -> resources.aResource(teacher).uploads(foreign).build())
                .isInstanceOf(DomainException.class).hasMessage("upload.unknown");
        assertThatThrownBy(() -> resources.aResource(teacher).uploads("not-an-upload").build())
                .isInstanceOf(DomainException.class).hasMessage("upload.unknown");
        assertThat(count(teacher)).isEqualTo(before);
        assertThat(files.claim(other, foreign).size()).isPositive();
    }

    @Test
    void aClaimedUploadCannotBeUsedTwice() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        String upload = resources.pdfUpload(teacher);
        resources.aResource(teacher).uploads(upload).build();
        assertThatThrownBy(() -> resources.aResource(teacher).uploads(upload).build())
                .isInstanceOf(DomainException.class).hasMessage("upload.unknown");
    }

    @Test
    void formRules() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        ResourceForm ok = resources.aResource(teacher).form();
        assertRefused(teacher, new ResourceForm(" ", null, null, ok.type(), ok.placeIds(), ok.audiences(), null,
                ok.licence(), null, ok.visibility(), ok.files()), "resource.title.required");
        assertRefused(teacher, new ResourceForm("t", null, null, null, ok.placeIds(), ok.audiences(), null,
                ok.licence(), null, ok.visibility(), ok.files()), "resource.type.required");
        assertRefused(teacher, new ResourceForm("t", null, null, ok.type(), List.of(), ok.audiences(), null,
                ok.licence(), null, ok.visibility(), ok.files()), "resource.places.required");
        assertRefused(teacher, new ResourceForm("t", null, null, ok.type(), ok.placeIds(), java.util.Set.of(), null,
                ok.licence(), null, ok.visibility(), ok.files()), "resource.audiences.required");
        assertRefused(teacher, new ResourceForm("t", null, null, ok.type(), ok.placeIds(), ok.audiences(), "中文",
                ok.licence(), null, ok.visibility(), ok.files()), "resource.language.invalid");
        assertRefused(teacher, new ResourceForm("t", null, null, ok.type(), ok.placeIds(), ok.audiences(), null,
                ok.licence(), null, ok.visibility(), List.of()), "resource.files.required");
    }

    @Test
    void organisationVisibilityNeedsASchoolAndStudentsDoNotContribute() {
        Actor cityAdmin = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        assertThatThrownBy(() -> resources.aResource(cityAdmin)
                .visibility(ResourceVisibility.ORGANISATION).build()).hasMessage("resource.visibility.organisationNeedsSchool");
        Resource byBureau = resources.aResource(cityAdmin).build();
        assertThat(byBureau.schoolId()).isNull();
        assertThat(byBureau.regionPath()).isEqualTo(cityAdmin.regionPath());

        Actor student = fixtures.actor(fixtures.aPerson().student().build());
        assertThatThrownBy(() -> service.create(student, resources.aResource(student).uploads("x").form()))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
    }

    @Test
    void editingAPublishedResourceStartsAReviewedNewVersionAndKeepsHistory() {
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor admin = fixtures.platformAdmin();
        Resource r = resources.publish(resources.aResource(teacher).build(), teacher, admin);
        long oldFile = r.files().get(0).fileId();
        String upload = resources.pdfUpload(teacher);
        ResourceForm edit = new ResourceForm("新标题", r.description(), r.keywords(), r.type(),
                List.of(r.places().get(0).nodeId()), r.audiences(), r.language(), r.licence(), r.author(),
                r.visibility(), List.of(new ResourceForm.FileInput(upload, null, FileRole.SLIDES),
                new ResourceForm.FileInput(null, oldFile, FileRole.PLAN)));

        Resource v2 = service.update(teacher, r.id(), edit);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(v2.title()).isEqualTo("新标题");
        assertThat(v2.files()).extracting(ResourceFile::role).containsExactly(FileRole.SLIDES, FileRole.PLAN);
        assertThat(jdbc.sql("SELECT count(*) FROM resource_file WHERE resource_id = ? AND version = 1")
                .param(r.id()).query(Long.class).single()).isEqualTo(1);
        Actor other = fixtures.actor(fixtures.aPerson().teacher().build());
        assertThatThrownBy(() -> service.update(other, r.id(), edit)).hasMessage("error.forbidden");
    }

    private void assertRefused(Actor actor, ResourceForm form, String key) {
        assertThatThrownBy(() -> service.create(actor, form)).isInstanceOf(DomainException.class).hasMessage(key);
    }

    private long count(Actor owner) {
        return jdbc.sql("SELECT count(*) FROM resource WHERE owner_id = ?").param(owner.personId()).query(Long.class)
                .single();
    }
}
