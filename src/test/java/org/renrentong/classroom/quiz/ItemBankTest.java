package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The item bank: own and shared items, editing, copying, retiring, and QTI import all or nothing. */
@IntegrationTest
class ItemBankTest {

    @Autowired Fixtures fixtures;
    @Autowired QuizFixtures quizFixtures;
    @Autowired ItemBank bank;
    @Autowired QtiTransfer qti;
    @Autowired JdbcClient jdbc;

    @Test
    void aTeacherSeesTheirOwnItemsAndTheSharedOnesOfTheirSchoolOnly() {
        School school = fixtures.aSchool().build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Actor author = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Actor colleague = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Actor elsewhere = fixtures.actor(fixtures.aPerson().teacher().build());
        Item kept = quizFixtures.anItem(author).build();
        Item shared = quizFixtures.anItem(author).shared().build();

        assertThat(bank.bank(colleague, null, null, 50)).extracting(Item::id).contains(shared.id())
                .doesNotContain(kept.id());
        assertThat(bank.bank(elsewhere, null, null, 50)).extracting(Item::id).doesNotContain(shared.id());
        assertThatThrownBy(() -> bank.visible(elsewhere, shared.id())).hasMessage("error.forbidden");
        assertThatThrownBy(() -> bank.retire(colleague, shared.id())).hasMessage("error.forbidden");

        Item copy = bank.copy(colleague, shared.id());
        assertThat(copy.ownerId()).isEqualTo(colleague.personId());
        bank.retire(author, kept.id());
        assertThat(bank.bank(author, null, null, 50)).extracting(Item::id).doesNotContain(kept.id());
    }

    @Test
    void anItemSetInAQuizKeepsItsKey() {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Item item = quizFixtures.anItem(teacher).build();
        quizFixtures.aQuiz(teacher).with(item, 3).forClass(c).build();

        assertThatThrownBy(() -> bank.update(teacher, item.id(), item.draft(), null)).hasMessage("quiz.item.inUse");
    }

    @Test
    void aQtiImportKeepsAllItemsOrNoneWithAReasonPerFile() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        Item item = quizFixtures.anItem(teacher).fillIn("__ 是最小的质数", List.of("2", "二")).build();
        byte[] exported = qti.export(teacher, List.of(item.id()));
        int before = count(teacher);

        QtiReport report = qti.importPackage(teacher, "14", exported, Locale.SIMPLIFIED_CHINESE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(count(teacher)).isEqualTo(before + 1);

        byte[] mixed = QtiRoundTripTest.zip(java.util.Map.of(
                "imsmanifest.xml", QtiRoundTripTest.manifest("good.xml", "bad.xml"),
                "good.xml", new String(QtiWriter.item(item), java.nio.charset.StandardCharsets.UTF_8),
                "bad.xml", "<qti-assessment-item><qti-item-body><p>无答案"));
        QtiReport refused = qti.importPackage(teacher, "14", mixed, Locale.SIMPLIFIED_CHINESE);
        assertThat(refused.imported()).isZero();
        assertThat(refused.problems()).extracting(QtiReport.Problem::file).containsExactly("bad.xml");
        assertThat(refused.problems().get(0).message()).isEqualTo("不是有效的 XML。");
        assertThat(count(teacher)).isEqualTo(before + 1);
    }

    private int count(Actor teacher) {
        return jdbc.sql("SELECT count(*) FROM quiz_item WHERE owner_id = ?").param(teacher.personId())
                .query(Integer.class).single();
    }
}
