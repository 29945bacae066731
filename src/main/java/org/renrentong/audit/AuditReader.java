package org.renrentong.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log within the reader's scope only: platform administrators everything, region administrators
 * what happened within their region, school administrators what happened at their school.
 */
@Service
public class AuditReader {

    /** Dates in the filter are days in China's time zone; "to" includes its whole day. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One keyset page of entries, newest first; pass {@code nextKey} as {@code before} for the next. */
    public record Page(List<AuditEvent.Entry> items, Long nextKey) {

        public boolean hasNext() {
            return nextKey != null;
        }
    }

    /** What the reader filters by; all optional. */
    public record Filter(String account, String action, LocalDate from, LocalDate to, Long before) {
    }

    private final AuditLog log;
    private final AuditPolicy policy;

    AuditReader(AuditLog log, AuditPolicy policy) {
        this.log = log;
        this.policy = policy;
    }

    public Page search(AuditScope reader, Filter filter, int limit) {
        policy.mayRead(reader);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw DomainException.invalid("audit.range.invalid");
        }
        List<AuditEvent.Entry> rows = log.search(new AuditQuery(reader.regionPath(), reader.schoolId(), filter.account(),
                filter.action(), filter.from() == null ? null : filter.from().atStartOfDay(ZONE).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(ZONE).toInstant(),
                filter.before(), limit + 1));
        boolean more = rows.size() > limit;
        List<AuditEvent.Entry> page = more ? rows.subList(0, limit) : rows;
        return new Page(page, more ? page.get(page.size() - 1).id() : null);
    }
}
