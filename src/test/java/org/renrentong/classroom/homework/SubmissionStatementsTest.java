package org.renrentong.classroom.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/**
 * What handing in costs the database, the statements of a county's busiest minutes: the work's rows, and per file
 * only its blob, its row and its audit event — the quota is checked once for all the files, and nothing is read
 * back that was just written.
 */
@IntegrationTest
class SubmissionStatementsTest {

    @Autowired Fixtures fixtures;
    @Autowired HomeworkFixtures homework;
    @Autowired Submissions submissions;

    @Test
    void eachMorePhotoCostsThreeStatements() throws Exception {
        SchoolClass c = fixtures.aClass().build();
        Homework h = homework.aHomework(fixtures.actor(fixtures.aPerson().teacher().teaching(c).build())).to(c)
                .build();

        handIn(h, c, 1); // reads the school's total of stored bytes, which the next ones take from memory
        long one = handIn(h, c, 1);
        long three = handIn(h, c, 3);

        assertThat(three - one).isEqualTo(2 * 3);
        assertThat(one).as("statements for one photo").isLessThanOrEqualTo(17);
    }

    private long handIn(Homework h, SchoolClass c, int photos) throws Exception {
        Actor student = fixtures.actor(fixtures.aPerson().student().in(c).build());
        // photos of their own, as from different phones (identical bytes would share a blob)
        List<HomeworkFile> files = IntStream.range(0, photos).mapToObj(i -> {
            byte[] png = SampleFiles.png(40 + i, 30 + (int) (Fixtures.unique() % 100));
            return new HomeworkFile("作业" + i + ".png", png.length, new ByteArrayResource(png));
        }).toList();
        return StatementCounter.onThisThread(() -> submissions.submit(student, h.id(), "见照片", files)).statements();
    }
}
