package org.renrentong.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One audited act: who (which kind of principal, as which role), what, on which target, with what result, and where the target lives
 * (region path and school) so that it can be read back only within that scope. The detail is a message key with
 * arguments, so that each reader sees it in their own language.
 */
public record AuditEvent(
        PrincipalKind principalKind, Long actorId, String actorAccount, String actorRole,
        String action, String targetType, String targetId, Result result,
        String regionPath, Long schoolId, String detailKey, List<String> detailArgs) {

    /** An act of a person, the common case. */
    public AuditEvent(Long actorId, String actorAccount, String actorRole, String action, String targetType,
                      String targetId, Result result, String regionPath, Long schoolId, String detailKey,
                      List<String> detailArgs) {
        this(PrincipalKind.PERSON, actorId, actorAccount, actorRole, action, targetType, targetId, result, regionPath,
                schoolId, detailKey, detailArgs);
    }

    public enum Result { SUCCESS, FAILURE, DENIED }

    /** An argument that is itself a message key, rendered in the reader's language (a role, a status, a reason). */
    public record Key(String code) {
    }

    /** The message key of an action's detail: {@code audit.detail.<ACTION>}. */
    public static String detailKeyOf(String action) {
        return "audit.detail." + action;
    }

    /**
     * Detail arguments as stored: a {@link Key} becomes {@code #code}; a plain value that itself starts with
     * {@code #} is escaped as {@code ##…}, so user text is never taken for a key; null is stored empty.
     */
    public static List<String> args(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? "" : v instanceof Key k ? "#" + k.code()
                : String.valueOf(v).startsWith("#") ? "#" + v : String.valueOf(v)).toList();
    }

    /** The same event with another result (a failure recorded after a rollback, a refusal). */
    public AuditEvent withResult(Result other) {
        return new AuditEvent(principalKind, actorId, actorAccount, actorRole, action, targetType, targetId, other,
                regionPath, schoolId, detailKey, detailArgs);
    }

    /** The same event with its own detail key (a reason from a module's bundle) instead of the action's. */
    public AuditEvent withDetail(String key, Object... values) {
        return new AuditEvent(principalKind, actorId, actorAccount, actorRole, action, targetType, targetId, result,
                regionPath, schoolId, key, args(values));
    }

    /**
     * A row read back from the log. {@code detail} is the free text of rows written before details were keyed.
     */
    public record Entry(long id, Instant at, PrincipalKind principalKind, String actorAccount, String actorRole,
                        String action,
                        String targetType, String targetId, Result result, String ip, String detail,
                        String detailKey, List<String> detailArgs) {
    }
}
