package org.renrentong.org;

import java.util.EnumSet;
import java.util.Set;

/** Kinds of school, each with the stages it covers by default. */
public enum SchoolKind {
    PRIMARY(EnumSet.of(Stage.PRIMARY)),
    JUNIOR(EnumSet.of(Stage.JUNIOR)),
    SENIOR(EnumSet.of(Stage.SENIOR)),
    COMPLETE_SECONDARY(EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
    NINE_YEAR(EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    TWELVE_YEAR(EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)),
    VOCATIONAL(EnumSet.of(Stage.VOCATIONAL)),
    TEACHING_POINT(EnumSet.of(Stage.PRIMARY));

    private final Set<Stage> stages;

    SchoolKind(Set<Stage> stages) {
        this.stages = stages;
    }

    public Set<Stage> defaultStages() {
        return EnumSet.copyOf(stages);
    }
}
