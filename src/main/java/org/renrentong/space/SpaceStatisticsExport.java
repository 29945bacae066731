package org.renrentong.space;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Writes a statistics report as .xlsx with the streaming writer, and audits the export. */
@Service
public class SpaceStatisticsExport {

    private static final String[] HEADERS = {"statistics.name", "statistics.people", "statistics.opened",
        "statistics.openedRate", "statistics.active"};

    private final MessageSource messages;
    private final AuditLog audit;

    SpaceStatisticsExport(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** @param report a report the actor was allowed to read ({@link SpaceStatistics#report}) */
    public void write(Actor actor, SpaceReport report, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("statistics.sheet", locale));
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.value(0, c, text(HEADERS[c], locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (SpaceReport.Row row : report.rows()) {
            write(sheet, r++, row.staff() ? text("statistics.staff", locale) : row.name(), row);
        }
        write(sheet, r, text("statistics.total", locale), report.total());
        sheet.style(r, 0).bold().set();
        workbook.finish();
        audit.record(actor.audited("EXPORT", "space_statistics",
                report.schoolId() != null ? "school " + report.schoolId() : report.regionCode(),
                report.regionPath(), report.schoolId(), report.rows().size()));
    }

    private static void write(Worksheet sheet, int r, String name, SpaceReport.Row row) {
        sheet.value(r, 0, name);
        sheet.value(r, 1, row.people());
        sheet.value(r, 2, row.opened());
        sheet.value(r, 3, row.openedRate());
        sheet.value(r, 4, row.active());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
