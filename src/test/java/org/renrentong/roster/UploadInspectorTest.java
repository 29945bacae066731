package org.renrentong.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judging uploads from their bytes: zip bombs, old .xls files, encodings, row counts. */
class UploadInspectorTest {

    private static final ImportSettings SETTINGS = new ImportSettings(512, 2_000_000, 10_000, 4096, 2000, "", 1, 16);

    @TempDir
    Path dir;

    @Test
    void aZipThatInflatesSuspiciouslyWellIsRefusedBeforeAnyoneParsesIt() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> UploadInspector.inspect(bomb, SETTINGS)).isInstanceOfSatisfying(RejectedImport.class,
                e -> assertThat(e.messageKey()).isEqualTo("roster.file.bomb"));
    }

    @Test
    void anXlsxIsCountedByItsRows() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        Files.write(file, RosterFiles.xlsx(java.util.Map.of("学生", List.of(RosterFiles.STUDENT_HEADER,
                new String[] {"一年级", "1班", "1", "甲", "男"}, new String[] {"一年级", "1班", "2", "乙", "女"}))));

        UploadInspector.Inspection inspection = UploadInspector.inspect(file, SETTINGS);

        assertThat(inspection.type()).isEqualTo(UploadInspector.Type.XLSX);
        assertThat(inspection.rows()).isEqualTo(3);
    }

    @Test
    void anOldXlsFileIsNamedAsSuch() throws IOException {
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0});

        assertThatThrownBy(() -> UploadInspector.inspect(xls, SETTINGS)).isInstanceOfSatisfying(RejectedImport.class,
                e -> assertThat(e.messageKey()).isEqualTo("roster.file.xls"));
    }

    @Test
    void aCsvSavedByChineseExcelIsReadAsGb18030() throws IOException {
        Path csv = dir.resolve("gbk.csv");
        Files.write(csv, "年级,班级,学号,姓名,性别\r\n一年级,1班,1,张三,男\r\n".getBytes(Charset.forName("GBK")));

        UploadInspector.Inspection inspection = UploadInspector.inspect(csv, SETTINGS);
        List<String[]> rows = new ArrayList<>();
        CsvRows.read(csv, inspection.charset(), new RowSink() {
            @Override
            public void startSheet(String name) {
            }

            @Override
            public void row(long line, String[] cells) {
                rows.add(cells);
            }

            @Override
            public void endSheet() {
            }
        });

        assertThat(inspection.charset().name()).isEqualTo("GB18030");
        assertThat(inspection.rows()).isEqualTo(2);
        assertThat(rows.get(1)[3]).isEqualTo("张三");
    }

    @Test
    void aUtf8CsvWithoutAFinalNewlineCountsItsLastLine() throws IOException {
        Path csv = dir.resolve("utf8.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("\uFEFF学号,姓名\n1,张三\n2,李四".getBytes(StandardCharsets.UTF_8));
        }

        UploadInspector.Inspection inspection = UploadInspector.inspect(csv, SETTINGS);

        assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspection.rows()).isEqualTo(3);
    }

    @Test
    void binaryContentIsNotACsv() throws IOException {
        Path file = dir.resolve("image.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThatThrownBy(() -> UploadInspector.inspect(file, SETTINGS)).isInstanceOfSatisfying(RejectedImport.class,
                e -> assertThat(e.messageKey()).isEqualTo("roster.file.type"));
    }
}
