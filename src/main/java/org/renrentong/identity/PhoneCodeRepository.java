package org.renrentong.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time codes by phone, and the verified mark of a phone. */
@Repository
class PhoneCodeRepository {

    record Code(long id, Long personId, byte[] salt, byte[] hash, int attempts) {
    }

    private final JdbcClient jdbc;

    PhoneCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes requested for the phone in the last seconds, whatever their purpose or outcome. */
    int requestedWithin(String phone, int seconds) {
        return jdbc.sql("""
                SELECT count(*) FROM phone_code WHERE phone = ? AND created_at > now() - make_interval(secs => ?)""")
                .params(phone, seconds).query(Integer.class).single();
    }

    /** The person who may reset by this phone: an enabled account whose phone was verified. */
    Optional<Long> verifiedHolder(String phone) {
        return jdbc.sql("SELECT id FROM person WHERE phone = ? AND phone_verified_at IS NOT NULL AND enabled")
                .param(phone).query(Long.class).optional();
    }

    Optional<String> phoneOf(long personId) {
        return jdbc.sql("SELECT phone FROM person WHERE id = ? AND phone IS NOT NULL").param(personId)
                .query(String.class).optional();
    }

    /** Records a new code; earlier open codes of the phone and purpose stop counting. */
    void insert(String phone, Long personId, String purpose, byte[] salt, byte[] hash, int validSeconds) {
        jdbc.sql("UPDATE phone_code SET used_at = now() WHERE phone = ? AND purpose = ? AND used_at IS NULL")
                .params(phone, purpose).update();
        jdbc.sql("""
                INSERT INTO phone_code (phone, person_id, purpose, salt, code_hash, expires_at)
                VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))""")
                .params(phone, personId, purpose, salt, hash, validSeconds).update();
    }

    /** The open code of the phone for the purpose: not used, not expired; locked for update. */
    Optional<Code> open(String phone, String purpose) {
        return jdbc.sql("""
                SELECT id, person_id, salt, code_hash, attempts FROM phone_code
                WHERE phone = ? AND purpose = ? AND used_at IS NULL AND expires_at > now()
                ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
                .params(phone, purpose)
                .query((rs, n) -> new Code(rs.getLong(1), (Long) rs.getObject(2), rs.getBytes(3), rs.getBytes(4),
                        rs.getInt(5)))
                .optional();
    }

    /** Counts a wrong try; the code is spent once the tries run out. */
    void failedAttempt(long codeId, int maxAttempts) {
        jdbc.sql("""
                UPDATE phone_code SET attempts = attempts + 1,
                    used_at = CASE WHEN attempts + 1 >= ? THEN now() ELSE used_at END WHERE id = ?""")
                .params(maxAttempts, codeId).update();
    }

    void used(long codeId) {
        jdbc.sql("UPDATE phone_code SET used_at = now() WHERE id = ?").param(codeId).update();
    }

    void markVerified(long personId, String phone) {
        jdbc.sql("UPDATE person SET phone_verified_at = now() WHERE id = ? AND phone = ?").params(personId, phone)
                .update();
    }

    boolean verified(long personId) {
        return jdbc.sql("SELECT phone_verified_at IS NOT NULL FROM person WHERE id = ?").param(personId)
                .query(Boolean.class).optional().orElse(false);
    }
}
