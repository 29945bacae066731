package org.renrentong.apps.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Writes an app usage report as .xlsx (per app, then sign-ins per day) with the streaming writer; audited. */
@Service
public class AppUsageExport {

    private static final String[] HEADERS = {"apps.usage.app", "apps.usage.people7", "apps.usage.people30",
        "apps.usage.signIns30"};

    private final MessageSource messages;
    private final AuditLog audit;

    AppUsageExport(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** @param report a report the actor was allowed to read ({@link AppUsage#report}) */
    public void write(Actor actor, UsageReport report, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet apps = workbook.newWorksheet(text("apps.usage.sheet", locale));
        for (int c = 0; c < HEADERS.length; c++) {
            apps.value(0, c, text(HEADERS[c], locale));
            apps.style(0, c).bold().set();
        }
        int r = 1;
        for (UsageReport.Row row : report.rows()) {
            apps.value(r, 0, row.name());
            apps.value(r, 1, row.people7());
            apps.value(r, 2, row.people30());
            apps.value(r, 3, row.signIns30());
            r++;
        }
        Worksheet days = workbook.newWorksheet(text("apps.usage.sheet.daily", locale));
        days.value(0, 0, text("apps.usage.day", locale));
        days.style(0, 0).bold().set();
        for (int c = 0; c < report.daily().size(); c++) {
            days.value(0, c + 1, report.daily().get(c).name());
            days.style(0, c + 1).bold().set();
        }
        for (int d = 0; d < report.days().size(); d++) {
            days.value(d + 1, 0, report.days().get(d).toString());
            for (int c = 0; c < report.daily().size(); c++) {
                days.value(d + 1, c + 1, report.daily().get(c).signIns().get(d));
            }
        }
        workbook.finish();
        audit.record(actor.audited("EXPORT", "app_usage",
                report.schoolId() != null ? "school " + report.schoolId() : report.regionCode(),
                actor.regionPath(), report.schoolId(), report.rows().size()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
