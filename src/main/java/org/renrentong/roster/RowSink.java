package org.renrentong.roster;

/** Receives a file's rows as text cells, sheet by sheet; a .csv file is one sheet without a name. */
interface RowSink {

    void startSheet(String name);

    /** @param line the row number as a spreadsheet shows it, counting from 1 */
    void row(long line, String[] cells);

    void endSheet();
}
