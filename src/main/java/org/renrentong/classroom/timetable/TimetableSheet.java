package org.renrentong.classroom.timetable;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.renrentong.shared.DomainException;

/**
 * The timetable import format: the first sheet of an .xlsx file, a header row with the columns below, then one
 * lesson a row. Read as a stream, at most {@link #MAX_ROWS} rows.
 */
final class TimetableSheet {

    /** The header cells, in the order the template has them; a file's header must name them in this order. */
    static final List<String> COLUMNS = List.of("班级", "星期", "节次", "学科", "教师");
    static final int MAX_ROWS = 5000;

    /** A row as typed: its number in the sheet (from 1) and its cells (null for empty ones). */
    record Line(int row, String[] cells) {
        String cell(int column) {
            return column < cells.length && cells[column] != null && !cells[column].isBlank()
                    ? cells[column].trim() : null;
        }
    }

    private TimetableSheet() {
    }

    /** The rows of the first sheet, the header included; refused when it is no readable .xlsx or too long. */
    static List<Line> read(InputStream in) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(false, false))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.takeWhile(r -> lines.size() <= MAX_ROWS + 1)
                        .forEach(r -> lines.add(new Line(r.getRowNum(), cells(r))));
            }
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalid("classroom.timetable.import.unreadable");
        }
        if (lines.size() > MAX_ROWS + 1) {
            throw DomainException.invalid("classroom.timetable.import.tooManyRows", MAX_ROWS);
        }
        return lines;
    }

    private static String[] cells(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = text(row.getCell(i));
        }
        return cells;
    }

    /** A number typed into a cell (a period) comes back as typed, without ".0". */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
