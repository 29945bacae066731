package org.renrentong.roster;

import java.util.List;

/**
 * One problem found in a file: the sheet (null for .csv), the line as a spreadsheet numbers it (the header is line 1),
 * the column header as written in the file, and the reason as a message key with its arguments.
 */
public record ImportError(String sheet, long line, String field, String messageKey, List<String> args) {
}
