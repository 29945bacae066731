package org.renrentong.roster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a staging table with {@code COPY ... FROM STDIN} in PostgreSQL's text format, buffering
 * about 64 KiB at a time, on the import transaction's own connection.
 */
final class StagingCopy {

    private static final int FLUSH_AT = 1 << 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final CopyIn copy;
    private final StringBuilder rows = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstField = true;
    private long count;

    private StagingCopy(CopyIn copy) {
        this.copy = copy;
    }

    static StagingCopy open(Connection connection, String table, String columns) throws SQLException {
        return new StagingCopy(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    StagingCopy text(String value) {
        separator();
        if (value == null) {
            rows.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    StagingCopy number(long value) {
        separator();
        rows.append(value);
        return this;
    }

    /** bytea in hex form; the backslash is doubled because COPY's text format unescapes it once. */
    StagingCopy bytes(byte[] value) {
        separator();
        if (value == null) {
            rows.append("\\N");
            return this;
        }
        rows.append("\\\\x");
        for (byte b : value) {
            rows.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return this;
    }

    /** A text[] literal: {"a","b"}. */
    StagingCopy texts(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text(literal.append('}').toString());
    }

    void endRow() throws SQLException {
        rows.append('\n');
        firstField = true;
        count++;
        if (rows.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is buffered and ends the COPY; returns the rows written. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return count;
    }

    /** Abandons the COPY after a failure, so that the connection can be rolled back cleanly. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is being rolled back anyway
        }
    }

    private void flush() throws SQLException {
        if (rows.length() > 0) {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.setLength(0);
        }
    }

    private void separator() {
        if (!firstField) {
            rows.append('\t');
        }
        firstField = false;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
