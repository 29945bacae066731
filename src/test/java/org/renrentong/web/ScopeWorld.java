package org.renrentong.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.renrentong.identity.NewPerson;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.testing.Fixtures;

/**
 * Two counties of one city, a school in each, and a person in every role and scope around the target: the school,
 * class and student of county A. Every endpoint of the scope matrix is aimed at those targets.
 */
final class ScopeWorld {

    static final String CITY = "130100";
    static final String COUNTY_A = "130102";
    static final String COUNTY_B = "130104";

    final School school;
    final School otherCountySchool;
    final SchoolClass schoolClass;
    final Person student;
    final long classSpace;
    /** Everyone who calls the endpoints, by a name the expectations use. */
    final Map<String, Person> callers = new LinkedHashMap<>();

    ScopeWorld(Fixtures fixtures, People people, Spaces spaces) {
        school = fixtures.aSchool().inCounty(COUNTY_A).build();
        otherCountySchool = fixtures.aSchool().inCounty(COUNTY_B).build();
        schoolClass = fixtures.aClass().in(school).build();
        SchoolClass otherClass = fixtures.aClass().in(school).build();
        SchoolClass classInB = fixtures.aClass().in(otherCountySchool).build();
        student = fixtures.aPerson().student().in(schoolClass).build();
        classSpace = spaces.idOf(SpaceKind.CLASS, schoolClass.id()).orElseThrow();

        callers.put("platform", people.create(fixtures.platformAdmin(), new NewPerson("平台" + Fixtures.unique(),
                Person.Gender.UNKNOWN, null, null, Role.PLATFORM_ADMIN, null, null, null, null, Fixtures.PASSWORD)));
        callers.put("cityAdmin", fixtures.aPerson().regionAdmin(CITY).build());
        callers.put("countyAdmin", fixtures.aPerson().regionAdmin(COUNTY_A).build());
        callers.put("otherCountyAdmin", fixtures.aPerson().regionAdmin(COUNTY_B).build());
        callers.put("schoolAdmin", fixtures.aPerson().schoolAdmin().at(school).build());
        callers.put("otherSchoolAdmin", fixtures.aPerson().schoolAdmin().at(otherCountySchool).build());
        callers.put("teacher", fixtures.aPerson().teacher().teaching(schoolClass).build());
        callers.put("otherClassTeacher", fixtures.aPerson().teacher().teaching(otherClass).build());
        callers.put("otherCountyTeacher", fixtures.aPerson().teacher().teaching(classInB).build());
        callers.put("student", student);
        callers.put("classmate", fixtures.aPerson().student().in(schoolClass).build());
        callers.put("otherClassStudent", fixtures.aPerson().student().in(otherClass).build());
        callers.put("guardian", fixtures.aPerson().guardianOf(student).build());
        Person otherChild = fixtures.aPerson().student().in(otherClass).build();
        callers.put("otherGuardian", fixtures.aPerson().guardianOf(otherChild).build());
        callers.values().forEach(fixtures::passwordChanged);
    }
}
