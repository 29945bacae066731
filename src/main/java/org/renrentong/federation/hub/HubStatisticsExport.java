package org.renrentong.federation.hub;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Writes the hub's statistics as .xlsx, one sheet per breakdown, with the streaming writer, and audits the export. */
@Service
class HubStatisticsExport {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;
    private final AuditLog audit;

    HubStatisticsExport(MessageSource messages, AuditLog audit) {
        this.messages = messages;
        this.audit = audit;
    }

    /** @param report a report the actor was allowed to read ({@link HubStatistics#report}) */
    void write(Actor actor, HubReport report, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet origins = sheet(workbook, locale, "hub.sheet.origins", "hub.origin", "hub.level", "hub.resources",
                "hub.lastHarvest");
        int r = 1;
        for (HubReport.OriginRow o : report.origins()) {
            origins.value(r, 0, o.name());
            origins.value(r, 1, text("hub.level." + o.level().name(), locale));
            origins.value(r, 2, o.resources());
            origins.value(r++, 3, o.lastHarvest() == null ? "" : SHOWN.format(o.lastHarvest()));
        }
        total(origins, r, 2, report.total(), locale);
        Worksheet levels = sheet(workbook, locale, "hub.sheet.levels", "hub.level", "hub.resources");
        r = 1;
        for (HubReport.LevelRow l : report.levels()) {
            levels.value(r, 0, text("hub.level." + l.level().name(), locale));
            levels.value(r++, 1, l.resources());
        }
        total(levels, r, 1, report.total(), locale);
        Worksheet subjects = sheet(workbook, locale, "hub.sheet.subjects", "hub.subject", "hub.resources");
        r = 1;
        for (HubReport.SubjectRow s : report.subjects()) {
            subjects.value(r, 0, s.name() == null ? text("hub.subject.none", locale) : s.name());
            subjects.value(r++, 1, s.resources());
        }
        workbook.finish();
        audit.record(actor.audited("EXPORT", "hub_statistics", null, actor.regionPath(), null,
                report.origins().size()));
    }

    private Worksheet sheet(Workbook workbook, Locale locale, String name, String... headers) {
        Worksheet sheet = workbook.newWorksheet(text(name, locale));
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, text(headers[c], locale));
            sheet.style(0, c).bold().set();
        }
        return sheet;
    }

    private void total(Worksheet sheet, int r, int column, long total, Locale locale) {
        sheet.value(r, 0, text("hub.total", locale));
        sheet.value(r, column, total);
        sheet.style(r, 0).bold().set();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
