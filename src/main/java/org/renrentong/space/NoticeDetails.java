package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.renrentong.shared.DomainException;

/**
 * What a class notice adds to a notice: its audience, what it asks, the options of a choice (in order) and the
 * deadline for answers (null: open while the notice lives).
 */
public record NoticeDetails(NoticeAudience audience, NoticeAsk ask, List<String> options, Instant deadline) {

    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public NoticeDetails {
        options = options == null ? List.of() : options.stream().filter(Objects::nonNull).toList();
    }

    /** A notice to students and guardians that asks nothing: what a notice without details is. */
    public static NoticeDetails plain() {
        return new NoticeDetails(NoticeAudience.BOTH, NoticeAsk.NONE, List.of(), null);
    }

    /** The deadline in China time (stored in UTC), or null. */
    public String shownDeadline() {
        return deadline == null ? null : SHOWN.format(deadline);
    }

    /** Whether answers are still taken at that moment. */
    public boolean open(Instant now) {
        return ask != NoticeAsk.NONE && (deadline == null || now.isBefore(deadline));
    }

    /** How many answers there are to choose from: one for a confirmation. */
    public int choices() {
        return switch (ask) {
            case NONE -> 0;
            case CONFIRM -> 1;
            case CHOICE -> options.size();
        };
    }

    /**
     * The details as stored: defaults filled in, options trimmed (blank lines dropped), each refused with its
     * reason when wrong — a choice needs two to ten distinct options, a deadline lies in the future.
     */
    NoticeDetails checked(Instant now) {
        NoticeAudience a = audience == null ? NoticeAudience.BOTH : audience;
        NoticeAsk k = ask == null ? NoticeAsk.NONE : ask;
        List<String> kept = new ArrayList<>();
        if (k == NoticeAsk.CHOICE) {
            Set<String> seen = new HashSet<>();
            for (String option : options) {
                String o = option == null ? "" : Posts.plainText(option).replace('\n', ' ');
                if (o.isEmpty()) {
                    continue;
                }
                if (o.length() > MAX_OPTION) {
                    throw DomainException.invalid("notice.option.tooLong", MAX_OPTION);
                }
                if (!seen.add(o)) {
                    throw DomainException.invalid("notice.option.repeated", o);
                }
                kept.add(o);
            }
            if (kept.size() < 2) {
                throw DomainException.invalid("notice.options.required");
            }
            if (kept.size() > MAX_OPTIONS) {
                throw DomainException.invalid("notice.options.tooMany", MAX_OPTIONS);
            }
        }
        if (deadline != null && k == NoticeAsk.NONE) {
            throw DomainException.invalid("notice.deadline.nothingAsked");
        }
        if (deadline != null && !deadline.isAfter(now)) {
            throw DomainException.invalid("notice.deadline.past");
        }
        return new NoticeDetails(a, k, kept, deadline);
    }
}
