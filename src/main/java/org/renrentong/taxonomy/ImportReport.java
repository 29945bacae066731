package org.renrentong.taxonomy;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** An import's outcome as shown to people: every problem in the reader's language, with its line and code path. */
record ImportReport(boolean applied, int added, int updated, int unchanged, List<Line> problems) {

    record Line(int line, String codePath, String message) {
    }

    static ImportReport of(ImportResult result, MessageSource messages) {
        List<Line> lines = result.problems().stream().map(p -> new Line(p.line(), p.codePath(),
                messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()))).toList();
        return new ImportReport(result.applied(), result.added(), result.updated(), result.unchanged(), lines);
    }
}
