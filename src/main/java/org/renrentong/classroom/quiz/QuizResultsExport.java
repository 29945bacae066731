package org.renrentong.classroom.quiz;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Writes a quiz's results as .xlsx with the streaming writer (students, items, classes), and audits the export. */
@Service
public class QuizResultsExport {

    private final MessageSource messages;
    private final Schools schools;
    private final AuditLog audit;

    QuizResultsExport(MessageSource messages, Schools schools, AuditLog audit) {
        this.messages = messages;
        this.schools = schools;
        this.audit = audit;
    }

    /** @param report a report the actor was allowed to read ({@link QuizResults#report}) */
    public void write(Actor actor, QuizReport report, OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet students = sheet(workbook, locale, "quiz.results.students", "quiz.results.name",
                "quiz.results.class", "quiz.results.state", "quiz.results.score");
        int r = 1;
        for (QuizReport.StudentResult s : report.students()) {
            students.value(r, 0, s.name());
            students.value(r, 1, s.className());
            students.value(r, 2, text("quiz.state." + s.state().name(), locale));
            if (s.score() != null) {
                students.value(r, 3, s.score());
            }
            r++;
        }
        Worksheet items = sheet(workbook, locale, "quiz.results.items", "quiz.results.position",
                "quiz.results.kind", "quiz.results.points", "quiz.results.difficulty", "quiz.results.wrong");
        r = 1;
        for (QuizReport.ItemResult i : report.items()) {
            items.value(r, 0, i.position());
            items.value(r, 1, text("quiz.item.kind." + i.kind().name(), locale));
            items.value(r, 2, i.points());
            items.value(r, 3, i.difficulty());
            items.value(r, 4, String.join("  ", i.wrongAnswers().stream()
                    .map(w -> w.answer() + " ×" + w.count()).toList()));
            r++;
        }
        Worksheet classes = sheet(workbook, locale, "quiz.results.classes", "quiz.results.class",
                "quiz.results.studentCount", "quiz.results.handedIn", "quiz.results.average");
        r = 1;
        for (QuizReport.ClassResult c : report.classes()) {
            classes.value(r, 0, c.name());
            classes.value(r, 1, c.students());
            classes.value(r, 2, c.handedIn());
            if (c.average() != null) {
                classes.value(r, 3, c.average());
            }
            r++;
        }
        workbook.finish();
        School school = schools.get(report.quiz().schoolId());
        audit.record(actor.audited("EXPORT", "quiz_results", report.quiz().id(), school.regionPath(), school.id(),
                report.students().size()));
    }

    private Worksheet sheet(Workbook workbook, Locale locale, String name, String... headers) {
        Worksheet sheet = workbook.newWorksheet(text(name, locale));
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, text(headers[c], locale));
            sheet.style(0, c).bold().set();
        }
        return sheet;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
