package org.renrentong.classroom.homework;

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

/** One class's work on one homework as .xlsx (streaming writer): names, handed in at, late, grade, comment. */
@Service
public class HomeworkExport {

    private static final String[] HEADERS = {"homework.export.name", "homework.export.submittedAt",
        "homework.export.late", "homework.export.grade", "homework.export.comment"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final HomeworkViews views;
    private final HomeworkReader reader;
    private final MessageSource messages;
    private final AuditLog audit;

    HomeworkExport(HomeworkViews views, HomeworkReader reader, MessageSource messages, AuditLog audit) {
        this.views = views;
        this.reader = reader;
        this.messages = messages;
        this.audit = audit;
    }

    /** Checks the actor may see the class's work before anything is written. */
    public ClassOverview prepare(Actor actor, long homeworkId, long classId) {
        return views.overview(actor, homeworkId, classId);
    }

    public void write(Actor actor, ClassOverview overview, OutputStream out, Locale locale) throws IOException {
        Homework h = reader.get(overview.homeworkId());
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("homework.export.sheet", locale));
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.value(0, c, text(HEADERS[c], locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (ClassOverview.Line line : overview.lines()) {
            sheet.value(r, 0, line.name());
            if (line.submittedAt() != null) {
                sheet.value(r, 1, TIME.format(line.submittedAt()));
                sheet.value(r, 2, text(line.late() ? "homework.export.yes" : "homework.export.no", locale));
            } else {
                sheet.value(r, 1, text("homework.status.TODO", locale));
            }
            if (line.score() != null) {
                sheet.value(r, 3, line.score());
            } else if (line.level() != null) {
                sheet.value(r, 3, text("homework.level." + line.level().name(), locale));
            }
            if (line.comment() != null) {
                sheet.value(r, 4, line.comment());
            }
            r++;
        }
        workbook.finish();
        audit.record(actor.audited("HOMEWORK_EXPORTED", "homework", h.id(), h.regionPath(), h.schoolId(),
                overview.className() + " " + h.title(), overview.lines().size()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
