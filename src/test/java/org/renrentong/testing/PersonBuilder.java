package org.renrentong.testing;

import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;

/** Builds a person in one role: {@code aPerson().student().in(class).build()}. */
public class PersonBuilder {

    private final Fixtures fixtures;
    private String name = "测试" + Fixtures.unique();
    private Person.Gender gender = Person.Gender.FEMALE;
    private String phone;
    private String idCard;
    private Role role = Role.TEACHER;
    private School school;
    private SchoolClass schoolClass;
    private String regionCode;
    private Person child;
    private String number = String.valueOf(Fixtures.unique());

    PersonBuilder(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public PersonBuilder named(String name) {
        this.name = name;
        return this;
    }

    public PersonBuilder phone(String phone) {
        this.phone = phone;
        return this;
    }

    public PersonBuilder idCard(String idCard) {
        this.idCard = idCard;
        return this;
    }

    public PersonBuilder student() {
        this.role = Role.STUDENT;
        return this;
    }

    public PersonBuilder teacher() {
        this.role = Role.TEACHER;
        return this;
    }

    public PersonBuilder schoolAdmin() {
        this.role = Role.SCHOOL_ADMIN;
        return this;
    }

    public PersonBuilder regionAdmin(String regionCode) {
        this.role = Role.REGION_ADMIN;
        this.regionCode = regionCode;
        return this;
    }

    public PersonBuilder expert(String regionCode) {
        this.role = Role.EXPERT;
        this.regionCode = regionCode;
        return this;
    }

    /** A guardian of the given student (phone generated unless set). */
    public PersonBuilder guardianOf(Person student) {
        this.role = Role.GUARDIAN;
        this.child = student;
        return this;
    }

    /** For students: their class. For teachers: a class they teach. */
    public PersonBuilder in(SchoolClass schoolClass) {
        this.schoolClass = schoolClass;
        return this;
    }

    public PersonBuilder teaching(SchoolClass schoolClass) {
        return in(schoolClass);
    }

    public PersonBuilder at(School school) {
        this.school = school;
        return this;
    }

    public Person build() {
        var admin = fixtures.platformAdmin();
        if (role == Role.GUARDIAN) {
            String guardianPhone = phone != null ? phone : "139" + String.format("%08d", Fixtures.unique() % 100_000_000);
            return fixtures.delivered(fixtures.people.get(admin, fixtures.guardians.link(admin, child.id(), name,
                    guardianPhone, "母亲", Fixtures.PASSWORD).guardianId()));
        }
        Long schoolId = school != null ? Long.valueOf(school.id()) : null;
        Long classId = schoolClass != null ? Long.valueOf(schoolClass.id()) : null;
        if (schoolId == null && classId == null && role != Role.REGION_ADMIN && role != Role.EXPERT) {
            schoolClass = fixtures.aClass().build();
            classId = schoolClass.id();
        }
        return fixtures.delivered(fixtures.people.create(admin, fixtures.newPerson(name, gender, phone, idCard, role,
                schoolId, classId, regionCode, number)));
    }
}
