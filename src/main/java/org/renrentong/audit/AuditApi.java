package org.renrentong.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON, within the caller's scope; dates are days in Asia/Shanghai, "to" inclusive. */
@RestController
class AuditApi {

    private final AuditReader reader;

    AuditApi(AuditReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/audit")
    AuditReader.Page search(AuditScope me, @RequestParam(defaultValue = "") String account,
                            @RequestParam(defaultValue = "") String action,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                            @RequestParam(required = false) Long before,
                            @RequestParam(defaultValue = "50") int limit) {
        return reader.search(me, new AuditReader.Filter(account, action, from, to, before),
                Math.max(1, Math.min(limit, 199)));
    }
}
