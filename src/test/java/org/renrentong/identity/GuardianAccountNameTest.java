package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A guardian's account name reveals nothing (no phone number in it); the guardian still signs in by phone. */
@IntegrationTest
class GuardianAccountNameTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Passwords passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewGuardianAccountCarriesNoPhoneAndSignsInByPhone() throws Exception {
        Person child = fixtures.aPerson().student().build();
        String phone = phone();
        Person guardian = fixtures.aPerson().guardianOf(child).phone(phone).build();
        fixtures.passwordChanged(guardian);

        assertThat(guardian.account()).doesNotContain(phone.substring(3));
        mvc.perform(get("/api/v1/me").with(httpBasic(phone, Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.account").value(guardian.account()));
    }

    @Test
    void theMigrationRenamesAccountsNamedAfterAPhone() throws Exception {
        String phone = phone();
        long id = jdbc.sql("""
                INSERT INTO person (account, name, gender, phone, password_hash) VALUES (?, '旧家长', 'UNKNOWN', ?, ?)
                RETURNING id""").params("g" + phone, phone, passwords.hash(Fixtures.PASSWORD))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO role_grant (person_id, role) VALUES (?, 'GUARDIAN')").param(id).update();

        jdbc.sql(migration("db/migration/identity/V102__guardian_account_names.sql")).update();

        String account = jdbc.sql("SELECT account FROM person WHERE id = ?").param(id).query(String.class).single();
        assertThat(account).startsWith("g").doesNotContain(phone.substring(3));
        mvc.perform(get("/api/v1/me").with(httpBasic(phone, Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.account").value(account));
    }

    private static String migration(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }

    private static String phone() {
        return "138" + String.format("%08d", Fixtures.unique() % 100_000_000);
    }
}
