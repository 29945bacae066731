package org.renrentong.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams a .csv file record by record; blank lines are kept as records so that numbers match Excel's rows. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    private CsvRows() {
    }

    static void read(Path file, Charset charset, RowSink sink) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset),
                1 << 16); CSVParser parser = FORMAT.parse(reader)) {
            sink.startSheet(null);
            for (CSVRecord record : parser) {
                sink.row(record.getRecordNumber(), record.values());
            }
            sink.endSheet();
        }
    }
}
