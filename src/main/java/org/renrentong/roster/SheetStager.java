package org.renrentong.roster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Takes a file's rows as they stream in: recognises each sheet by its header row, checks every row on its own,
 * and COPYs the clean ones into the staging table of the sheet's kind. Counts rows against the limit.
 */
final class SheetStager implements RowSink {

    private final Connection connection;
    private final Staging staging;
    private final StudentRows students;
    private final TeacherRows teachers;
    private final ImportProgress progress;
    private final long maxRows;
    private final Map<RosterSheet, String> seen = new EnumMap<>(RosterSheet.class);
    private String sheetName;
    private SheetLayout layout;
    private boolean skipping;
    private StagingCopy copy;
    private long processed;
    private long dataRows;

    SheetStager(Connection connection, Staging staging, StudentRows students, TeacherRows teachers,
                ImportProgress progress, long maxRows) {
        this.connection = connection;
        this.staging = staging;
        this.students = students;
        this.teachers = teachers;
        this.progress = progress;
        this.maxRows = maxRows;
    }

    @Override
    public void startSheet(String name) {
        sheetName = name;
        layout = null;
        skipping = false;
    }

    @Override
    public void row(long line, String[] cells) {
        if (++processed > maxRows) {
            throw new RejectedImport("roster.file.tooManyRows", maxRows);
        }
        progress.read(processed);
        if (skipping || SheetLayout.blank(cells)) {
            return;
        }
        try {
            if (layout == null) {
                begin(cells);
            } else if (layout.kind() == RosterSheet.STUDENTS) {
                dataRows++;
                students.accept(layout, line, cells, copy);
            } else {
                dataRows++;
                teachers.accept(layout, line, cells, copy);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }

    @Override
    public void endSheet() {
        if (copy != null) {
            try {
                copy.finish();
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging table failed", e);
            }
            copy = null;
        }
    }

    /** Leaves the connection usable for the rollback when reading stopped half-way. */
    void abort() {
        if (copy != null) {
            copy.cancel();
            copy = null;
        }
    }

    String sheetOf(RosterSheet kind) {
        return seen.get(kind);
    }

    boolean sawRosterSheet() {
        return !seen.isEmpty();
    }

    long processed() {
        return processed;
    }

    long dataRows() {
        return dataRows;
    }

    /** The first non-blank row of a sheet is its header; a sheet without roster headers is skipped. */
    private void begin(String[] headerCells) throws SQLException {
        layout = SheetLayout.of(sheetName, headerCells).orElse(null);
        if (layout == null) {
            skipping = true;
            return;
        }
        if (seen.containsKey(layout.kind())) {
            throw new RejectedImport("roster.file.twoSheets", layout.kind().defaultName());
        }
        seen.put(layout.kind(), sheetName);
        copy = layout.kind() == RosterSheet.STUDENTS
                ? StagingCopy.open(connection, staging.students, StudentRows.COLUMNS)
                : StagingCopy.open(connection, staging.teachers, TeacherRows.COLUMNS);
    }
}
