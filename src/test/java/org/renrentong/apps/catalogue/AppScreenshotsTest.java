package org.renrentong.apps.catalogue;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A provider adds screenshots to its app, kept by storage; a text file is refused; people see the images. */
@IntegrationTest
class AppScreenshotsTest {

    @Autowired MockMvc mvc;
    @Autowired ProviderFixtures providers;
    @Autowired AppFixtures apps;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;

    @Test
    void aPngIsKeptAndShownAndATextFileIsRefused() throws Exception {
        Actor provider = providers.approved();
        long app = apps.registered(provider).id();
        mvc.perform(multipart("/api/v1/apps/{id}/screenshots", app)
                        .file(new MockMultipartFile("image", "a.png", "image/png", SampleFiles.png(16, 16)))
                        .with(httpBasic(provider.account(), Fixtures.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.screenshots[0]").value(1));
        mvc.perform(multipart("/api/v1/apps/{id}/screenshots", app)
                        .file(new MockMultipartFile("image", "a.png", "image/png",
                                "不是图片".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(provider.account(), Fixtures.PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PNG 或 JPEG")));

        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(get("/apps/{id}/screenshots/1", app).with(httpBasic(teacher.account(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(get("/apps/{id}/screenshots/2", app).with(httpBasic(teacher.account(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        Actor other = providers.approved();
        mvc.perform(multipart("/api/v1/apps/{id}/screenshots", app)
                        .file(new MockMultipartFile("image", "a.png", "image/png", SampleFiles.png(16, 16)))
                        .with(httpBasic(other.account(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
