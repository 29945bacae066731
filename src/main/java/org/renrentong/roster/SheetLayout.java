package org.renrentong.roster;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One sheet's kind and where each of its columns sits, read from its header row. */
final class SheetLayout {

    private final RosterSheet kind;
    private final String sheetName;
    private final Map<RosterColumn, Integer> index;

    private SheetLayout(RosterSheet kind, String sheetName, Map<RosterColumn, Integer> index) {
        this.kind = kind;
        this.sheetName = sheetName;
        this.index = index;
    }

    /** The layout of a roster sheet, or empty for a sheet that is not one (such as the template's 说明). */
    static Optional<SheetLayout> of(String sheetName, String[] headerCells) {
        List<String> headers = Arrays.stream(headerCells).map(RosterColumn::normalizeHeader).toList();
        Optional<RosterSheet> kind = RosterSheet.recognise(headers);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : kind.get().columns()) {
            int at = headers.indexOf(column.header());
            if (at >= 0) {
                index.put(column, at);
            }
        }
        String missing = kind.get().columns().stream().filter(c -> c.required() && !index.containsKey(c))
                .map(RosterColumn::header).collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw new RejectedImport("roster.file.missingColumns",
                    sheetName == null ? kind.get().defaultName() : sheetName, missing);
        }
        return Optional.of(new SheetLayout(kind.get(), sheetName, index));
    }

    RosterSheet kind() {
        return kind;
    }

    /** The sheet's name in the file; null for a .csv file. */
    String sheetName() {
        return sheetName;
    }

    boolean has(RosterColumn column) {
        return index.containsKey(column);
    }

    /** The cell's text without surrounding (also full-width and non-breaking) spaces; null when blank or absent. */
    String cell(String[] cells, RosterColumn column) {
        Integer at = index.get(column);
        if (at == null || at >= cells.length || cells[at] == null) {
            return null;
        }
        String s = cells[at];
        if (s.indexOf('\u00A0') >= 0 || s.indexOf('\u200B') >= 0 || s.indexOf('\uFEFF') >= 0) {
            s = s.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "");
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    static boolean blank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
