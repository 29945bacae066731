package org.renrentong.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.renrentong.shared.DomainException;

/**
 * The .xlsx form of the tree: one node per row, parents before children. Headers, level names and status words are
 * part of the file format and stay Chinese whatever the page's language; levels may also be given by their code
 * names (STAGE, SUBJECT …).
 */
final class TreeSheet {

    static final String[] HEADERS = {"层级", "上级编码路径", "编码", "名称", "出版社", "状态"};
    /** The level names in the order of {@link NodeLevel}. */
    static final String[] LEVEL_NAMES = {"学段", "学科", "版本", "年级", "册", "章", "节", "课时"};
    static final String IN_USE = "在用";
    static final String RETIRED = "停用";

    private TreeSheet() {
    }

    static void write(List<TreeRow> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet ws = workbook.newWorksheet("教材目录");
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, HEADERS[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (TreeRow row : rows) {
            ws.value(r, 0, LEVEL_NAMES[row.level().ordinal()]);
            ws.value(r, 1, row.parentPath());
            ws.value(r, 2, row.code());
            ws.value(r, 3, row.name());
            ws.value(r, 4, row.publisher());
            ws.value(r, 5, row.retired() ? RETIRED : IN_USE);
            r++;
        }
        ws.width(1, 24);
        ws.width(3, 32);
        ws.width(4, 24);
        workbook.finish();
    }

    /** The problems a check found, one per row; a file without problems gets one row saying so. */
    static void writeReport(List<ImportReport.Line> problems, String[] headers, String clean, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet ws = workbook.newWorksheet("report");
        for (int c = 0; c < headers.length; c++) {
            ws.value(0, c, headers[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (ImportReport.Line line : problems) {
            ws.value(r, 0, line.line());
            ws.value(r, 1, line.codePath());
            ws.value(r, 2, line.message());
            r++;
        }
        if (problems.isEmpty()) {
            ws.value(1, 2, clean);
        }
        ws.width(1, 28);
        ws.width(2, 80);
        workbook.finish();
    }

    /** Reads the first sheet; a row's line is its row number as the spreadsheet shows it. */
    static List<TreeRow> read(InputStream in) {
        List<TreeRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            int[] columns = null;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                String[] cells = cells(row);
                if (columns == null) {
                    columns = columns(cells);
                } else if (Arrays.stream(cells).anyMatch(c -> c != null && !c.isBlank())) {
                    rows.add(row(row.getRowNum(), cells, columns));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw DomainException.invalid("taxonomy.import.unreadable");
        }
        return rows;
    }

    private static int[] columns(String[] header) {
        int[] columns = new int[HEADERS.length];
        List<String> found = Arrays.stream(header).map(h -> h == null ? "" : h.strip()).toList();
        for (int c = 0; c < HEADERS.length; c++) {
            columns[c] = found.indexOf(HEADERS[c]);
            if (columns[c] < 0 && c != 4 && c != 5) {
                throw DomainException.invalid("taxonomy.import.header", HEADERS[c]);
            }
        }
        return columns;
    }

    private static TreeRow row(int line, String[] cells, int[] columns) {
        String levelText = cell(cells, columns[0]);
        String status = cell(cells, columns[5]);
        Boolean retired = status.isEmpty() || status.equals(IN_USE) ? Boolean.FALSE
                : status.equals(RETIRED) ? Boolean.TRUE : null;
        return new TreeRow(line, level(levelText), levelText, cell(cells, columns[1]), cell(cells, columns[2]),
                cell(cells, columns[3]), cell(cells, columns[4]), retired);
    }

    private static NodeLevel level(String text) {
        int index = Arrays.asList(LEVEL_NAMES).indexOf(text);
        if (index >= 0) {
            return NodeLevel.values()[index];
        }
        return Arrays.stream(NodeLevel.values()).filter(l -> l.name().equalsIgnoreCase(text)).findFirst().orElse(null);
    }

    private static String cell(String[] cells, int column) {
        return column < 0 || column >= cells.length || cells[column] == null ? "" : cells[column].strip();
    }

    /** Cells as the sheet stores them: a code typed as a number (a grade's 21) comes back as typed. */
    private static String[] cells(Row row) {
        String[] cells = new String[row.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
            Cell cell = row.getCell(i);
            cells[i] = cell == null ? null : cell.getText();
        }
        return cells;
    }
}
