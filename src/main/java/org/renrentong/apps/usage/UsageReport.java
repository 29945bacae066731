package org.renrentong.apps.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * The use of apps at one place (the whole node, a region or a school) over the last 30 days: per app, the people who
 * used it in the last 7 and 30 days and its sign-ins, and its sign-ins per day.
 *
 * @param days   the 30 days, oldest first; each series has one figure per day
 * @param places the place's parts to drill down to (its regions, or a county's schools) with their 30 days' figures
 */
public record UsageReport(String title, String regionCode, Long schoolId, List<Row> rows, List<LocalDate> days,
                          List<Series> daily, List<Part> places) {

    /**
     * A part of the place over all apps: people counted once per app they used (an app's id of a person is its
     * own, so one person in two apps counts twice), and sign-ins.
     */
    public record Part(String name, String regionCode, Long schoolId, long appUsers30, long signIns30) {
    }

    /** One app's figures. */
    public record Row(String clientId, String name, long people7, long people30, long signIns30) {
    }

    /** One app's sign-ins per day. */
    public record Series(String clientId, String name, List<Long> signIns) {
    }
}
