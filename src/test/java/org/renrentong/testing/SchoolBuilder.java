package org.renrentong.testing;

import java.util.Set;
import org.renrentong.org.School;
import org.renrentong.org.SchoolForm;
import org.renrentong.org.SchoolKind;

/** Builds a school; by default a nine-year school in 长安区, 石家庄市. */
public class SchoolBuilder {

    private final Fixtures fixtures;
    private String name = "测试学校" + Fixtures.unique();
    private String county = "130102";
    private SchoolKind kind = SchoolKind.NINE_YEAR;
    private String code;

    SchoolBuilder(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public SchoolBuilder named(String name) {
        this.name = name;
        return this;
    }

    public SchoolBuilder inCounty(String countyCode) {
        this.county = countyCode;
        return this;
    }

    public SchoolBuilder kind(SchoolKind kind) {
        this.kind = kind;
        return this;
    }

    /** The school's code (学校标识码, ten digits). */
    public SchoolBuilder coded(String code) {
        this.code = code;
        return this;
    }

    public School build() {
        return fixtures.delivered(fixtures.schools.create(fixtures.platformAdmin(),
                new SchoolForm(name, code, kind, Set.copyOf(kind.defaultStages()), county)));
    }
}
