package org.renrentong.space;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Writes who read a class notice and what each answered as .xlsx with the streaming writer, and audits it. */
@Service
public class ClassNoticeExport {

    private static final String[] HEADERS = {"notice.export.student", "notice.export.person",
        "notice.export.relation", "notice.export.read", "notice.export.answer", "notice.export.answeredAt"};
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ClassNotices notices;
    private final SpaceReader reader;
    private final PostRepository posts;
    private final MessageSource messages;
    private final AuditLog audit;

    ClassNoticeExport(ClassNotices notices, SpaceReader reader, PostRepository posts, MessageSource messages,
                      AuditLog audit) {
        this.notices = notices;
        this.reader = reader;
        this.posts = posts;
        this.messages = messages;
        this.audit = audit;
    }

    /** For those who manage the class (the receipts check it): a row per addressee, in class order. */
    public void write(Actor actor, long noticeId, OutputStream out, Locale locale) throws IOException {
        Receipts receipts = notices.receipts(actor, noticeId);
        Space space = reader.space(posts.view(noticeId).orElseThrow().spaceId());
        Workbook workbook = new Workbook(out, "Renrentong", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("notice.export.sheet", locale));
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.value(0, c, text(HEADERS[c], locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (Receipts.Row row : receipts.rows()) {
            if (row.student().addressed()) {
                write(sheet, r++, row.student().name(), row.student(), text("notice.export.self", locale),
                        receipts.details(), locale);
            }
            for (Receipts.Addressee g : row.guardians()) {
                if (g.addressed()) {
                    write(sheet, r++, row.student().name(), g, g.relation(), receipts.details(), locale);
                }
            }
        }
        workbook.finish();
        audit.record(actor.audited("NOTICE_EXPORTED", "post", receipts.noticeId(), space.regionPath(),
                space.schoolId(), r - 1));
    }

    private void write(Worksheet sheet, int r, String student, Receipts.Addressee a, String relation,
                       NoticeDetails details, Locale locale) {
        sheet.value(r, 0, student);
        sheet.value(r, 1, a.name());
        sheet.value(r, 2, relation);
        sheet.value(r, 3, text(a.read() ? "notice.read" : "notice.unread", locale));
        sheet.value(r, 4, a.choice() == null ? "" : details.ask() == NoticeAsk.CONFIRM
                ? text("notice.confirm.option", locale) : details.options().get(a.choice()));
        sheet.value(r, 5, a.answeredAt() == null ? "" : SHOWN.format(a.answeredAt()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
