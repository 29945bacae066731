package org.renrentong.audit;

import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may read the audit log: a reader with some reach, within it (the scope's region path or school bound the
 * search). Nobody may change the log: it has no write but {@link AuditLog#record}.
 */
@Component
class AuditPolicy {

    void mayRead(AuditScope reader) {
        if (reader.reach() == AuditScope.Reach.NONE) {
            throw DomainException.forbidden();
        }
    }
}
