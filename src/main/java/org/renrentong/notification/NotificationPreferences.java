package org.renrentong.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which kinds of notification also reach a person by e-mail or SMS: each person sets their own only. */
@Service
public class NotificationPreferences {

    private final PreferenceRepository preferences;
    private final NotificationPolicy policy;
    private final AuditLog audit;

    NotificationPreferences(PreferenceRepository preferences, NotificationPolicy policy, AuditLog audit) {
        this.preferences = preferences;
        this.policy = policy;
        this.audit = audit;
    }

    /** The actor's choice for every kind. */
    public List<Preference> of(Actor actor) {
        return preferences.all(policy.owner(actor));
    }

    /** Sets the given kinds (the others keep their choice); audited with the e-mail and SMS kinds after it. */
    @Transactional
    public List<Preference> save(Actor actor, List<Preference> choices) {
        long me = policy.owner(actor);
        if (choices == null || choices.stream().anyMatch(p -> p == null || p.kind() == null)) {
            throw DomainException.invalid("notification.preference.kind.required");
        }
        Set<NotificationKind> seen = EnumSet.noneOf(NotificationKind.class);
        if (!choices.stream().allMatch(p -> seen.add(p.kind()))) {
            throw DomainException.invalid("notification.preference.kind.repeated");
        }
        choices.forEach(p -> preferences.save(me, p));
        List<Preference> now = preferences.all(me);
        audit.record(actor.audited("NOTIFICATION_PREFERENCES_CHANGED", "person", me, actor.regionPath(),
                actor.schoolId(), kinds(now, Channel.EMAIL), kinds(now, Channel.SMS)));
        return now;
    }

    private static String kinds(List<Preference> all, Channel channel) {
        return all.stream().filter(p -> channel == Channel.EMAIL ? p.email() : p.sms())
                .map(p -> p.kind().name()).reduce((a, b) -> a + "," + b).orElse("-");
    }
}
