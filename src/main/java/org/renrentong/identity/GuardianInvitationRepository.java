package org.renrentong.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GuardianInvitationRepository {

    record Pending(long id, long studentId, long inviteeId, String relation) {
    }

    private final JdbcClient jdbc;
    private final Places places;

    GuardianInvitationRepository(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    /** Invites the person; an invitation still pending for the same student is kept (with the new relation). */
    long invite(long studentId, long inviteeId, String relation, long invitedBy) {
        return jdbc.sql("""
                INSERT INTO guardian_invitation (student_id, invitee_id, relation, invited_by) VALUES (?,?,?,?)
                ON CONFLICT (student_id, invitee_id) WHERE status = 'PENDING'
                DO UPDATE SET relation = EXCLUDED.relation RETURNING id""")
                .params(studentId, inviteeId, relation, invitedBy).query(Long.class).single();
    }

    List<GuardianInvitation> pendingFor(long inviteeId) {
        record Row(long id, String student, Long schoolId, String relation, Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT i.id, p.name, p.school_id, i.relation, i.created_at FROM guardian_invitation i
                JOIN person p ON p.id = i.student_id
                WHERE i.invitee_id = ? AND i.status = 'PENDING' ORDER BY i.id""")
                .param(inviteeId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
        Map<Long, SchoolPlaces.School> schools = places.schools(rows.stream().map(Row::schoolId).toList());
        return rows.stream().map(r -> {
            SchoolPlaces.School school = schools.get(r.schoolId());
            return new GuardianInvitation(r.id(), r.student(), school == null ? null : school.name(), r.relation(),
                    r.at());
        }).toList();
    }

    long countPendingFor(long inviteeId) {
        return jdbc.sql("SELECT count(*) FROM guardian_invitation WHERE invitee_id = ? AND status = 'PENDING'")
                .param(inviteeId).query(Long.class).single();
    }

    /** The invitee's own pending invitation, locked until the decision is written. */
    Optional<Pending> pending(long id, long inviteeId) {
        return jdbc.sql("""
                SELECT id, student_id, invitee_id, relation FROM guardian_invitation
                WHERE id = ? AND invitee_id = ? AND status = 'PENDING' FOR UPDATE""")
                .params(id, inviteeId)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    void decide(long id, boolean accepted) {
        jdbc.sql("UPDATE guardian_invitation SET status = ?, decided_at = now() WHERE id = ?")
                .params(accepted ? "ACCEPTED" : "DECLINED", id).update();
    }
}
