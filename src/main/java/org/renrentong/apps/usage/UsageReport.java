package org.renrentong.apps.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * The use of apps at one place (the whole node, a region or a school) over the last 30 days: per app, the people who
 * used it in the last 7 and 30 days and its sign-ins, and its sign-ins per day.
 *
 * @param days   the 30 days, oldest first; each series has one figure per day
 */
public record UsageReport(String title, String regionCode, Long schoolId, List<Row> rows, List<LocalDate> days,
                          List<Series> daily) {

    /** One app's figures. */
    public record Row(String clientId, String name, long people7, long people30, long signIns30) {
    }

    /** One app's sign-ins per day. */
    public record Series(String clientId, String name, List<Long> signIns) {
    }
}
