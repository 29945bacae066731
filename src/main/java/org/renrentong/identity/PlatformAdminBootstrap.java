package org.renrentong.identity;

import java.security.SecureRandom;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new node needs one platform administrator to start from: account {@code admin}, with the initial password
 * from {@code renrentong.admin.initial-password}, or a random one written once to the log. It must be changed at
 * first sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PlatformAdminBootstrap implements ApplicationRunner {

    static final String ACCOUNT = "admin";
    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final JdbcClient jdbc;
    private final Passwords passwords;
    private final AuditLog audit;
    private final String initialPassword;

    PlatformAdminBootstrap(JdbcClient jdbc, Passwords passwords, AuditLog audit,
                           @Value("${renrentong.admin.initial-password:}") String initialPassword) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("SELECT count(*) FROM role_grant WHERE role = 'PLATFORM_ADMIN'").query(Long.class)
                .single() > 0;
        if (exists) {
            return;
        }
        String password = initialPassword.isBlank() ? randomPassword() : initialPassword;
        long id = jdbc.sql("""
                INSERT INTO person (account, name, gender, password_hash, must_change_password)
                VALUES (?, '平台管理员', 'UNKNOWN', ?, TRUE) RETURNING id""")
                .params(ACCOUNT, passwords.hash(password)).query(Long.class).single();
        jdbc.sql("INSERT INTO role_grant (person_id, role, region_code) VALUES (?, 'PLATFORM_ADMIN', '000000')")
                .param(id).update();
        audit.record(new AuditEvent(null, "system", null, "PLATFORM_ADMIN_CREATED", "person", String.valueOf(id),
                AuditEvent.Result.SUCCESS, "/000000/", null, null));
        if (initialPassword.isBlank()) {
            log.warn("Created platform administrator '{}' with initial password: {}  (change it at first sign-in)",
                    ACCOUNT, password);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Rr1-");
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
