package org.renrentong.bench.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.PeopleDirectory;
import org.renrentong.identity.SchoolPeople;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school's people list (what {@code GET /api/v1/people?school=N} runs): the first page against a page deep in a
 * school of 400,000 people (bench.people), both through {@link PeopleDirectory} as the API calls it, 50 a page.
 * The school has two thirds students and one third guardians (each of two students), each with their role; a second
 * school of a quarter the size shares the tables. The deep page is found by walking the cursors; each page is then
 * timed RUNS times.
 * For comparison, the query the list used before keyset paging (all ids of the school, counted on every page) is
 * timed at the same depth. Figures go to bench/results/people-paging.txt.
 */
@IntegrationTest
class PeoplePagingBenchmark {

    private static final int PAGE = 50;

    @Autowired
    Fixtures fixtures;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void firstPageAgainstADeepPage() throws IOException {
        int people = Integer.getInteger("bench.people", 400_000);
        int runs = Integer.getInteger("bench.runs", 15);
        School school = fixtures.aSchool().named("基准学校" + Fixtures.unique()).build();
        School neighbour = fixtures.aSchool().named("邻校" + Fixtures.unique()).build();
        long started = System.nanoTime();
        fill(school.id(), people);
        fill(neighbour.id(), people / 4);
        jdbc.sql("ANALYZE").update();
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        Actor admin = fixtures.platformAdmin();

        // walk to ~97.5 % of the list with big pages, keeping the cursor there
        long walkStart = System.nanoTime();
        String cursor = null;
        int position = 0;
        while (position < people * 0.975) {
            SchoolPeople page = directory.ofSchool(admin, school.id(), "", cursor, 1000);
            position += page.people().items().size();
            cursor = page.people().nextKey();
        }
        double walkSeconds = (System.nanoTime() - walkStart) / 1e9;
        String deep = cursor;
        long deepId = directory.ofSchool(admin, school.id(), "", deep, 1).people().items().get(0).person().id() - 1;

        List<Double> first = time(runs, () -> directory.ofSchool(admin, school.id(), "", null, PAGE));
        List<Double> deepPage = time(runs, () -> directory.ofSchool(admin, school.id(), "", deep, PAGE));
        List<Double> before = time(runs, () -> previousQuery(school.id(), deepId));

        String report = String.format("""
                People list keyset paging — %s
                machine: %d cores, %d MB max heap; load %s
                data: school of %,d people (%,d students, %,d guardians), neighbour school of %,d; filled in %.1f s
                page size %d; %d runs each; times in ms: median (min–max)
                first page (counts the total)            %s
                deep page at %,d (cursor, no count)     %s
                ratio deep / first (median)              %.2f
                previous query at the same depth          %s
                walk of %,d people in pages of 1,000: %.1f s
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Files.readString(Path.of("/proc/loadavg")).trim(),
                people, people * 2 / 3, people - people * 2 / 3, people / 4, fillSeconds, PAGE, runs, stats(first),
                position, stats(deepPage), median(deepPage) / median(first), stats(before), position, walkSeconds);
        Path out = Path.of("bench", "results", "people-paging.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Students (two thirds) and guardians (one third, each of two consecutive students), in bulk. */
    private void fill(long schoolId, int people) {
        int students = people * 2 / 3;
        int guardians = people - students;
        String tag = "b" + schoolId + "x";
        jdbc.sql("""
                INSERT INTO person (account, name, gender, school_id, student_no, password_hash)
                SELECT :tag || 's' || n, (ARRAY['王','李','张','刘','陈','杨','赵','黄'])[1 + n % 8] || '同学' || n,
                       CASE WHEN n % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, :school, 'S' || n, 'x'
                FROM generate_series(1, :count) n""")
                .param("tag", tag).param("school", schoolId).param("count", students).update();
        jdbc.sql("""
                INSERT INTO person (account, name, gender, password_hash)
                SELECT :tag || 'g' || n, (ARRAY['王','李','张','刘'])[1 + n % 4] || '家长' || n, 'UNKNOWN', 'x'
                FROM generate_series(1, :count) n""")
                .param("tag", tag).param("count", guardians).update();
        jdbc.sql("""
                INSERT INTO guardianship (guardian_id, student_id, relation)
                SELECT g.id, s.id, '母亲' FROM person g
                JOIN person s ON s.account IN (:tag || 's' || (2 * substr(g.account, length(:tag) + 2)::int - 1),
                                                :tag || 's' || (2 * substr(g.account, length(:tag) + 2)::int))
                WHERE g.account LIKE :tag || 'g%'""")
                .param("tag", tag).update();
        jdbc.sql("""
                INSERT INTO role_grant (person_id, role, school_id)
                SELECT id, CASE WHEN school_id IS NULL THEN 'GUARDIAN' ELSE 'STUDENT' END, school_id FROM person
                WHERE account LIKE :tag || '%'""")
                .param("tag", tag).update();
    }

    private Object previousQuery(long schoolId, long afterId) {
        jdbc.sql("""
                SELECT id, name FROM person WHERE id IN (SELECT id FROM person WHERE school_id = :school
                    UNION SELECT g.guardian_id FROM guardianship g JOIN person s ON s.id = g.student_id
                          WHERE s.school_id = :school)
                  AND id > :after ORDER BY id LIMIT :limit""")
                .param("school", schoolId).param("after", afterId).param("limit", PAGE + 1).query().listOfRows();
        return jdbc.sql("""
                SELECT count(*) FROM person WHERE id IN (SELECT id FROM person WHERE school_id = :school
                    UNION SELECT g.guardian_id FROM guardianship g JOIN person s ON s.id = g.student_id
                          WHERE s.school_id = :school)""").param("school", schoolId).query(Long.class).single();
    }

    private static List<Double> time(int runs, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String stats(List<Double> sorted) {
        return String.format("%.1f (%.1f–%.1f)", median(sorted), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
