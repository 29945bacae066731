package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * bcrypt reads at most 72 bytes: a longer password (25 Chinese characters are 75 bytes) is refused with a clear
 * message on every path that sets one, never half-accepted and never a 500.
 */
@IntegrationTest
class LongPasswordTest {

    /** Three kinds of characters, so only its length is wrong: 4 + 25 × 3 = 79 bytes. */
    static final String LONG = "Aa1-" + "人人通数字教育资源公共服务体系网络学习空间平台建设";
    private static final String TOO_LONG = "72";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLongPasswordPassedTheOldPolicyAndIsOverBcryptsLimit() {
        assertThat(LONG.codePointCount(0, LONG.length())).isEqualTo(29);
        assertThat(LONG.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(PasswordPolicy.refusal(LONG)).contains("password.tooLong");
        assertThat(PasswordPolicy.refusal("Aa1-" + "人".repeat(22))).isEmpty();
    }

    @Test
    void changingToALongPasswordIsRefusedClearly() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        String before = hash(teacher);
        mvc.perform(post("/api/v1/me/password").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"current\":\"" + Fixtures.PASSWORD + "\",\"next\":\"" + LONG + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(TOO_LONG)));
        assertThat(hash(teacher)).isEqualTo(before);
    }

    @Test
    void creatingAPersonWithALongInitialPasswordIsRefusedClearly() throws Exception {
        Person admin = logins.platformAdmin();
        School school = fixtures.aSchool().build();
        String name = "长密码" + Fixtures.unique();
        mvc.perform(post("/api/v1/people").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"gender\":\"FEMALE\",\"role\":\"TEACHER\",\"schoolId\":"
                                + school.id() + ",\"initialPassword\":\"" + LONG + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(TOO_LONG)));
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void importingWithALongInitialPasswordIsRefusedBeforeItStarts() throws Exception {
        Person admin = logins.platformAdmin();
        School school = fixtures.aSchool().build();
        byte[] csv = "年级,班级,学号,姓名,性别\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "s.csv", "text/csv", csv))
                        .param("schoolId", String.valueOf(school.id())).param("initialPassword", LONG).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(TOO_LONG)));
        assertThat(jdbc.sql("SELECT count(*) FROM import_job WHERE school_id = ?").param(school.id())
                .query(Long.class).single()).isZero();
    }

    private String hash(Person person) {
        return jdbc.sql("SELECT password_hash FROM person WHERE id = ?").param(person.id()).query(String.class)
                .optional().orElse(null);
    }
}
