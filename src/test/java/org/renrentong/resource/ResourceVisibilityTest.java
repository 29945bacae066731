package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Who reads and downloads what: the visibility × viewer matrix, over the service and over HTTP. */
@IntegrationTest
@AutoConfigureMockMvc
class ResourceVisibilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    ResourceFixtures resources;
    @Autowired
    Resources service;
    @Autowired
    ResourceUse use;

    @Test
    void theMatrix() {
        School school = fixtures.aSchool().build();
        Actor owner = fixtures.actor(fixtures.aPerson().teacher().at(school).build());
        Actor sameSchool = fixtures.actor(fixtures.aPerson().student().in(fixtures.aClass().in(school).build()).build());
        Actor otherSchool = fixtures.actor(fixtures.aPerson().teacher().build());
        Actor cityAdmin = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        Actor baodingAdmin = fixtures.actor(fixtures.aPerson().regionAdmin("130600").build());
        Actor admin = fixtures.platformAdmin();
        Resource open = resources.publish(resources.aResource(owner).build(), owner, admin);
        Resource signedIn = resources.publish(resources.aResource(owner).visibility(ResourceVisibility.SIGNED_IN)
                .build(), owner, admin);
        Resource own = resources.publish(resources.aResource(owner).visibility(ResourceVisibility.ORGANISATION)
                .build(), owner, admin);
        Resource draft = resources.aResource(owner).build();

        //                          anonymous, same school, other school, city admin, other city admin
        check(open, true, true, true, true, true, owner, sameSchool, otherSchool, cityAdmin, baodingAdmin);
        check(signedIn, false, true, true, true, true, owner, sameSchool, otherSchool, cityAdmin, baodingAdmin);
        check(own, false, true, false, true, false, owner, sameSchool, otherSchool, cityAdmin, baodingAdmin);
        check(draft, false, false, false, true, false, owner, sameSchool, otherSchool, cityAdmin, baodingAdmin);
    }

    @Test
    void downloadsAreCheckedCountedAndSeekable() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        Actor owner = fixtures.actor(teacher);
        Resource r = resources.publish(resources.aResource(owner).build(), owner, fixtures.platformAdmin());
        Resource hidden = resources.publish(resources.aResource(owner).visibility(ResourceVisibility.SIGNED_IN)
                .build(), owner, fixtures.platformAdmin());
        long file = r.files().get(0).fileId();
        String url = "/api/v1/resources/" + r.id() + "/files/" + file;

        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("ETag", "\"" + r.files().get(0).sha256() + "\""));
        mvc.perform(get(url).header("Range", "bytes=10-19")).andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 10-19/" + r.files().get(0).size()));
        mvc.perform(get(url + "?download=true")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get(url + "?download=true").header("Range", "bytes=0-")).andExpect(status().isPartialContent());
        // viewing inline and ranged requests do not count; the download counts once
        assertThat(service.get(null, r.id()).downloads()).isEqualTo(1);

        String hiddenUrl = "/api/v1/resources/" + hidden.id() + "/files/" + hidden.files().get(0).fileId();
        mvc.perform(get(hiddenUrl)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get(hiddenUrl).with(as(teacher))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/resources/" + r.id() + "/files/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersBadInputWithProblemDetails() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        String body = """
                {"title":"测试","type":"LESSON_PLAN","placeIds":[-1],"audiences":["TEACHER"],"licence":"CC_BY_4_0",
                 "visibility":"PUBLIC","files":[{"uploadId":"nope","role":"MAIN"}]}""";
        mvc.perform(post("/api/v1/resources").with(as(teacher)).contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/resources").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"NO_SUCH_TYPE\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/resources/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/resources/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/resources/{id}/files/{fileId}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/resources/{id}/review']").exists());
    }

    private void check(Resource r, boolean anonymous, boolean same, boolean other, boolean city, boolean otherCity,
                       Actor owner, Actor sameSchool, Actor otherSchool, Actor cityAdmin, Actor otherCityAdmin) {
        assertThat(reads(null, r)).as("anonymous " + r.visibility() + " " + r.status()).isEqualTo(anonymous);
        assertThat(reads(owner, r)).as("owner").isTrue();
        assertThat(reads(sameSchool, r)).as("same school " + r.visibility()).isEqualTo(same);
        assertThat(reads(otherSchool, r)).as("other school " + r.visibility()).isEqualTo(other);
        assertThat(reads(cityAdmin, r)).as("city admin " + r.visibility()).isEqualTo(city);
        assertThat(reads(otherCityAdmin, r)).as("other city admin " + r.visibility()).isEqualTo(otherCity);
    }

    private boolean reads(Actor viewer, Resource r) {
        try {
            service.get(viewer, r.id());
            use.download(viewer, r.id(), r.files().get(0).fileId(), false);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
