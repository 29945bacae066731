package org.renrentong.roster;

import java.util.regex.Pattern;
import org.renrentong.identity.IdCardNumber;
import org.renrentong.identity.PhoneNumber;

/** The checks of one row's cells on their own; each failure is reported at its column and the row marked bad. */
final class RowCheck {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern EXPONENT = Pattern.compile("\\d(\\.\\d+)?[Ee][+]?\\d+");

    private final SheetLayout layout;
    private final String[] cells;
    private final long line;
    private final ErrorCollector errors;
    private boolean ok = true;

    RowCheck(SheetLayout layout, String[] cells, long line, ErrorCollector errors) {
        this.layout = layout;
        this.cells = cells;
        this.line = line;
        this.errors = errors;
    }

    boolean ok() {
        return ok;
    }

    /** The cell's text, checked for presence (if required) and length. */
    String text(RosterColumn column, boolean required) {
        String value = layout.cell(cells, column);
        if (value == null) {
            if (required) {
                fail(column, "roster.row.required");
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            fail(column, "roster.row.tooLong", column.maxLength());
            return null;
        }
        return value;
    }

    /** 学号 or 工号: part of the account name, so letters, digits, '-' and '_' only. */
    String number(RosterColumn column) {
        String value = layout.cell(cells, column);
        if (value == null) {
            fail(column, "roster.row.required");
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            fail(column, "roster.row.number", value);
            return null;
        }
        return value;
    }

    /** 男 or 女, as MALE or FEMALE. */
    String gender(RosterColumn column) {
        String value = text(column, true);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "男" -> "MALE";
            case "女" -> "FEMALE";
            default -> {
                fail(column, "roster.row.gender", value);
                yield null;
            }
        };
    }

    String phone(RosterColumn column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        return PhoneNumber.parse(value).orElseGet(() -> {
            fail(column, "roster.row.phone", value);
            return null;
        });
    }

    /**
     * An optional ID-card number, normalised; a number Excel turned into 1.1E+17 gets its own explanation. An invalid
     * number is echoed masked: even mistyped, it is mostly someone's real number.
     */
    String idCard(RosterColumn column) {
        String value = layout.cell(cells, column);
        if (value == null) {
            return null;
        }
        return IdCardNumber.parse(value).orElseGet(() -> {
            if (EXPONENT.matcher(value).matches()) {
                fail(column, "roster.row.idCardNumeric");
            } else {
                fail(column, "roster.row.idCard",
                        IdCardNumber.maskEntered(value.length() > 24 ? value.substring(0, 24) : value));
            }
            return null;
        });
    }

    void fail(RosterColumn column, String messageKey, Object... args) {
        ok = false;
        errors.add(layout.sheetName(), line, column.header(), messageKey, args);
    }
}
