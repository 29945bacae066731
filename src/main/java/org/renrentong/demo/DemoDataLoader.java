package org.renrentong.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.NewGrant;
import org.renrentong.identity.NewPerson;
import org.renrentong.identity.RoleGrants;
import org.renrentong.space.Posts;
import org.renrentong.space.Spaces;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.People;
import org.renrentong.identity.PresetAccounts;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.Grade;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.SchoolForm;
import org.renrentong.org.SchoolKind;
import org.renrentong.org.Schools;
import org.renrentong.resource.ReviewerAssignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo province (河北省 with 石家庄市 and 保定市) on the first start of the default run: bureaus, schools,
 * classes, teachers, students, guardians and administrators at every level. The README lists the logins.
 * Everything goes through the same services users call, so the demo is what a real node holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnProperty(name = "renrentong.demo", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String MARKER_ACCOUNT = "hebei";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** The demo expert reviews 语文, 数学 and 英语 (subject codes of the textbook tree) in 河北省. */
    private static final List<String> DEMO_REVIEW_SUBJECTS = List.of("13", "14", "41");

    private final Schools schools;
    private final ReviewerAssignments reviewers;
    private final Groups groups;
    private final People people;
    private final RoleGrants roleGrants;
    private final Guardians guardians;
    private final Spaces spaces;
    private final Posts posts;
    private final DemoClassroom classroom;
    private final Actors actors;
    private final PresetAccounts presets;
    private final SchoolCalendars calendars;
    private final Timetables timetables;
    private final String password;
    private final int studentsPerClass;

    DemoDataLoader(Schools schools, Groups groups, People people, RoleGrants roleGrants, Guardians guardians,
                   Spaces spaces, Posts posts, Actors actors, PresetAccounts presets, ReviewerAssignments reviewers,
                   DemoClassroom classroom,
                   SchoolCalendars calendars, Timetables timetables,
                   @Value("${renrentong.demo-password:Renrentong@2026}") String password,
                   @Value("${renrentong.demo-students-per-class:6}") int studentsPerClass) {
        this.schools = schools;
        this.reviewers = reviewers;
        this.groups = groups;
        this.people = people;
        this.roleGrants = roleGrants;
        this.guardians = guardians;
        this.spaces = spaces;
        this.posts = posts;
        this.classroom = classroom;
        this.actors = actors;
        this.presets = presets;
        this.calendars = calendars;
        this.timetables = timetables;
        this.password = password;
        this.studentsPerClass = studentsPerClass;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (presets.idOf(MARKER_ACCOUNT).isPresent()) {
            return;
        }
        long adminId = presets.firstPlatformAdmin().orElseThrow();
        Actor admin = actors.load(adminId, null);
        List<Long> demoAccounts = new ArrayList<>();
        demoAccounts.add(adminId);

        for (String code : List.of("130000", "130100", "130102", "130104", "130600", "130602")) {
            groups.bureau(admin, code);
        }
        demoAccounts.add(regionAdmin(admin, "hebei", "河北省管理员", "130000"));
        demoAccounts.add(regionAdmin(admin, "sjz", "石家庄市管理员", "130100"));
        demoAccounts.add(regionAdmin(admin, "changan", "长安区管理员", "130102"));
        demoAccounts.add(regionAdmin(admin, "qiaoxi", "桥西区管理员", "130104"));
        demoAccounts.add(regionAdmin(admin, "baoding", "保定市管理员", "130600"));
        long expert = account(admin, people.create(admin, person("评审专家", Role.EXPERT, null, null, "130000", null)),
                "expert");
        demoAccounts.add(expert);
        for (String subject : DEMO_REVIEW_SUBJECTS) {
            reviewers.assign(admin, expert, "130000", subject);
        }

        School middle = school(admin, "石家庄市第四十二中学", SchoolKind.JUNIOR, "130102");
        School primary = school(admin, "长安区育才小学", SchoolKind.PRIMARY, "130102");
        School qiaoxi = school(admin, "桥西区友谊小学", SchoolKind.PRIMARY, "130104");
        School jingxiu = school(admin, "竞秀区实验学校", SchoolKind.NINE_YEAR, "130602");

        DemoSchool first = new DemoSchool(admin, middle, 7, "t42-");
        SchoolClass c71 = first.addClass("1班");
        SchoolClass c72 = first.addClass("2班");
        Person teacher = first.teacher("王丽", c71, true);
        demoAccounts.add(account(admin, teacher, "teacher"));
        demoAccounts.add(account(admin, first.teacher("张强", c72, true), "teacher2"));
        Person principal = first.schoolAdmin("赵校长");
        demoAccounts.add(account(admin, principal, "principal"));
        roleGrants.grant(admin, principal.id(), new NewGrant(Role.TEACHER, middle.id(), null, null, null));
        people.assignTeacher(admin, principal.id(), c72.id(), "数学", false);

        int n = 0;
        Person firstStudent = null;
        for (SchoolClass c : List.of(c71, c72)) {
            for (int i = 0; i < studentsPerClass; i++, n++) {
                Person student = first.student(DemoNames.name(n), c, "2024" + String.format("%04d", n));
                Person guardian = people.get(admin, guardians.link(admin, student.id(),
                        DemoNames.surname(student.name()) + "家长", String.format("1380000%04d", n),
                        i % 2 == 0 ? "母亲" : "父亲", password).guardianId());
                if (n == 0) {
                    firstStudent = student;
                    demoAccounts.add(account(admin, student, "student"));
                    demoAccounts.add(account(admin, guardian, "parent"));
                }
                if (n == studentsPerClass) {
                    demoAccounts.add(account(admin, student, "student2"));
                }
                demoAccounts.add(student.id());
                demoAccounts.add(guardian.id());
            }
        }
        for (DemoSchool s : List.of(new DemoSchool(admin, primary, 1, "yc-"), new DemoSchool(admin, qiaoxi, 3, "yy-"),
                new DemoSchool(admin, jingxiu, 8, "jx-"))) {
            SchoolClass c = s.addClass("1班");
            demoAccounts.add(s.teacher(DemoNames.name(100 + n), c, true).id());
            for (int i = 0; i < studentsPerClass; i++, n++) {
                demoAccounts.add(s.student(DemoNames.name(n), c, "2024" + String.format("%04d", n)).id());
            }
        }
        demoAccounts.add(account(admin, first.schoolAdmin("育才小学管理员", primary), "school2"));
        DemoPosts.write(posts, spaces, actors, teacher, principal, middle, c71);
        classroom.homework(teacher, firstStudent, c71);
        classroom.quiz(teacher, firstStudent, c71);
        DemoTimetables.write(calendars, timetables, admin, "130102", c71, c72, teacher, principal);
        classroom.closure(admin, middle);
        // Demo accounts are ready to use: no forced password change, unlike accounts an administrator creates.
        presets.keepPasswords(admin, demoAccounts);
        log.info("Loaded the demo province: {} demo people; every demo login uses the password {}",
                demoAccounts.size(), password);
    }

    private long regionAdmin(Actor admin, String account, String name, String regionCode) {
        return account(admin, people.create(admin, person(name, Role.REGION_ADMIN, null, null, regionCode, null)), account);
    }

    private School school(Actor admin, String name, SchoolKind kind, String county) {
        return schools.create(admin, new SchoolForm(name, null, kind, Set.copyOf(kind.defaultStages()), county));
    }

    /** Gives a demo person a memorable account name. */
    private long account(Actor admin, Person person, String account) {
        presets.name(admin, person.id(), account);
        return person.id();
    }

    private NewPerson person(String name, Role role, Long schoolId, Long classId, String regionCode, String number) {
        return new NewPerson(name, Person.Gender.UNKNOWN, null, null, role, schoolId, classId, regionCode, number,
                password);
    }

    /** Builds one school's classes and people. */
    private final class DemoSchool {
        private final Actor admin;
        private final School school;
        private final Grade grade;
        private final String staffPrefix;
        private int staff;

        DemoSchool(Actor admin, School school, int yearLevel, String staffPrefix) {
            this.admin = admin;
            this.school = school;
            this.grade = schools.grades(admin, school.id()).stream().filter(g -> g.yearLevel() == yearLevel)
                    .findFirst().orElseThrow();
            this.staffPrefix = staffPrefix;
        }

        SchoolClass addClass(String name) {
            return schools.createClass(admin, school.id(), grade.id(), name);
        }

        Person teacher(String name, SchoolClass c, boolean head) {
            Person t = people.create(admin, new NewPerson(name, Person.Gender.FEMALE, null, null, Role.TEACHER,
                    school.id(), null, null, staffPrefix + (++staff), password));
            people.assignTeacher(admin, t.id(), c.id(), "语文", head);
            return t;
        }

        Person schoolAdmin(String name) {
            return schoolAdmin(name, school);
        }

        Person schoolAdmin(String name, School at) {
            return people.create(admin, new NewPerson(name, Person.Gender.MALE, null, null, Role.SCHOOL_ADMIN,
                    at.id(), null, null, staffPrefix + "a" + (++staff), password));
        }

        Person student(String name, SchoolClass c, String number) {
            return people.create(admin, new NewPerson(name, (number.hashCode() & 1) == 0 ? Person.Gender.MALE
                    : Person.Gender.FEMALE, null, null, Role.STUDENT, school.id(), c.id(), null, number, password));
        }
    }
}
