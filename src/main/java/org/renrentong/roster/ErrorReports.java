package org.renrentong.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A rejected job's errors as a file to download: sheet, line, column and reason in the reader's language. */
@Component
class ErrorReports {

    private final MessageSource messages;

    ErrorReports(MessageSource messages) {
        this.messages = messages;
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. */
    byte[] csv(List<ImportError> errors, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(headers(locale));
            for (ImportError e : errors) {
                printer.printRecord(e.sheet() == null ? "" : e.sheet(), e.line(), e.field(), reason(e, locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(List<ImportError> errors, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Renrentong", "1.0");
            Worksheet ws = workbook.newWorksheet(text("roster.report.sheetName", locale));
            List<String> headers = headers(locale);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
            }
            ws.range(0, 0, 0, headers.size() - 1).style().bold().set();
            ws.width(3, 80);
            int row = 1;
            for (ImportError e : errors) {
                ws.value(row, 0, e.sheet() == null ? "" : e.sheet());
                ws.value(row, 1, e.line());
                ws.value(row, 2, e.field());
                ws.value(row, 3, reason(e, locale));
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String reason(ImportError error, Locale locale) {
        return messages.getMessage(error.messageKey(), error.args().toArray(), error.messageKey(), locale);
    }

    private List<String> headers(Locale locale) {
        return List.of(text("roster.report.sheet", locale), text("roster.report.line", locale),
                text("roster.report.column", locale), text("roster.report.reason", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
