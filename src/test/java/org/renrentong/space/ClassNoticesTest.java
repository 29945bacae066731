package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Class notices: read receipts per student and guardian, reminders to those who have not read, answers to a 回执 or a
 * choice, private replies, the export, and who may do each; refusals write nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassNoticesTest {

    @Autowired SpaceFixtures f;
    @Autowired Posts posts;
    @Autowired ClassNotices notices;
    @Autowired ClassNoticeExport export;
    @Autowired Deliveries deliveries;
    @Autowired JdbcClient jdbc;

    private SpaceFixtures.ClassWorld w;
    private Actor teacher;
    private Actor student;
    private Actor guardian;
    private Actor student2;
    private Actor guardian2;
    private Actor otherStudent;
    private Actor otherGuardian;
    private Person guardian2Person;

    @BeforeAll
    void world() {
        w = f.classWorld("130102");
        teacher = f.actor(w.teacher());
        student = f.actor(w.student());
        guardian = f.actor(w.guardian());
        otherStudent = f.actor(w.otherStudent());
        Person second = f.fixtures.aPerson().student().in(w.schoolClass()).build();
        guardian2Person = f.fixtures.aPerson().guardianOf(second).build();
        student2 = f.actor(second);
        guardian2 = f.actor(guardian2Person);
        otherGuardian = f.actor(f.fixtures.aPerson().guardianOf(w.otherStudent()).build());
    }

    @Test
    void openingMarksItReadForItsAddresseesAndTheTeacherSeesWhoHasNot() {
        long id = notice(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), null);
        Receipts before = notices.receipts(teacher, id);
        assertThat(before.counts().addressees()).isEqualTo(4);
        assertThat(before.counts().read()).isZero();
        assertThat(before.unread()).extracting(Receipts.Addressee::personId)
                .containsExactlyInAnyOrder(student.personId(), guardian.personId(), student2.personId(),
                        guardian2.personId());

        NoticeView asGuardian = notices.open(guardian, id);
        assertThat(asGuardian.addressed()).isTrue();
        assertThat(asGuardian.answerable()).isTrue();
        assertThat(notices.open(teacher, id).manages()).isTrue();
        notices.open(f.actor(w.schoolAdmin()), id);

        Receipts after = notices.receipts(teacher, id);
        assertThat(after.counts()).satisfies(c -> {
            assertThat(c.read()).isEqualTo(1);
            assertThat(c.guardiansRead()).isEqualTo(1);
            assertThat(c.studentsRead()).isZero();
        });
        Receipts.Row row = after.rows().stream().filter(r -> r.student().personId() == student.personId())
                .findFirst().orElseThrow();
        assertThat(row.student().read()).isFalse();
        assertThat(row.guardians()).singleElement().satisfies(g -> {
            assertThat(g.personId()).isEqualTo(guardian.personId());
            assertThat(g.read()).isTrue();
        });
        assertThat(after.unread()).extracting(Receipts.Addressee::personId).doesNotContain(guardian.personId());
    }

    @Test
    void aNoticeToGuardiansIsReadButNotAnsweredByStudents() {
        long id = notice(NoticeAudience.GUARDIANS, NoticeAsk.CONFIRM, List.of(), null);
        assertThat(notices.open(student, id).addressed()).isFalse();
        refused(() -> notices.answer(student, id, 0), 403, "notice.notAddressed");
        refused(() -> notices.reply(student, id, null, "老师好"), 403, "notice.notAddressed");
        Receipts receipts = notices.receipts(teacher, id);
        assertThat(receipts.counts().addressees()).isEqualTo(2);
        assertThat(receipts.counts().read()).isZero();
        assertThat(receipts.rows()).allSatisfy(r -> assertThat(r.student().addressed()).isFalse());
    }

    @Test
    void aChoiceIsTalliedChangeableUntilTheDeadlineAndOnlyAmongItsOptions() {
        long id = notice(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of("参加", " 不参加 ", ""),
                Instant.now().plus(Duration.ofDays(1)));
        notices.answer(guardian, id, 0);
        NoticeView changed = notices.answer(guardian, id, 1);
        assertThat(changed.myChoice()).isEqualTo(1);
        notices.answer(guardian2, id, 1);
        refused(() -> notices.answer(guardian2, id, 2), 400, "notice.answer.option");
        refused(() -> notices.answer(guardian2, id, null), 400, "notice.answer.option");

        Receipts receipts = notices.receipts(teacher, id);
        assertThat(receipts.details().options()).containsExactly("参加", "不参加");
        assertThat(receipts.tally()).containsExactly(0L, 2L);
        assertThat(receipts.counts().answered()).isEqualTo(2);

        jdbc.sql("UPDATE class_notice SET deadline = now() - interval '1 minute' WHERE post_id = ?").param(id).update();
        refused(() -> notices.answer(guardian, id, 0), 409, "notice.answer.closed");
        assertThat(notices.open(guardian, id)).satisfies(v -> {
            assertThat(v.myChoice()).isEqualTo(1);
            assertThat(v.answerable()).isFalse();
        });
    }

    @Test
    void aReceiptIsConfirmedWithoutChoosing() {
        long id = notice(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), null);
        notices.answer(student2, id, null);
        Receipts receipts = notices.receipts(teacher, id);
        assertThat(receipts.tally()).containsExactly(1L);
        assertThat(receipts.counts().read()).as("answering reads it").isEqualTo(1);
    }

    @Test
    void badNoticesAndAnswersAreRefusedPlainlyAndWriteNothing() {
        long before = postsIn(w.classSpace());
        refused(() -> notice(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of(), null), 400,
                "notice.options.required");
        refused(() -> notice(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of("参加", " "), null), 400,
                "notice.options.required");
        refused(() -> notice(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of("参加", "参加"), null), 400,
                "notice.option.repeated");
        refused(() -> notice(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), Instant.now().minusSeconds(60)), 400,
                "notice.deadline.past");
        assertThat(postsIn(w.classSpace())).isEqualTo(before);
        refused(() -> posts.create(f.actor(w.schoolAdmin()), w.schoolSpace(), PostKind.NOTICE, "全校通知", List.of(),
                new NoticeDetails(null, NoticeAsk.CONFIRM, List.of(), null)), 400, "notice.details.classOnly");

        long plain = notice(NoticeAudience.BOTH, NoticeAsk.NONE, List.of(), null);
        refused(() -> notices.answer(guardian, plain, 0), 400, "notice.answer.notAsked");
        refused(() -> notices.reply(guardian, plain, null, "  "), 400, "notice.reply.required");
        refused(() -> notices.reply(guardian, plain, null, "长".repeat(1001)), 400, "notice.reply.tooLong");
        assertThat(jdbc.sql("SELECT count(*) FROM notice_reply WHERE post_id = ?").param(plain).query(Long.class)
                .single()).isZero();
    }

    @Test
    void remindersReachThoseWhoHaveNotReadOncePerInterval() {
        long id = notice(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), null);
        notices.open(guardian, id);
        refused(() -> notices.remind(student, id), 403, "error.forbidden");
        assertThat(notices.remind(teacher, id)).isEqualTo(3);
        refused(() -> notices.remind(f.actor(w.schoolAdmin()), id), 409, "notice.remind.tooSoon");

        deliveries.awaitAll();
        assertThat(notified(id, "CLASS_NOTICE_REMINDER")).containsExactlyInAnyOrder(student.personId(),
                student2.personId(), guardian2.personId());
        assertThat(notices.receipts(teacher, id).remindedAt()).isNotNull();

        jdbc.sql("UPDATE class_notice SET reminded_at = now() - interval '1 day' WHERE post_id = ?").param(id)
                .update();
        for (Actor a : List.of(student, student2, guardian2)) {
            notices.open(a, id);
        }
        refused(() -> notices.remind(teacher, id), 400, "notice.remind.allRead");
    }

    @Test
    void aNewNoticeIsToldToItsAudienceOnly() {
        long id = notice(NoticeAudience.GUARDIANS, NoticeAsk.NONE, List.of(), null);
        deliveries.awaitAll();
        assertThat(notified(id, "CLASS_NOTICE")).containsExactlyInAnyOrder(guardian.personId(),
                guardian2.personId());
    }

    @Test
    void privateRepliesAreReadOnlyByTheirGuardianAndThoseWhoManageTheClass() {
        long id = notice(NoticeAudience.GUARDIANS, NoticeAsk.NONE, List.of(), null);
        notices.reply(guardian, id, null, "孩子周五请假，可以吗？");
        assertThat(notices.open(guardian2, id).threads()).singleElement().satisfies(t -> {
            assertThat(t.personId()).isEqualTo(guardian2.personId());
            assertThat(t.replies()).isEmpty();
        });
        assertThat(notices.open(teacher, id).threads()).singleElement().satisfies(t -> {
            assertThat(t.personId()).isEqualTo(guardian.personId());
            assertThat(t.personName()).isEqualTo(w.guardian().name());
        });

        NoticeThread.Reply answer = notices.reply(teacher, id, guardian.personId(), "可以，注意休息。");
        assertThat(answer.personId()).isEqualTo(guardian.personId());
        assertThat(notices.open(guardian, id).threads()).singleElement()
                .satisfies(t -> assertThat(t.replies()).extracting(NoticeThread.Reply::body)
                        .containsExactly("孩子周五请假，可以吗？", "可以，注意休息。"));
        refused(() -> notices.reply(teacher, id, null, "大家好"), 400, "notice.reply.to.required");
        refused(() -> notices.reply(teacher, id, student.personId(), "你好"), 400, "notice.reply.to.notAddressed");
        refused(() -> notices.reply(otherGuardian, id, null, "你好"), 403, "error.forbidden");

        deliveries.awaitAll();
        assertThat(notified(id, "CLASS_NOTICE_REPLY")).containsExactlyInAnyOrder(teacher.personId(),
                guardian.personId());
    }

    @Test
    void onlyTheClassesPeopleOpenItAndOnlyThoseWhoManageItReadTheReceipts() {
        long id = notice(NoticeAudience.BOTH, NoticeAsk.CONFIRM, List.of(), null);
        refused(() -> notices.open(otherStudent, id), 403, "error.forbidden");
        refused(() -> notices.open(otherGuardian, id), 403, "error.forbidden");
        refused(() -> notices.answer(otherGuardian, id, 0), 403, "error.forbidden");
        refused(() -> notices.receipts(guardian, id), 403, "error.forbidden");
        refused(() -> notices.receipts(student, id), 403, "error.forbidden");
        assertThat(notices.receipts(f.actor(w.schoolAdmin()), id).counts().addressees()).isEqualTo(4);
        long post = posts.create(student, w.classSpace(), PostKind.POST, "动态", List.of()).id();
        refused(() -> notices.open(student, post), 404, "notice.unknown");
    }

    @Test
    void theAnswersAreExportedAndTheExportAudited() throws Exception {
        long id = notice(NoticeAudience.GUARDIANS, NoticeAsk.CHOICE, List.of("参加", "不参加"), null);
        notices.answer(guardian2, id, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(teacher, id, out, Locale.SIMPLIFIED_CHINESE);
        List<Row> rows;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            rows = book.getFirstSheet().read();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(4)).isEqualTo("回复");
        assertThat(rows.stream().skip(1).filter(r -> r.getCellText(1).equals(guardian2Person.name())))
                .singleElement().satisfies(r -> {
                    assertThat(r.getCellText(3)).isEqualTo("已读");
                    assertThat(r.getCellText(4)).isEqualTo("不参加");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'NOTICE_EXPORTED' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> export.write(guardian, id, new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(DomainException.class);
    }

    private long notice(NoticeAudience audience, NoticeAsk ask, List<String> options, Instant deadline) {
        return posts.create(teacher, w.classSpace(), PostKind.NOTICE, "周五下午开家长会", List.of(),
                new NoticeDetails(audience, ask, options, deadline)).id();
    }

    private long postsIn(long spaceId) {
        return jdbc.sql("SELECT count(*) FROM post WHERE space_id = ?").param(spaceId).query(Long.class).single();
    }

    private List<Long> notified(long noticeId, String kind) {
        return jdbc.sql("SELECT person_id FROM notification WHERE kind = ? AND target_type = 'NOTICE' AND target_id = ?")
                .params(kind, String.valueOf(noticeId)).query(Long.class).list();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
