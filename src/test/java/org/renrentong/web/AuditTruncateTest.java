package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log cannot be emptied wholesale either: TRUNCATE is refused like UPDATE and DELETE. */
@IntegrationTest
class AuditTruncateTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void truncatingTheAuditLogIsRefused() {
        jdbc.sql("""
                INSERT INTO audit_event (action, result, detail) VALUES ('TEST_MARK', 'SUCCESS', 'truncate test')""")
                .update();
        long before = count();
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(count()).isEqualTo(before).isPositive();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }
}
