package org.renrentong.apps.guardian;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.renrentong.identity.BirthDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is a child for an app: a student under 14, whose personal data only a guardian may agree to release. A
 * birth date is known only from an ID-card number; without one a student is taken to be under 14, the safe side.
 */
@Component
public class Minors {

    static final int AGE_OF_CONSENT = 14;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final BirthDates birthDates;

    Minors(JdbcClient jdbc, BirthDates birthDates) {
        this.jdbc = jdbc;
        this.birthDates = birthDates;
    }

    /**
     * The person id of the student signed in under this account if they are a child; empty for anyone else. Asked
     * once per request: one authorization request asks it of the consent store and of the consent rule.
     */
    public Optional<Long> underFourteen(String account) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = Minors.class.getName() + ".child." + account;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
            return known.map(Long.class::cast);
        }
        Optional<Long> child = jdbc.sql("""
                SELECT p.id FROM identity_v_person p
                WHERE p.account = ? AND p.enabled
                  AND EXISTS (SELECT 1 FROM identity_v_role_grant g WHERE g.person_id = p.id AND g.role = 'STUDENT')""")
                .param(account).query(Long.class).optional().filter(this::underFourteen);
        if (request != null) {
            request.setAttribute(key, child, RequestAttributes.SCOPE_REQUEST);
        }
        return child;
    }

    boolean underFourteen(long studentId) {
        return birthDates.of(studentId)
                .map(birth -> birth.plusYears(AGE_OF_CONSENT).isAfter(LocalDate.now(ZONE)))
                .orElse(true);
    }
}
