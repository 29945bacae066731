package org.renrentong.identity;

import java.security.SecureRandom;
import java.util.List;
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
 * A new node needs one platform administrator to start from: account {@code admin}. Its initial password is
 * {@code renrentong.admin.initial-password} when set; with demo data on, the demo password every demo login uses;
 * otherwise a random one written once to the log. The one chosen here is the one stored: nothing overwrites it later.
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
    private final boolean demo;
    private final String demoPassword;

    PlatformAdminBootstrap(JdbcClient jdbc, Passwords passwords, AuditLog audit,
                           @Value("${renrentong.admin.initial-password:}") String initialPassword,
                           @Value("${renrentong.demo:false}") boolean demo,
                           @Value("${renrentong.demo-password:Renrentong@2026}") String demoPassword) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.initialPassword = initialPassword;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    /** Which initial password the administrator gets, and whether it is the random one (to be printed once). */
    record Choice(String password, boolean random) {

        static Choice of(String configured, boolean demo, String demoPassword) {
            if (configured != null && !configured.isBlank()) {
                return new Choice(configured, false);
            }
            return demo ? new Choice(demoPassword, false) : new Choice(randomPassword(), true);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean exists = jdbc.sql("SELECT count(*) FROM role_grant WHERE role = 'PLATFORM_ADMIN'").query(Long.class)
                .single() > 0;
        if (exists) {
            return;
        }
        Choice choice = Choice.of(initialPassword, demo, demoPassword);
        long id = jdbc.sql("""
                INSERT INTO person (account, name, gender, password_hash, must_change_password)
                VALUES (?, '平台管理员', 'UNKNOWN', ?, TRUE) RETURNING id""")
                .params(ACCOUNT, passwords.hash(choice.password())).query(Long.class).single();
        jdbc.sql("INSERT INTO role_grant (person_id, role, region_code) VALUES (?, 'PLATFORM_ADMIN', '000000')")
                .param(id).update();
        audit.record(new AuditEvent(null, "system", null, "PLATFORM_ADMIN_CREATED", "person", String.valueOf(id),
                AuditEvent.Result.SUCCESS, "/000000/", null, null, List.of()));
        if (choice.random()) {
            log.warn("Created platform administrator '{}' with initial password: {}  (change it at first sign-in)",
                    ACCOUNT, choice.password());
        } else {
            log.info("Created platform administrator '{}' with the configured{} initial password", ACCOUNT,
                    demo && initialPassword.isBlank() ? " demo" : "");
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
