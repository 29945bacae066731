package org.renrentong.federation.oai;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * A repository of seconds granularity must also take {@code from} and {@code until} as days (YYYY-MM-DD): a day
 * stands for its first second ({@code from}) or its last ({@code until}; not later than now, since no record is
 * newer). Both given as days, or only one, are widened; a day beside a second is left for the protocol's
 * badArgument, since both must have the same granularity.
 */
final class DayGranularity {

    private DayGranularity() {
    }

    static Map<String, String[]> widened(Map<String, String[]> arguments, Clock clock) {
        String from = single(arguments, "from");
        String until = single(arguments, "until");
        boolean fromDay = isDay(from);
        boolean untilDay = isDay(until);
        if (!(fromDay || untilDay) || (from != null && !fromDay) || (until != null && !untilDay)) {
            return arguments;
        }
        Map<String, String[]> widened = new HashMap<>(arguments);
        if (fromDay) {
            widened.put("from", new String[] {LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant().toString()});
        }
        if (untilDay) {
            Instant end = LocalDate.parse(until).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            widened.put("until", new String[] {(end.isAfter(now) ? now : end).toString()});
        }
        return widened;
    }

    private static String single(Map<String, String[]> arguments, String name) {
        String[] values = arguments.get(name);
        return values == null || values.length != 1 ? null : values[0];
    }

    private static boolean isDay(String value) {
        if (value == null || value.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
