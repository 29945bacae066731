package org.renrentong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Role;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default run's demo province: every login the README lists works with the demo password. A context of its own
 * (demo data on), so it has its own data directory: the shared test context holds the search index's lock.
 */
@SpringBootTest(properties = {"renrentong.demo=true", "renrentong.data-dir=target/test-data-demo"})
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Actors actors;
    @Autowired Spaces spaces;

    @Test
    void everyReadmeLoginSignsInWithTheDemoPasswordAndNeedsNoPasswordChange() {
        for (String account : new String[] {"admin", "hebei", "sjz", "changan", "qiaoxi", "baoding", "expert",
            "principal", "school2", "teacher", "teacher2", "student", "student2", "parent"}) {
            var row = jdbc.sql("SELECT password_hash, must_change_password FROM person WHERE account = ?")
                    .param(account).query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2)}).single();
            assertThat(encoder.matches("Renrentong@2026", (String) row[0])).as(account).isTrue();
            assertThat((Boolean) row[1]).as(account).isFalse();
        }
    }

    @Test
    void thePrincipalSwitchesBetweenSchoolAdministratorAndTeacher() {
        long principal = id("principal");
        assertThat(actors.load(principal, null).grants()).extracting(g -> g.role())
                .containsExactly(Role.SCHOOL_ADMIN, Role.TEACHER);
    }

    @Test
    void theTeachersClassSpaceHasTheDemoNotice() {
        long classId = jdbc.sql("SELECT class_id FROM class_teacher WHERE person_id = ? AND head").param(id("teacher"))
                .query(Long.class).single();
        long space = spaces.idOf(SpaceKind.CLASS, classId).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM post WHERE space_id = ? AND kind = 'NOTICE'").param(space)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long id(String account) {
        return jdbc.sql("SELECT id FROM person WHERE account = ?").param(account).query(Long.class).single();
    }
}
