package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.storage.SampleFiles;
import org.renrentong.storage.StorageFixtures;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refused save of the resource form keeps the finished uploads and their roles: the form comes back with the same
 * upload ids, and the next good save claims them. Only the uploader may send an upload id back.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ResourceFormUploadsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;
    @Autowired Resources service;

    Person person;
    Actor teacher;
    TreeNode lesson;

    @BeforeEach
    void teacher() {
        person = logins.ready(fixtures.aPerson().teacher().build());
        teacher = fixtures.actor(person);
        lesson = resources.lesson("1", "13");
    }

    @Test
    void aRefusedSaveKeepsTheUploadsAndTheNextSaveClaimsThem() throws Exception {
        byte[] planBytes = SampleFiles.pdf("plan " + Fixtures.unique(), 3000);
        String plan = storage.completedUpload(teacher, "教学设计.pdf", planBytes);
        String planSize = String.format(Locale.ROOT, "%.1f", planBytes.length / 1024.0).replace(".0", "") + " KB";
        String slides = storage.completedUpload(teacher, "课件.pdf", SampleFiles.pdf("slides " + Fixtures.unique(), 300));

        String refused = page(form("").param("upload0", plan).param("upload1", slides)
                .param("uploadRoles", "PLAN", "SLIDES", "MAIN", "MAIN"));
        assertThat(refused).contains("请输入标题", "教学设计.pdf（" + planSize + "）", "课件.pdf", "upload0-remove");
        assertThat(refused).contains("name=\"upload0\" value=\"" + plan + "\"", "name=\"upload1\" value=\"" + slides
                + "\"", "name=\"upload2\" value=\"\"");
        assertThat(selectedRole(refused, 0)).isEqualTo("PLAN");
        assertThat(selectedRole(refused, 1)).isEqualTo("SLIDES");

        String location = mvc.perform(form("识字 教学设计").param("upload0", plan).param("upload1", slides)
                        .param("uploadRoles", "PLAN", "SLIDES", "MAIN", "MAIN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Resource saved = service.get(teacher, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(saved.files()).extracting(ResourceFile::name, ResourceFile::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("教学设计.pdf", FileRole.PLAN),
                        org.assertj.core.groups.Tuple.tuple("课件.pdf", FileRole.SLIDES));
        assertThat(files.formUpload(teacher, plan)).hasValueSatisfying(u -> assertThat(u.usable()).isFalse());
    }

    @Test
    void anotherPersonsUploadIdIsAFieldErrorAndShowsNothingOfTheirs() throws Exception {
        Actor other = fixtures.actor(storage.teacher());
        String foreign = storage.completedUpload(other, "别人的文件.pdf", SampleFiles.pdf("foreign " + Fixtures.unique(), 300));
        String mine = resources.pdfUpload(teacher);

        String refused = page(form("").param("upload0", foreign).param("upload1", mine)
                .param("uploadRoles", "MAIN", "MAIN", "MAIN", "MAIN"));
        assertThat(refused).doesNotContain("别人的文件.pdf", foreign).contains("找不到该上传", "is-invalid",
                "name=\"upload0\" value=\"\"", "name=\"upload1\" value=\"" + mine + "\"");

        String again = page(form("别人的文件").param("upload0", foreign).param("upload1", mine)
                .param("uploadRoles", "MAIN", "MAIN", "MAIN", "MAIN"));
        assertThat(again).contains("files-error", "找不到该上传", "name=\"upload1\" value=\"" + mine + "\"");
        assertThat(service.mine(teacher)).noneMatch(r -> r.title().equals("别人的文件"));
        assertThat(files.formUpload(other, foreign)).hasValueSatisfying(u -> assertThat(u.usable()).isTrue());
        assertThat(page(form("").param("upload0", "nonsense").param("lang", "en"))).contains("This upload does not exist");
    }

    private MockHttpServletRequestBuilder form(String title) {
        return post("/resources").with(as(person)).with(csrf()).param("title", title).param("type", "LESSON_PLAN")
                .param("placeIds", String.valueOf(lesson.id())).param("audiences", "TEACHER")
                .param("licence", "CC_BY_4_0").param("visibility", "PUBLIC").param("language", "zh");
    }

    private static String selectedRole(String html, int slot) {
        Matcher select = Pattern.compile("id=\"role-" + slot + "\".*?</select>", Pattern.DOTALL).matcher(html);
        assertThat(select.find()).isTrue();
        Matcher option = Pattern.compile("value=\"(\\w+)\" selected").matcher(select.group());
        return option.find() ? option.group(1) : null;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
