package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PeoplePagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesFollowIdOrderWithoutDuplicatesOrGaps() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        List<Person> students = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            students.add(fixtures.aPerson().student().in(c).build());
        }
        Person guardian = fixtures.aPerson().guardianOf(students.get(0)).build();
        fixtures.aPerson().guardianOf(students.get(1)).build();
        // a guardian of two students, and a teacher who is also a guardian here: each listed once
        link(guardian, students.get(2));
        Person teacher = fixtures.aPerson().teacher().at(school).build();
        link(teacher, students.get(3));
        // a student who moved here from another school brings their guardian along
        Person newcomer = fixtures.aPerson().student().build();
        Person newcomersGuardian = fixtures.aPerson().guardianOf(newcomer).build();
        jdbc.sql("UPDATE person SET school_id = ? WHERE id = ?").params(school.id(), newcomer.id()).update();

        List<Long> expected = jdbc.sql("""
                SELECT id FROM person WHERE school_id = :s UNION SELECT g.guardian_id FROM guardianship g
                JOIN person st ON st.id = g.student_id WHERE st.school_id = :s ORDER BY 1""")
                .param("s", school.id()).query(Long.class).list();
        assertThat(expected).contains(newcomersGuardian.id(), guardian.id(), teacher.id());

        List<Long> seen = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            String body = mvc.perform(get("/api/v1/people").param("school", String.valueOf(school.id()))
                            .param("limit", "3").param("cursor", cursor).with(as(admin)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.people.total").value(expected.size()))
                    .andReturn().getResponse().getContentAsString();
            List<Number> ids = JsonPath.read(body, "$.people.items[*].person.id");
            ids.forEach(id -> seen.add(id.longValue()));
            cursor = JsonPath.read(body, "$.people.nextKey");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 2) / 3);
    }

    @Test
    void theNextPageIsLinkedAndAlteredCursorsAreRefused() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        fixtures.aPerson().student().in(c).build();
        fixtures.aPerson().student().in(c).build();
        String body = mvc.perform(get("/api/v1/people").param("school", String.valueOf(school.id()))
                        .param("limit", "1").with(as(admin)))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(body, "$.people.nextKey");
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);

        School other = fixtures.aSchool().build();
        Person otherAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(other).build());
        for (String bad : List.of("garbage!", cursor.substring(1), encode("x" + raw.substring(1)),
                encode(raw.replaceFirst("\\.\\d+\\.", ".-4.")), encode(raw.substring(0, raw.lastIndexOf('.'))))) {
            mvc.perform(get("/api/v1/people").param("school", String.valueOf(school.id())).param("cursor", bad)
                            .with(as(admin)).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail")
                            .value("The page position is not valid; start again from the first page."));
        }
        // a cursor of one list does not page another one
        mvc.perform(get("/api/v1/people").param("school", String.valueOf(school.id())).param("q", "x")
                .param("cursor", cursor).with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people").param("school", String.valueOf(other.id())).param("cursor", cursor)
                .with(as(otherAdmin))).andExpect(status().isBadRequest());
    }

    @Test
    void thePageLoadsMoreRowsWithTheCursor() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        for (int i = 0; i < PeopleController.PAGE_SIZE; i++) {
            fixtures.aPerson().student().in(c).build();
        }
        String page = mvc.perform(get("/people").param("school", String.valueOf(school.id())).with(as(admin)))
                .andExpect(content().string(containsString("id=\"people-more\"")))
                .andReturn().getResponse().getContentAsString();
        String cursor = page.replaceAll("(?s).*hx-get=\"/people/rows\\?school=\\d+&amp;q=&amp;cursor=([^\"&]+)\".*",
                "$1");
        mvc.perform(get("/people/rows").param("school", String.valueOf(school.id())).param("cursor", cursor)
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/")));
    }

    private void link(Person guardian, Person student) {
        jdbc.sql("INSERT INTO guardianship (guardian_id, student_id, relation) VALUES (?, ?, '父亲')")
                .params(guardian.id(), student.id()).update();
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
