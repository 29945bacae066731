package org.renrentong.space;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Person;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The space pages and API through the whole web stack: statuses, fragments, headers — never a 500. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpacePagesTest {

    @Autowired SpaceFixtures f;
    @Autowired Posts posts;
    @Autowired WebApplicationContext context;

    private MockMvc mvc;
    private SpaceFixtures.ClassWorld w;
    private Person outsider;
    private PostView notice;

    @BeforeAll
    void world() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = f.classWorld("130102");
        outsider = f.fixtures.aPerson().student().in(f.fixtures.aClass().build()).build();
        f.fixtures.passwordChanged(outsider);
        notice = posts.create(f.actor(w.teacher()), w.classSpace(), PostKind.NOTICE, "<b>周五</b>开家长会\n请准时", List.of());
    }

    @Test
    void publicSpacesOpenToAnonymousVisitorsOthersAskToSignInOrRefuse() throws Exception {
        mvc.perform(get("/spaces/{id}", w.schoolSpace())).andExpect(status().isOk())
                .andExpect(content().string(containsString(w.school().name())));
        mvc.perform(get("/spaces/{id}", w.classSpace())).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/spaces/{id}", w.classSpace()).with(as(outsider))).andExpect(status().isForbidden());
        mvc.perform(get("/spaces/{id}", 987654321L).with(as(w.teacher()))).andExpect(status().isNotFound());
    }

    @Test
    void theClassSpaceShowsNoticesEscapedWithMembersAndTheForm() throws Exception {
        mvc.perform(get("/spaces/{id}", w.classSpace()).with(as(w.student())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;周五&lt;/b&gt;开家长会")))
                .andExpect(content().string(not(containsString("<b>周五</b>"))))
                .andExpect(content().string(containsString(w.teacher().name())))
                .andExpect(content().string(containsString("id=\"post-form\"")))
                .andExpect(content().string(not(containsString("id=\"post-kind\""))));
        mvc.perform(get("/spaces/{id}", w.classSpace()).with(as(w.teacher())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"post-kind\"")));
    }

    @Test
    void postingWithHtmxReturnsTheNewPostAndErrorsGoBesideTheForm() throws Exception {
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace())
                        .file(new MockMultipartFile("images", "a.png", "image/png", SpaceFixtures.PNG))
                        .param("body", "htmx 发的").header("HX-Request", "true").with(as(w.student())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "post-created"))
                .andExpect(content().string(containsString("htmx 发的")))
                .andExpect(content().string(containsString("/images/")));
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace())
                        .file(new MockMultipartFile("images", "a.png", "image/png",
                                "not an image".getBytes(StandardCharsets.UTF_8)))
                        .param("body", "假图片").header("HX-Request", "true").with(as(w.student())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#post-error"))
                .andExpect(content().string(containsString("PNG")));
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).param("body", "")
                        .with(as(w.student())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请输入内容")));
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).param("body", "普通表单")
                        .with(as(w.student())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/spaces/{id}/posts", w.classSpace()).param("body", "x").param("kind", "NOTICE")
                        .with(as(w.student())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void deletingPagingAndImages() throws Exception {
        PostView post = posts.create(f.actor(w.student()), w.classSpace(), PostKind.POST, "带图",
                List.of(new ImageUpload(SpaceFixtures.PNG.length,
                        new org.springframework.core.io.ByteArrayResource(SpaceFixtures.PNG))));
        long image = post.imageIds().get(0);
        mvc.perform(get("/spaces/{id}/images/{img}", w.classSpace(), image).with(as(w.guardian())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().exists("ETag"));
        mvc.perform(get("/spaces/{id}/images/{img}", w.classSpace(), image).with(as(w.guardian()))
                        .header("Range", "bytes=0-7"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-7/" + SpaceFixtures.PNG.length));
        mvc.perform(get("/spaces/{id}/images/{img}", w.classSpace(), image)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/spaces/{id}/posts", w.classSpace()).param("before", String.valueOf(post.id() + 1))
                        .with(as(w.teacher())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("带图")));
        mvc.perform(post("/spaces/{id}/posts/{p}/delete", w.classSpace(), post.id()).header("HX-Request", "true")
                        .with(as(w.otherStudent())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/spaces/{id}/posts/{p}/delete", w.classSpace(), post.id()).header("HX-Request", "true")
                        .with(as(w.student())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已删除")));
        mvc.perform(get("/spaces/{id}/images/{img}", w.classSpace(), image).with(as(w.teacher())))
                .andExpect(status().isNotFound());
    }

    @Test
    void mySpaceMyClassesAndMyChildren() throws Exception {
        mvc.perform(get("/spaces/mine").with(as(w.teacher())))
                .andExpect(redirectedUrl("/spaces/" + f.personal(w.teacher())));
        mvc.perform(get("/classes/mine").with(as(w.teacher())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w.schoolClass().fullName())))
                .andExpect(content().string(containsString("/spaces/" + w.classSpace())));
        mvc.perform(get("/classes/mine").with(as(w.student())))
                .andExpect(redirectedUrl("/spaces/" + w.classSpace()));
        mvc.perform(get("/classes/mine").with(as(w.guardian()))).andExpect(redirectedUrl("/children"));
        mvc.perform(get("/children").with(as(w.guardian())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(w.student().name())))
                .andExpect(content().string(containsString("/spaces/" + w.classSpace())));
        mvc.perform(get("/children").with(as(w.teacher()))).andExpect(status().isForbidden());
        mvc.perform(get("/classes/mine").with(as(w.schoolAdmin()))).andExpect(status().isOk());
    }

    @Test
    void settingsAreForThoseWhoManageTheSpace() throws Exception {
        mvc.perform(get("/spaces/{id}/edit", w.classSpace()).with(as(w.teacher()))).andExpect(status().isOk());
        mvc.perform(get("/spaces/{id}/edit", w.classSpace()).with(as(w.student()))).andExpect(status().isForbidden());
        mvc.perform(post("/spaces/{id}/edit", w.classSpace()).param("intro", "长".repeat(2001))
                        .param("visibility", "MEMBERS").with(as(w.teacher())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        // a tampered choice is no choice: the form asks for one beside the field
        mvc.perform(post("/spaces/{id}/edit", w.classSpace()).param("intro", "x").param("visibility", "NOPE")
                        .with(as(w.teacher())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择谁可以看。")));
        mvc.perform(post("/spaces/{id}/edit", w.classSpace()).param("intro", "我们是七年级一班")
                        .param("visibility", "MEMBERS").with(as(w.teacher())).with(csrf()))
                .andExpect(redirectedUrl("/spaces/" + w.classSpace()));
    }

    @Test
    void statisticsPageAndExport() throws Exception {
        mvc.perform(get("/statistics/spaces").with(as(w.schoolAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString(w.schoolClass().fullName())));
        mvc.perform(get("/statistics/spaces.xlsx").with(as(w.schoolAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/statistics/spaces").with(as(w.teacher()))).andExpect(status().isForbidden());
        mvc.perform(get("/statistics/spaces").param("region", "130104").with(as(w.schoolAdmin())))
                .andExpect(status().isForbidden());
        Person city = f.fixtures.aPerson().regionAdmin("130100").build();
        f.fixtures.passwordChanged(city);
        mvc.perform(get("/statistics/spaces").with(as(city)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("长安区")));
        mvc.perform(get("/statistics/spaces").param("region", "nope").with(as(city)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/spaces").param("school", "x").with(as(w.schoolAdmin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void jsonApi() throws Exception {
        mvc.perform(get("/api/v1/spaces/{id}", w.schoolSpace()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.space.title").value(w.school().name()));
        mvc.perform(get("/api/v1/spaces/{id}", w.classSpace()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/spaces/{id}", w.classSpace()).with(as(w.guardian())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notices.page.items[0].id").value(notice.id()));
        mvc.perform(post("/api/v1/spaces/{id}/posts", w.classSpace()).with(as(w.student()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"接口发的\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.body").value("接口发的"));
        mvc.perform(post("/api/v1/spaces/{id}/posts", w.classSpace()).with(as(w.student()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NOTICE\",\"body\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/spaces/{id}/posts", w.classSpace()).with(as(w.student()))
                        .contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/spaces/{id}/posts", w.classSpace()).with(as(w.teacher())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].body").value("接口发的"));
        mvc.perform(get("/api/v1/statistics/spaces").with(as(w.schoolAdmin())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.level").value("CLASS"));
        mvc.perform(get("/api/v1/statistics/spaces").with(as(w.teacher()))).andExpect(status().isForbidden());
    }

    private static RequestPostProcessor as(Person person) {
        return httpBasic(person.account(), org.renrentong.testing.Fixtures.PASSWORD);
    }
}
