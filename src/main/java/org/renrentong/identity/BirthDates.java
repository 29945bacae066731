package org.renrentong.identity;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A person's birth date, known only where an ID-card number was given: the node collects no birth date of its own,
 * so whoever needs an age must treat an unknown one with care (a child's data, for instance, as a young child's).
 */
@Service
public class BirthDates {

    private final JdbcClient jdbc;
    private final IdCardVault vault;

    BirthDates(JdbcClient jdbc, IdCardVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    public Optional<LocalDate> of(long personId) {
        return jdbc.sql("SELECT id_card_cipher FROM person WHERE id = ? AND id_card_cipher IS NOT NULL")
                .param(personId).query(byte[].class).optional()
                .map(sealed -> IdCardNumber.birthDate(vault.decrypt(sealed)));
    }
}
