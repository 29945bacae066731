package org.renrentong.roster;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Streams the rows of every sheet of an .xlsx file; the sheet XML is parsed as it is read, never held whole. */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, RowSink sink) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                sink.startSheet(sheet.getName());
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(row -> sink.row(row.getRowNum(), cells(row)));
                }
                sink.endSheet();
            }
        }
    }

    private static String[] cells(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
        }
        return cells;
    }

    /** Numbers typed into a cell (学号, phone) come back as they were typed, without ".0" or an exponent. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
            String raw = cell.getRawValue();
            boolean lostDigits = raw != null && (raw.contains("E") || raw.contains("e"));
            return lostDigits ? raw : number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
