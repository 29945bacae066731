package org.renrentong.federation.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.resource.HarvestedFiles;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.HarvestedResources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of a harvest in one transaction: its records, the files to copy (a file replaced at the origin leaves
 * with its copy) and the source's standing (next token, figures, highest datestamp). Killed before the commit, neither is written and the page is asked again; after it, both are.
 */
@Component
class PageCommit {

    /** Another node took the source while this one was fetching: this one stops without writing. */
    static class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the harvest lease passed to another holder");
        }
    }

    private final HarvestRepository sources;
    private final HarvestedResources harvested;
    private final HarvestingNode node;
    private final HarvestSettings settings;
    private final FileCopyRepository copies;
    private final HarvestedFiles files;

    PageCommit(HarvestRepository sources, HarvestedResources harvested, HarvestingNode node, HarvestSettings settings,
               FileCopyRepository copies, HarvestedFiles files) {
        this.copies = copies;
        this.files = files;
        this.sources = sources;
        this.harvested = harvested;
        this.node = node;
        this.settings = settings;
    }

    @Transactional
    void store(HarvestSource source, long runId, String holder, OaiPage page) {
        if (!sources.renew(source.id(), holder, settings.lease())) {
            throw new LeaseLost();
        }
        // this node's own records come back through a loop (a source that harvests this node): they are here already
        List<HarvestedRecord> records = page.records().stream()
                .filter(r -> !r.originCode().equals(node.code())).toList();
        if (!records.isEmpty()) {
            harvested.store(node.actor(), source.name(), records);
        }
        copies.forget(records.stream().filter(HarvestedRecord::deleted).map(HarvestedRecord::identifier).toList());
        if (source.copyFiles()) {
            Set<String> stored = records.stream().filter(r -> !r.deleted()).map(HarvestedRecord::identifier)
                    .collect(Collectors.toSet());
            List<RemoteFile> announced = page.files().stream().filter(f -> stored.contains(f.identifier())).toList();
            files.detach(node.actor(), copies.dropReplaced(List.copyOf(stored), announced));
            copies.enqueue(source.id(), announced);
        }
        Instant highest = page.records().stream().map(HarvestedRecord::datestamp).max(Instant::compareTo).orElse(null);
        int skipped = page.records().size() - records.size();
        int deleted = (int) records.stream().filter(HarvestedRecord::deleted).count();
        sources.pageDone(source.id(), runId, page.resumptionToken(), highest, records.size() - deleted, deleted,
                skipped);
    }

    @Transactional
    void finish(HarvestSource source, long runId) {
        sources.runDone(source.id(), runId);
    }
}
