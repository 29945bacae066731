package org.renrentong.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.RegionData;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;

@IntegrationTest
@AutoConfigureMockMvc
class SchoolsTest {

    @Autowired
    Schools schools;
    @Autowired
    Groups groups;
    @Autowired
    Regions regions;
    @Autowired
    RegionData regionData;
    @Autowired
    Fixtures fixtures;

    @Test
    void aCountyAdministratorSeesAndChangesOnlyTheirCounty() {
        School mine = fixtures.aSchool().inCounty("130102").build();
        School other = fixtures.aSchool().inCounty("130104").build();
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());

        assertThat(schools.list(county, mine.name(), 0, 10).items()).extracting(School::id).containsExactly(mine.id());
        assertThat(schools.list(county, other.name(), 0, 10).items()).isEmpty();
        assertThat(schools.visible(county, mine.id()).name()).isEqualTo(mine.name());
        assertForbidden(() -> schools.visible(county, other.id()));
        assertForbidden(() -> schools.update(county, other.id(), formOf(other, "改名")));
        assertForbidden(() -> schools.create(county, form("别区学校" + Fixtures.unique(), "130104")));
        assertForbidden(() -> schools.createClass(county, other.id(), schools.grades(fixtures.platformAdmin(),
                other.id()).get(0).id(), "1班"));
        assertForbidden(() -> schools.grades(county, other.id()));
        assertThat(schools.create(county, form("本区学校" + Fixtures.unique(), "130102")).countyCode())
                .isEqualTo("130102");
    }

    @Test
    void aSchoolAdministratorManagesOnlyTheirSchool() {
        School mine = fixtures.aSchool().build();
        School other = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(mine).build());

        Slice<School> listed = schools.list(admin, "", 0, 50);
        assertThat(listed.items()).extracting(School::id).containsExactly(mine.id());
        assertThat(listed.total()).isEqualTo(1);
        assertThat(schools.update(admin, mine.id(), formOf(mine, mine.name() + "（新）")).name())
                .endsWith("（新）");
        assertForbidden(() -> schools.visible(admin, other.id()));
        assertForbidden(() -> schools.create(admin, form("新校" + Fixtures.unique(), mine.countyCode())));
        assertThat(schools.mayCreate(admin)).isFalse();
    }

    @Test
    void teachersSeeTheirSchoolButChangeNothing() {
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        assertThat(schools.classes(teacher, c.schoolId())).extracting(SchoolClass::id).contains(c.id());
        assertForbidden(() -> schools.list(teacher, "", 0, 10));
        assertForbidden(() -> schools.createClass(teacher, c.schoolId(), c.gradeId(), "9班"));
        assertThat(groups.create(teacher, "书法社", Group.Kind.CLUB, c.schoolId()).schoolId()).isEqualTo(c.schoolId());
    }

    @Test
    void theListPagesByKeysetAndFiltersByName() {
        String prefix = "分页校" + Fixtures.unique();
        for (int i = 0; i < 3; i++) {
            fixtures.aSchool().named(prefix + "_" + i).build();
        }
        fixtures.aSchool().named("无关" + Fixtures.unique()).build();
        Actor platform = fixtures.platformAdmin();

        Slice<School> first = schools.list(platform, prefix, 0, 2);
        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        Slice<School> second = schools.list(platform, prefix, Long.parseLong(first.nextKey()), 2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
        // the underscore is a character to match, not a LIKE wildcard
        assertThat(schools.list(platform, prefix + "_1", 0, 10).total()).isEqualTo(1);
    }

    @Test
    void aRetiredCountyKeepsItsSchoolsButTakesNoNewOne() {
        Actor platform = fixtures.platformAdmin();
        Region county = regionData.newCounty(platform, "130100");
        School kept = fixtures.aSchool().inCounty(county.code()).build();
        regions.retire(platform, county.code(), "130102");

        School read = schools.visible(platform, kept.id());
        assertThat(read.countyCode()).isEqualTo(county.code());
        assertThat(schools.list(platform, kept.name(), 0, 5).items()).hasSize(1);
        assertThatThrownBy(() -> schools.create(platform, form("撤销区新校" + Fixtures.unique(), county.code())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("school.county.retiredReplaced");
                    assertThat(e.args()).containsExactly(county.name(), "长安区");
                });
        assertThatThrownBy(() -> schools.create(platform, form("市级学校" + Fixtures.unique(), "130100")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("school.county.notCounty"));
    }

    @Test
    void theServiceChecksTheFormItself() {
        Actor platform = fixtures.platformAdmin();
        School school = fixtures.aSchool().build();
        assertInvalid(() -> schools.create(platform, new SchoolForm(" ", null, SchoolKind.PRIMARY,
                Set.of(Stage.PRIMARY), "130102")), "school.name.required");
        assertInvalid(() -> schools.create(platform, new SchoolForm("无学段", null, SchoolKind.PRIMARY, Set.of(),
                "130102")), "school.stages.required");
        assertInvalid(() -> schools.create(platform, new SchoolForm("坏码", "12345", SchoolKind.PRIMARY,
                Set.of(Stage.PRIMARY), "130102")), "school.code.invalid");
        assertInvalid(() -> schools.create(platform, new SchoolForm("无县", null, SchoolKind.PRIMARY,
                Set.of(Stage.PRIMARY), null)), "school.county.required");
        assertInvalid(() -> schools.update(platform, school.id(), new SchoolForm(school.name(), null,
                school.kind(), school.stages(), "130104")), "school.county.fixed");
        assertThatThrownBy(() -> schools.create(platform, form(school.name(), school.countyCode())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    private static SchoolForm form(String name, String county) {
        return new SchoolForm(name, null, SchoolKind.PRIMARY, Set.of(Stage.PRIMARY), county);
    }

    private static SchoolForm formOf(School school, String name) {
        return new SchoolForm(name, school.code(), school.kind(), school.stages(), school.countyCode());
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    private static void assertInvalid(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
