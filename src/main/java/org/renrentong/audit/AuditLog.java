package org.renrentong.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The append-only audit log: every write and every sign-in lands here. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(AuditEvent e) {
        jdbc.sql("""
                INSERT INTO audit_event (principal_kind, actor_id, actor_account, actor_role, action, target_type,
                                         target_id, result, ip, region_path, school_id, detail_key, detail_args)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(e.principalKind().name(), e.actorId(), e.actorAccount(), e.actorRole(), e.action(), e.targetType(), e.targetId(),
                        e.result().name(), clientIp(), e.regionPath(), e.schoolId(), e.detailKey(),
                        e.detailArgs() == null || e.detailArgs().isEmpty() ? null
                                : truncate(String.join("\t", e.detailArgs().stream()
                                        .map(a -> a.replace('\t', ' ')).toList())))
                .update();
    }

    public List<AuditEvent.Entry> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, principal_kind, actor_account, actor_role, action, target_type, target_id, result, ip, detail,
                       detail_key, detail_args
                FROM audit_event WHERE 1=1""");
        List<Object> args = new ArrayList<>();
        if (q.regionPath() != null) {
            sql.append(" AND region_path LIKE ?");
            args.add(q.regionPath() + "%");
        }
        if (q.schoolId() != null) {
            sql.append(" AND school_id = ?");
            args.add(q.schoolId());
        }
        if (q.actorAccount() != null && !q.actorAccount().isBlank()) {
            sql.append(" AND actor_account = ?");
            args.add(q.actorAccount().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND action = ?");
            args.add(q.action().trim());
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.beforeId() != null) {
            sql.append(" AND id < ?");
            args.add(q.beforeId());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(Math.min(Math.max(q.limit(), 1), 200));
        return jdbc.sql(sql.toString()).params(args).query(AuditLog::entry).list();
    }

    /**
     * What these actions did to one target, newest first, one keyset page (ids below {@code beforeId}). The caller
     * decides who may read it: a target's record is not bounded by region or school.
     */
    public List<AuditEvent.Entry> ofTarget(String targetType, String targetId, Collection<String> actions,
                                           Long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, at, principal_kind, actor_account, actor_role, action, target_type, target_id, result, ip,
                       detail, detail_key, detail_args
                FROM audit_event
                WHERE target_type = ? AND target_id = ? AND action = ANY(?) AND id < ?
                ORDER BY id DESC LIMIT ?""")
                .params(targetType, targetId, actions.toArray(String[]::new),
                        beforeId == null ? Long.MAX_VALUE : beforeId, Math.min(Math.max(limit, 1), 201))
                .query(AuditLog::entry).list();
    }

    private static AuditEvent.Entry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEvent.Entry(
                rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                PrincipalKind.valueOf(rs.getString("principal_kind")), rs.getString("actor_account"),
                rs.getString("actor_role"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), AuditEvent.Result.valueOf(rs.getString("result")),
                rs.getString("ip"), rs.getString("detail"), rs.getString("detail_key"),
                rs.getString("detail_args") == null ? List.of()
                        : List.of(rs.getString("detail_args").split("\t", -1)));
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
