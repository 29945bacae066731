package org.renrentong.space;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Space statistics within one scope, one row per part of it. People are the students and staff of schools
 * (guardians and region staff belong to no school and are not counted). A space is <b>opened</b> once its owner
 * has opened it (or posted in it); it is <b>active</b> when its owner opened or posted in it since
 * {@code activeSince} (30 days back).
 *
 * @param level      what each row is
 * @param regionPath the scope, for audit and drill-down
 * @param crumbs     the way back up, within the reader's scope
 */
public record SpaceReport(Level level, String title, String regionCode, Long schoolId, String regionPath,
                          List<Crumb> crumbs, List<Row> rows, Row total, Instant activeSince) {

    public enum Level { PROVINCE, CITY, COUNTY, SCHOOL, CLASS }

    /** The first day counted as recent, in China time. */
    public LocalDate activeSinceDate() {
        return activeSince.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    public record Crumb(String name, String regionCode, Long schoolId) {
    }

    /**
     * @param staff       the row of a school's people who are in no class (teachers and other staff)
     * @param openedRate  percent, one decimal
     * @param regionCode  drill down into this region, or null
     * @param schoolId    drill down into this school, or null
     * @param spaceId     the row's institutional space (school or class), or null
     */
    public record Row(String name, boolean staff, long people, long opened, double openedRate, long active,
                      String regionCode, Long schoolId, Long spaceId) {

        static Row of(String name, boolean staff, Counts c, String regionCode, Long schoolId, Long spaceId) {
            double rate = c.people() == 0 ? 0 : Math.round(c.opened() * 1000.0 / c.people()) / 10.0;
            return new Row(name, staff, c.people(), c.opened(), rate, c.active(), regionCode, schoolId, spaceId);
        }
    }

    record Counts(long people, long opened, long active) {

        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(people + o.people, opened + o.opened, active + o.active);
        }
    }
}
