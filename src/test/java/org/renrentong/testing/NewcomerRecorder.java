package org.renrentong.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.renrentong.identity.IdentityEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link IdentityEvents.PeopleCreated} as it is published, for tests of who announces newcomers. */
@Component
public class NewcomerRecorder {

    private final Map<Long, IdentityEvents.Newcomer> newcomers = new ConcurrentHashMap<>();
    private final List<IdentityEvents.PeopleCreated> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(IdentityEvents.PeopleCreated event) {
        events.add(event);
        event.people().forEach(n -> newcomers.put(n.personId(), n));
    }

    /** The newcomer announced with this id, or null. */
    public IdentityEvents.Newcomer newcomer(long personId) {
        return newcomers.get(personId);
    }

    /** The events that announced this person. */
    public List<IdentityEvents.PeopleCreated> eventsOf(long personId) {
        return events.stream().filter(e -> e.people().stream().anyMatch(n -> n.personId() == personId)).toList();
    }
}
