package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.Group;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.resource.Resource;
import org.renrentong.space.NoticeAsk;
import org.renrentong.space.NoticeAudience;
import org.renrentong.space.NoticeDetails;
import org.renrentong.space.PostKind;
import org.renrentong.space.Posts;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.AppFixtures;
import org.renrentong.classroom.calendar.CalendarOwner;
import org.renrentong.classroom.calendar.DayOff;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.testing.ClosureBuilder;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.QuizFixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.TermBuilder;
import org.renrentong.testing.ProviderFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.web.BadInputs.BadRequest;
import org.renrentong.web.OpenApiOperations.Operation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bad input for every operation of the application's own OpenAPI document (a new endpoint joins by itself), sent by
 * a platform administrator and by a student: no answer is a 5xx, no error body shows a class name, stack trace or
 * SQL, and a refused request (4xx) changes no row of any table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputFuzzTest {

    private static final List<String> LEAKS = List.of("org.", "java.", "Exception", "SQL", "\tat ");
    /** A number that names nothing, for path variables the world below has no object for. */
    private static final String NOTHING = "987654321";

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired ResourceFixtures resources;
    @Autowired Spaces spaces;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;
    @Autowired Groups groups;
    @Autowired Guardians guardians;
    @Autowired Deliveries deliveries;
    @Autowired ProviderFixtures providers;
    @Autowired AppFixtures apps;
    @Autowired QuizFixtures quizzes;
    @Autowired HomeworkFixtures homeworkFixtures;
    @Autowired ClosureBuilder closures;
    @Autowired TermBuilder terms;
    @Autowired SchoolCalendars calendars;

    private List<Operation> operations;
    private BadInputs inputs;
    private TableChecksum checksum;
    private Map<String, ApiSession> callers;
    private School school;
    private Person student;
    private Resource resource;
    private TreeNode lesson;
    private long classSpace;
    private long notice;
    private long group;
    private long invitation;
    private long notification;
    private long provider;
    private long app;
    private long quiz;
    private long quizItem;
    private long homework;
    private long homeworkClass;
    private long closure;
    private long teacherId;
    private SchoolClass schoolClass;
    private Term term;
    private long dayOff;
    private long year;

    @BeforeAll
    void world() throws Exception {
        school = fixtures.aSchool().build();
        schoolClass = fixtures.aClass().in(school).build();
        term = terms.aTerm().at(school).build();
        dayOff = calendars.addDayOff(fixtures.platformAdmin(), term.id(), "运动会", term.firstDay(), term.firstDay(),
                DayOff.Kind.HOLIDAY, null);
        year = calendars.calendar(fixtures.platformAdmin(), CalendarOwner.school(school.id())).years().get(0).id();
        String phone = "136" + String.format("%08d", Fixtures.unique() % 100_000_000);
        student = logins.ready(fixtures.aPerson().student().in(schoolClass).phone(phone).build());
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        teacherId = teacher.id();
        Person admin = logins.platformAdmin();
        Actor quizTeacher = fixtures.actor(teacher);
        Item item = quizzes.anItem(quizTeacher).build();
        quizItem = item.id();
        quiz = quizzes.aQuiz(quizTeacher).with(item, 2).forClass(schoolClass).build().id();
        lesson = resources.lesson("2", "14");
        resource = resources.publish(resources.aResource(fixtures.actor(teacher)).at(lesson).build(),
                fixtures.actor(teacher), fixtures.platformAdmin());
        classSpace = spaces.idOf(SpaceKind.CLASS, schoolClass.id()).orElseThrow();
        notice = posts.create(fixtures.actor(teacher), classSpace, PostKind.NOTICE, "请回执", List.of(),
                new NoticeDetails(NoticeAudience.BOTH, NoticeAsk.CHOICE, List.of("参加", "不参加"), null)).id();
        group = groups.create(fixtures.platformAdmin(), "文学社", Group.Kind.CLUB, school.id()).id();
        // the student's phone named as a classmate's guardian: the student is invited
        Person classmate = fixtures.aPerson().student().in(schoolClass).build();
        guardians.link(fixtures.platformAdmin(), classmate.id(), "家长", phone, "父亲", null);
        invitation = jdbc.sql("SELECT id FROM guardian_invitation WHERE invitee_id = ?").param(student.id())
                .query(Long.class).single();
        notification = jdbc.sql("""
                INSERT INTO notification (person_id, kind, message_key, message_args, target_type, target_id, source)
                VALUES (?, 'REVIEW_DECIDED', 'notification.review.PUBLISHED', ARRAY['样例', ''], 'RESOURCE', ?, 'fuzz')
                RETURNING id""").params(student.id(), String.valueOf(resource.id())).query(Long.class).single();
        provider = providers.registered().providerId();
        app = apps.appliedAt("130102").app().id();
        homework = homeworkFixtures.aHomework(fixtures.actor(teacher)).to(schoolClass).build().id();
        homeworkClass = schoolClass.id();
        closure = closures.aClosure().of(school).build().id();
        callers = Map.of("platform administrator", new ApiSession(port).signIn(admin.account(), Fixtures.PASSWORD),
                "student", new ApiSession(port).signIn(student.account(), Fixtures.PASSWORD));

        JsonNode document = JsonSamples.JSON.readTree(callers.get("student").get("/v3/api-docs").body());
        operations = OpenApiOperations.read(document);
        inputs = new BadInputs(new JsonSamples(document), this::pathValue);
        checksum = new TableChecksum(jdbc);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInputCleanly() {
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(50);
        return callers.entrySet().stream().flatMap(caller -> operations.stream().map(op ->
                DynamicTest.dynamicTest(caller.getKey() + ": " + op.name(), () -> check(caller.getValue(), op))));
    }

    private void check(ApiSession session, Operation op) throws Exception {
        List<String> problems = new ArrayList<>();
        for (BadRequest request : inputs.of(op)) {
            // the reactions to earlier writes (spaces of what they created) land first, not while this one is checked
            deliveries.awaitAll();
            Map<String, String> before = checksum.take();
            HttpResponse<String> response = session.send(request);
            int status = response.statusCode();
            Map<String, String> after = checksum.take();
            String what = request.label() + " → " + status;
            if (status >= 500) {
                problems.add(what + " " + abbreviate(response.body()));
            }
            if (status >= 400) {
                LEAKS.stream().filter(response.body()::contains)
                        .forEach(leak -> problems.add(what + " shows '" + leak + "': " + abbreviate(response.body())));
            }
            if (status >= 400 && status < 500) {
                List<String> changed = TableChecksum.changed(before, after);
                if (!changed.isEmpty()) {
                    problems.add(what + " but changed " + changed);
                }
            }
        }
        assertThat(problems).as(op.name()).isEmpty();
    }

    /** A path variable's value: the world's own objects where the path names them, else a number naming nothing. */
    private String pathValue(String path, String name) {
        String area = path.substring("/api/v1/".length()).split("/")[0];
        if (area.equals("calendar") || area.equals("timetable")) {
            return classroomValue(path);
        }
        return switch (area + ":" + name) {
            case "people:id" -> String.valueOf(student.id());
            case "schools:id" -> String.valueOf(school.id());
            case "resources:id" -> String.valueOf(resource.id());
            case "spaces:id" -> String.valueOf(classSpace);
            case "notices:id" -> String.valueOf(notice);
            case "textbook-tree:id" -> String.valueOf(lesson.id());
            case "regions:code" -> "990101";
            case "imports:id" -> "00000000-0000-0000-0000-000000000001";
            case "events:id" -> "00000000-0000-0000-0000-000000000002";
            case "groups:id" -> String.valueOf(group);
            case "groups:personId" -> String.valueOf(student.id());
            case "me:id" -> String.valueOf(invitation);
            case "notifications:id" -> String.valueOf(notification);
            case "children:id" -> String.valueOf(student.id());
            case "app-providers:id" -> String.valueOf(provider);
            case "apps:id" -> String.valueOf(app);
            case "apps:code" -> "130102";
            case "apps:schoolId" -> String.valueOf(school.id());
            case "quizzes:id" -> String.valueOf(quiz);
            case "quizzes:position" -> "1";
            case "quiz-items:id" -> String.valueOf(quizItem);
            case "homework:id" -> String.valueOf(homework);
            case "homework:classId" -> String.valueOf(homeworkClass);
            case "closures:id" -> String.valueOf(closure);
            case "closures:classId" -> String.valueOf(schoolClass.id());
            case "classes:id" -> String.valueOf(schoolClass.id());
            case "classes:subject" -> "14";
            case "classes:personId" -> String.valueOf(teacherId);
            default -> NOTHING;
        };
    }

    /** The calendar and timetables have one path variable, named by the segment before it. */
    private String classroomValue(String path) {
        return switch (path.split("/")[4]) {
            case "schools" -> String.valueOf(school.id());
            case "classes" -> String.valueOf(schoolClass.id());
            // a county of no test's school: the calendars the fuzz makes there reach nobody
            case "regions" -> "130107";
            case "years" -> String.valueOf(year);
            case "terms" -> String.valueOf(term.id());
            case "days-off" -> String.valueOf(dayOff);
            default -> NOTHING;
        };
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
