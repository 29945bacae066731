package org.renrentong.apps.peers;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which person of this node a joined node's subject is: one link per node and subject, made on the first sign-in. */
@Repository
class AccountLinks {

    private final JdbcClient jdbc;

    AccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> person(String nodeCode, String subject) {
        return jdbc.sql("SELECT person_id FROM node_account_link WHERE node_code = ? AND subject = ?")
                .params(nodeCode, subject).query(Long.class).optional();
    }

    /** The nodes whose accounts are linked to the person. */
    List<String> nodesOf(long personId) {
        return jdbc.sql("SELECT node_code FROM node_account_link WHERE person_id = ?").param(personId)
                .query(String.class).list();
    }

    void link(String nodeCode, String subject, long personId) {
        jdbc.sql("INSERT INTO node_account_link (node_code, subject, person_id) VALUES (?, ?, ?)")
                .params(nodeCode, subject, personId).update();
    }

    /** The school of this node with this code (学校标识码), if any. */
    Optional<School> school(String code) {
        return jdbc.sql("SELECT id, region_path FROM org_v_school WHERE code = ?").param(code)
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2))).optional();
    }

    record School(long id, String regionPath) {
    }
}
