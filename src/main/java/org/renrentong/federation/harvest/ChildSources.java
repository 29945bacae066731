package org.renrentong.federation.harvest;

import org.renrentong.federation.NodeEvents;
import org.renrentong.federation.Peer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The children of this node are harvested: a child that joins becomes a source ({@code lom}, hourly, its requests
 * signed); suspending it stops its harvest, removing it ends it. Each is a reaction to the joining's facts.
 */
@Component
class ChildSources {

    static final String CHILD_PREFIX = "lom";

    private final HarvestRepository sources;

    ChildSources(HarvestRepository sources) {
        this.sources = sources;
    }

    @ApplicationModuleListener(id = "federation.harvest-children")
    void joined(NodeEvents.ChildJoined event) {
        Peer child = event.child();
        String base = child.baseUrl().replaceFirst("/+$", "") + "/oai";
        // a child that joins again keeps the administrator's choice of copying its files
        sources.findByNode(child.code()).ifPresentOrElse(
                s -> sources.update(s.id(), form(child, base, s.copyFiles()), SourceState.ACTIVE),
                () -> sources.insert(form(child, base, false), SourceState.ACTIVE, child.code()));
    }

    private static SourceForm form(Peer child, String base, boolean copyFiles) {
        return new SourceForm(child.name(), base, CHILD_PREFIX, null, SourceForm.DEFAULT_INTERVAL, false, copyFiles);
    }

    @ApplicationModuleListener(id = "federation.harvest-children-suspended")
    void suspended(NodeEvents.ChildSuspended event) {
        sources.findByNode(event.code()).filter(s -> s.state() != SourceState.REMOVED)
                .ifPresent(s -> sources.state(s.id(), event.suspended() ? SourceState.SUSPENDED : SourceState.ACTIVE));
    }

    @ApplicationModuleListener(id = "federation.harvest-children-removed")
    void removed(NodeEvents.ChildRemoved event) {
        sources.findByNode(event.code()).ifPresent(s -> sources.state(s.id(), SourceState.REMOVED));
    }
}
