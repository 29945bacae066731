package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scope rules every service asks: who governs which region, manages which school, belongs to which class. */
class ActorScopeTest {

    static final String CHANGAN = "/000000/130000/130100/130102/";
    static final String QIAOXI = "/000000/130000/130100/130104/";

    @Test
    void aCountyAdministratorGovernsOnlyTheirCounty() {
        Actor county = actor(Role.REGION_ADMIN, CHANGAN, null, Set.of(), Set.of());
        assertThat(county.governs(CHANGAN)).isTrue();
        assertThat(county.governs(QIAOXI)).isFalse();
        assertThat(county.governs("/000000/130000/130100/")).isFalse();
        assertThat(county.managesSchool(7, CHANGAN)).isTrue();
        assertThat(county.managesSchool(8, QIAOXI)).isFalse();
    }

    @Test
    void aCityAdministratorGovernsItsCounties() {
        Actor city = actor(Role.REGION_ADMIN, "/000000/130000/130100/", null, Set.of(), Set.of());
        assertThat(city.governs(CHANGAN)).isTrue();
        assertThat(city.governs("/000000/130000/130600/130602/")).isFalse();
    }

    @Test
    void aSchoolAdministratorManagesOnlyTheirSchool() {
        Actor school = actor(Role.SCHOOL_ADMIN, CHANGAN, 7L, Set.of(), Set.of());
        assertThat(school.managesSchool(7, CHANGAN)).isTrue();
        assertThat(school.managesSchool(8, CHANGAN)).isFalse();
        assertThat(school.governs(CHANGAN)).isFalse();
    }

    @Test
    void teachersStudentsAndGuardiansReachOnlyTheirClasses() {
        Actor teacher = actor(Role.TEACHER, CHANGAN, 7L, Set.of(71L), Set.of());
        assertThat(teacher.canSeeClass(71, 7, CHANGAN)).isTrue();
        assertThat(teacher.canTeachClass(71, 7, CHANGAN)).isTrue();
        assertThat(teacher.canSeeClass(72, 7, CHANGAN)).isFalse();
        assertThat(teacher.managesSchool(7, CHANGAN)).isFalse();

        Actor student = actor(Role.STUDENT, CHANGAN, 7L, Set.of(71L), Set.of());
        assertThat(student.canSeeClass(71, 7, CHANGAN)).isTrue();
        assertThat(student.canTeachClass(71, 7, CHANGAN)).isFalse();

        Actor guardian = actor(Role.GUARDIAN, null, null, Set.of(71L), Set.of(1001L));
        assertThat(guardian.canSeeClass(71, 7, CHANGAN)).isTrue();
        assertThat(guardian.isGuardianOf(1001)).isTrue();
        assertThat(guardian.isGuardianOf(1002)).isFalse();
        assertThat(guardian.governs(CHANGAN)).isFalse();
    }

    @Test
    void thePlatformAdministratorGovernsEverything() {
        Actor platform = actor(Role.PLATFORM_ADMIN, "/000000/", null, Set.of(), Set.of());
        assertThat(platform.governs(QIAOXI)).isTrue();
        assertThat(platform.managesSchool(8, QIAOXI)).isTrue();
    }

    private static Actor actor(Role role, String path, Long schoolId, Set<Long> classes, Set<Long> children) {
        RoleGrant grant = new RoleGrant(1, role, null, null, schoolId, null);
        return new Actor(1, "a", "某人", grant, path, schoolId, classes, children, List.of(grant));
    }
}
