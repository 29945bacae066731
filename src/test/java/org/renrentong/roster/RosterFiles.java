package org.renrentong.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.testing.Fixtures;

/** Roster files for tests: valid identity numbers unique within the test run, CSV and XLSX bytes. */
final class RosterFiles {

    static final String[] STUDENT_HEADER = {"年级", "班级", "学号", "姓名", "性别", "身份证号", "家长姓名", "家长手机号",
        "家长关系"};
    static final String[] TEACHER_HEADER = {"工号", "姓名", "性别", "手机号", "身份证号", "任教班级", "班主任班级"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private RosterFiles() {
    }

    /** A valid ID-card number of 长安区, different for every call in this run. */
    static String idCard() {
        long n = Fixtures.unique();
        LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(n / 1000 % 5000);
        String body = "130102" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

    /** A mobile number, different for every call in this run. */
    static String phone(String prefix) {
        return prefix + String.format("%08d", Fixtures.unique() % 100_000_000);
    }

    static String number() {
        return "N" + Fixtures.unique();
    }

    static byte[] csv(String[] header, List<String[]> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(",", header)).append("\r\n");
        for (String[] row : rows) {
            sb.append(java.util.Arrays.stream(row).map(v -> v == null ? "" : v).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx with the given sheets, each a header and rows; identity numbers are written as text. */
    static byte[] xlsx(Map<String, List<String[]>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<String[]>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                for (int r = 0; r < sheet.getValue().size(); r++) {
                    String[] row = sheet.getValue().get(r);
                    for (int c = 0; c < row.length; c++) {
                        if (row[c] != null) {
                            ws.value(r, c, row[c]);
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, List<String[]>> sheets() {
        return new LinkedHashMap<>();
    }
}
