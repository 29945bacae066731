package org.renrentong.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty files administrators fill in: one .xlsx with a 学生 and a 教师 sheet (identity columns formatted as
 * text, so Excel keeps the digits of ID-card numbers) and a help sheet in the reader's language; or one .csv per
 * sheet, UTF-8 with a byte-order mark so that Excel opens it with the right encoding.
 */
@Component
class ImportTemplates {

    private static final List<RosterColumn> TEXT_COLUMNS = List.of(RosterColumn.STUDENT_NO, RosterColumn.STAFF_NO,
            RosterColumn.PHONE, RosterColumn.ID_CARD, RosterColumn.GUARDIAN_PHONE);
    /** Columns that list classes get room for several. */
    private static final List<RosterColumn> WIDE_COLUMNS = List.of(RosterColumn.TEACHES, RosterColumn.SUBJECTS);

    /** The rules of the format as a whole, shown in the template's help sheet and on the page. */
    static final List<String> RULES = List.of("roster.rule.sheets", "roster.rule.header", "roster.rule.allOrNothing",
            "roster.rule.reimport", "roster.rule.password", "roster.rule.limits");

    private final MessageSource messages;
    private final ImportSettings settings;

    ImportTemplates(MessageSource messages, ImportSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    byte[] xlsx(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Renrentong", "1.0");
            for (RosterSheet sheet : RosterSheet.values()) {
                Worksheet ws = workbook.newWorksheet(sheet.defaultName());
                List<RosterColumn> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    ws.value(0, c, columns.get(c).header());
                    ws.style(0, c).bold().fillColor("DDEBF7").set();
                    ws.width(c, WIDE_COLUMNS.contains(columns.get(c)) ? 30 : 16);
                    if (TEXT_COLUMNS.contains(columns.get(c))) {
                        ws.range(1, c, 1000, c).style().format("@").set();
                    }
                }
                ws.freezePane(0, 1);
            }
            help(workbook.newWorksheet(text("roster.template.helpSheet", locale)), locale);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] csv(RosterSheet sheet) {
        String header = String.join(",", sheet.columns().stream().map(RosterColumn::header).toList());
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void help(Worksheet ws, Locale locale) {
        ws.value(0, 0, text("roster.help.column", locale));
        ws.value(0, 1, text("roster.help.required", locale));
        ws.value(0, 2, text("roster.help.meaning", locale));
        ws.value(0, 3, text("roster.help.example", locale));
        ws.range(0, 0, 0, 3).style().bold().fillColor("DDEBF7").set();
        ws.width(0, 14);
        ws.width(1, 10);
        ws.width(2, 90);
        ws.width(3, 24);
        int row = 1;
        for (RosterSheet sheet : RosterSheet.values()) {
            ws.value(row, 0, text("roster.help.sheet." + sheet.name(), locale));
            ws.style(row, 0).bold().set();
            row++;
            for (RosterColumn column : sheet.columns()) {
                ws.value(row, 0, column.header());
                ws.value(row, 1, text(column.required() ? "roster.help.yes" : "roster.help.no", locale));
                ws.value(row, 2, text("roster.column." + column.name() + ".help", locale));
                ws.value(row, 3, text("roster.column." + column.name() + ".example", locale));
                ws.style(row, 2).wrapText(true).set();
                row++;
            }
        }
        row++;
        for (String rule : RULES) {
            ws.value(row++, 0, messages.getMessage(rule, new Object[] {settings.maxRows(), settings.maxFileMegabytes()},
                    rule, locale));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
