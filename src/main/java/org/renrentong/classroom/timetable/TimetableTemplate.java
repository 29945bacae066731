package org.renrentong.classroom.timetable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty timetable file administrators fill in: a 课程表 sheet with the header row, and a help sheet in the
 * reader's language that explains each column and the rules of the import.
 */
@Component
class TimetableTemplate {

    static final List<String> RULES = List.of("classroom.timetable.rule.replace", "classroom.timetable.rule.allOrNothing",
            "classroom.timetable.rule.limits");

    private final MessageSource messages;

    TimetableTemplate(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Renrentong", "1.0");
            Worksheet sheet = workbook.newWorksheet("课程表");
            for (int c = 0; c < TimetableSheet.COLUMNS.size(); c++) {
                sheet.value(0, c, TimetableSheet.COLUMNS.get(c));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, 16);
            }
            sheet.range(1, 0, 1000, TimetableSheet.COLUMNS.size() - 1).style().format("@").set();
            sheet.freezePane(0, 1);
            help(workbook.newWorksheet(text("classroom.timetable.template.helpSheet", locale)), locale);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void help(Worksheet ws, Locale locale) {
        ws.value(0, 0, text("classroom.timetable.template.column", locale));
        ws.value(0, 1, text("classroom.timetable.template.meaning", locale));
        ws.value(0, 2, text("classroom.timetable.template.example", locale));
        ws.range(0, 0, 0, 2).style().bold().fillColor("DDEBF7").set();
        ws.width(0, 10);
        ws.width(1, 90);
        ws.width(2, 20);
        for (int c = 0; c < TimetableSheet.COLUMNS.size(); c++) {
            ws.value(c + 1, 0, TimetableSheet.COLUMNS.get(c));
            ws.value(c + 1, 1, text("classroom.timetable.template.column" + c + ".help", locale));
            ws.value(c + 1, 2, text("classroom.timetable.template.column" + c + ".example", locale));
            ws.style(c + 1, 1).wrapText(true).set();
        }
        int row = TimetableSheet.COLUMNS.size() + 2;
        for (String rule : RULES) {
            ws.value(row++, 0, messages.getMessage(rule, new Object[] {TimetableSheet.MAX_ROWS}, rule, locale));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
