package org.renrentong.apps.usage;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of {@code app_use} within a place: a school, a region subtree, or everything. */
@Repository
class UsageRepository {

    /** Where to sum: a school, else a region path (null: everywhere, people of no region included). */
    record Place(Long schoolId, String regionPath) {

        String condition() {
            return schoolId != null ? "u.school_id = ?" : regionPath != null ? "u.region_path LIKE ?" : "TRUE";
        }

        List<Object> args() {
            return schoolId != null ? List.of(schoolId) : regionPath != null ? List.of(regionPath + "%") : List.of();
        }
    }

    /** One app's sign-ins on one day. */
    record Day(String clientId, LocalDate day, long signIns) {
    }

    /** The figures of one part of a place over all apps, by school where the part is a school. */
    record Totals(Long schoolId, long appUsers, long signIns) {
    }

    private final JdbcClient jdbc;

    UsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UsageReport.Row> byApp(Place place, LocalDate from7, LocalDate from30) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from7), Date.valueOf(from30)));
        args.addAll(place.args());
        return jdbc.sql("""
                SELECT c.client_id, c.client_name,
                       count(DISTINCT u.person_hash) FILTER (WHERE u.day >= ?) AS people7,
                       count(DISTINCT u.person_hash) AS people30, sum(u.sign_ins) AS sign_ins
                FROM app_use u JOIN oauth2_registered_client c ON c.id = u.registered_client_id
                WHERE u.day >= ? AND %s
                GROUP BY c.client_id, c.client_name
                ORDER BY people30 DESC, c.client_name""".formatted(place.condition()))
                .params(args).query((rs, n) -> new UsageReport.Row(rs.getString("client_id"),
                        rs.getString("client_name"), rs.getLong("people7"), rs.getLong("people30"),
                        rs.getLong("sign_ins"))).list();
    }

    List<Day> byDay(Place place, LocalDate from) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from)));
        args.addAll(place.args());
        return jdbc.sql("""
                SELECT c.client_id, u.day, sum(u.sign_ins) AS sign_ins
                FROM app_use u JOIN oauth2_registered_client c ON c.id = u.registered_client_id
                WHERE u.day >= ? AND %s
                GROUP BY c.client_id, u.day""".formatted(place.condition()))
                .params(args).query((rs, n) -> new Day(rs.getString("client_id"), rs.getDate("day").toLocalDate(),
                        rs.getLong("sign_ins"))).list();
    }

    Totals totals(Place place, LocalDate from) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from)));
        args.addAll(place.args());
        return jdbc.sql("""
                SELECT count(DISTINCT (u.registered_client_id, u.person_hash)) AS users,
                       coalesce(sum(u.sign_ins), 0) AS sign_ins
                FROM app_use u WHERE u.day >= ? AND %s""".formatted(place.condition()))
                .params(args).query((rs, n) -> new Totals(place.schoolId(), rs.getLong("users"),
                        rs.getLong("sign_ins"))).single();
    }

    /** The schools of a region subtree that used apps, busiest first. */
    List<Totals> bySchool(String regionPath, LocalDate from) {
        return jdbc.sql("""
                SELECT u.school_id, count(DISTINCT (u.registered_client_id, u.person_hash)) AS users,
                       sum(u.sign_ins) AS sign_ins
                FROM app_use u WHERE u.day >= ? AND u.region_path LIKE ? AND u.school_id IS NOT NULL
                GROUP BY u.school_id ORDER BY users DESC, u.school_id""")
                .params(Date.valueOf(from), regionPath + "%")
                .query((rs, n) -> new Totals(rs.getLong("school_id"), rs.getLong("users"), rs.getLong("sign_ins")))
                .list();
    }
}
