package org.renrentong.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Counts every error of a file and keeps the first few thousand for the report. */
final class ErrorCollector {

    private final int keep;
    private final List<ImportError> kept = new ArrayList<>();
    private long count;

    ErrorCollector(int keep) {
        this.keep = keep;
    }

    void add(String sheet, long line, String field, String messageKey, Object... args) {
        count++;
        if (kept.size() < keep) {
            kept.add(new ImportError(sheet, line, field, messageKey,
                    Arrays.stream(args).map(a -> String.valueOf(a).replace('\t', ' ')).toList()));
        }
    }

    /** Whether more errors would still be kept; when not, checks only need to count. */
    boolean full() {
        return kept.size() >= keep;
    }

    long count() {
        return count;
    }

    List<ImportError> kept() {
        return kept;
    }
}
