package org.renrentong.org;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations that are not schools — enterprises, publishers — at which a role may be held. They are made by the
 * module that vets them (an app provider's registration), which checks and audits the whole; here they are places.
 */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new enterprise with its unified social credit code, in the region where it is registered: its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enterprise(String name, String creditCode, String regionCode) {
        return jdbc.sql("""
                INSERT INTO organisation (kind, name, credit_code, region_code) VALUES ('ENTERPRISE', ?, ?, ?)
                RETURNING id""").params(name, creditCode, regionCode).query(Long.class).single();
    }
}
