package org.renrentong.federation.oai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.renrentong.resource.ChangeKind;
import org.renrentong.resource.HarvestedResources;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.ResourceChange;
import org.renrentong.resource.ResourceChanges;
import org.renrentong.resource.Resources;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.TreePlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the provider's records in step with the resource change log, as the search index does: from the position
 * it committed, a page of changes at a time, each resource changed read once per page. It catches up before every
 * OAI-PMH request (so an answer never misses a committed change older than its response date, which an incremental
 * harvester would otherwise skip for ever), and soon after the start and on a timer (so requests rarely find much
 * to do). No event is needed: the log is the order of record. Several nodes behind a balancer take turns on the
 * position's row lock.
 */
@Component
class OaiFeed {

    private static final Logger log = LoggerFactory.getLogger(OaiFeed.class);

    private final ResourceChanges changes;
    private final Resources resources;
    private final OaiRecords records;
    private final HarvestedResources harvested;
    private final ThisNode thisNode;
    private final TransactionTemplate transactions;

    OaiFeed(ResourceChanges changes, Resources resources, OaiRecords records, HarvestedResources harvested,
            ThisNode thisNode, TransactionTemplate transactions) {
        this.changes = changes;
        this.resources = resources;
        this.records = records;
        this.harvested = harvested;
        this.thisNode = thisNode;
        this.transactions = transactions;
    }

    /** Follows the log to its end; costs one indexed read when there is nothing new. */
    synchronized void catchUp() {
        while (!changes.since(records.position(), 1).isEmpty()) {
            transactions.executeWithoutResult(tx -> follow());
        }
    }

    /** Soon after the start (in the background: a long backlog must not hold the start up) and then on a timer. */
    @Scheduled(fixedDelayString = "${renrentong.oai.catch-up-interval:10s}", initialDelay = 1000)
    void onTimer() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Cannot bring the OAI-PMH records up to the resource changes; trying again shortly", e);
        }
    }

    /**
     * One page of the log, under the position's lock: the last change of each resource in it decides its record.
     * The page's records and resources are read together and its records written together: a handful of
     * statements a page, however many records it holds.
     */
    private void follow() {
        long at = records.lockPosition();
        List<ResourceChange> page = changes.since(at, 1000);
        if (page.isEmpty()) {
            return;
        }
        Map<Long, ResourceChange> latest = new LinkedHashMap<>();
        Set<Long> published = new HashSet<>();
        for (ResourceChange c : page) {
            latest.put(c.resourceId(), c);
            if (c.kind() == ChangeKind.PUBLISHED) {
                published.add(c.resourceId());
            }
        }
        Map<Long, OaiRecords.Row> before = records.findAll(latest.keySet());
        Map<Long, Resource> now = new HashMap<>();
        resources.current(latest.keySet()).forEach(r -> now.put(r.id(), r));
        Map<String, String> levels = new HashMap<>(harvested.originLevels());
        levels.put(thisNode.code(), thisNode.level());
        List<OaiRecords.Row> rows = new ArrayList<>();
        for (ResourceChange c : latest.values()) {
            record(c, published.contains(c.resourceId()), Optional.ofNullable(before.get(c.resourceId())),
                    Optional.ofNullable(now.get(c.resourceId())), levels).ifPresent(rows::add);
        }
        records.saveAll(rows);
        records.followedTo(page.get(page.size() - 1).seq());
    }

    /**
     * The record of the resource after its latest change; empty for one never shown to any harvester. One
     * published and withdrawn within the page was harvestable meanwhile, so it becomes a deleted record all the
     * same.
     */
    private Optional<OaiRecords.Row> record(ResourceChange change, boolean publishedMeanwhile,
                                            Optional<OaiRecords.Row> before, Optional<Resource> now,
                                            Map<String, String> levels) {
        int reach = now.map(OaiReach::of).orElse(OaiReach.NOBODY);
        int reached = publishedMeanwhile ? now.map(OaiReach::whilePublished).orElse(OaiReach.NOBODY) : reach;
        int widest = Math.max(reached, before.map(OaiRecords.Row::widest).orElse(OaiReach.NOBODY));
        if (widest == OaiReach.NOBODY) {
            return Optional.empty();
        }
        String identifier = now.map(OaiIdentifiers::of).orElseGet(() -> before.get().identifier());
        List<String> sets = now.map(r -> setSpecs(r, levels.get(r.origin()))).orElseGet(() -> before.get().setSpecs());
        return Optional.of(new OaiRecords.Row(change.resourceId(), identifier, change.seq(), change.changedAt(),
                reach, widest, sets));
    }

    /**
     * Its sets: node of origin and its level (when known: a harvester upstream counts a school reached through a
     * county as a school by it), stages and subjects of its places, each under its parent set.
     */
    private List<String> setSpecs(Resource r, String originLevel) {
        List<String> specs = new ArrayList<>(List.of(OaiSets.ORIGIN, OaiSets.ORIGIN + ":" + r.origin()));
        if (originLevel != null) {
            specs.add(OaiSets.LEVEL);
            specs.add(OaiSets.LEVEL + ":" + originLevel);
        }
        add(specs, OaiSets.STAGE, r.places().stream().map(TreePlace::stageCode).toList());
        add(specs, OaiSets.SUBJECT, r.places().stream().map(TreePlace::subjectCode).toList());
        if (r.visibility() == ResourceVisibility.SIGNED_IN) {
            // joined nodes alone see these, and keep them for signed-in people when they harvest them
            specs.add(OaiSets.VISIBILITY);
            specs.add(OaiSets.SIGNED_IN);
        }
        return specs;
    }

    private static void add(List<String> specs, String parent, List<String> codes) {
        List<String> children = codes.stream().filter(c -> c != null).distinct().sorted()
                .map(c -> parent + ":" + c).toList();
        if (!children.isEmpty()) {
            specs.add(parent);
            specs.addAll(children);
        }
    }
}
