package org.renrentong.federation.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.renrentong.federation.harvest.HarvestFailure.Reason;
import org.renrentong.resource.HarvestedResources;
import org.renrentong.shared.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one harvest of a source: takes its lease (so one node at a time harvests it), goes on from the run in
 * progress or starts a new one from the last datestamp seen, and stores page after page, each in its own
 * transaction with the source's standing. A failure is kept with its page and stops the run without writing that
 * page; the source is tried again after a back-off and goes on from its last stored page. An expired token restarts
 * the run from its stored from, once. The next page is fetched and read while the current one is stored, so the
 * source's serving and this node's storing overlap; a failure of the next page counts only once its turn comes.
 */
@Component
class Harvester {

    /** The reason kept when this node itself failed on a page (a bug or its database), not the source. */
    static final String INTERNAL = "INTERNAL";

    private static final Logger log = LoggerFactory.getLogger(Harvester.class);

    private final HarvestRepository sources;
    private final OaiClient client;
    private final PageCommit commit;
    private final HarvestSettings settings;
    private final HarvestedResources harvested;
    private final ThisNode node;

    Harvester(HarvestRepository sources, OaiClient client, PageCommit commit, HarvestSettings settings,
              HarvestedResources harvested, ThisNode node) {
        this.sources = sources;
        this.client = client;
        this.commit = commit;
        this.settings = settings;
        this.harvested = harvested;
        this.node = node;
    }

    /** Harvests the source unless another holder has it; false when it did not run. */
    boolean run(long sourceId) {
        String holder = node.code() + "/" + UUID.randomUUID();
        if (!sources.lease(sourceId, holder, settings.lease())) {
            return false;
        }
        try {
            sources.find(sourceId).filter(s -> s.state() == SourceState.ACTIVE).ifPresent(s -> harvest(s, holder));
            return true;
        } finally {
            sources.release(sourceId, holder);
        }
    }

    private void harvest(HarvestSource source, String holder) {
        long runId;
        Instant from;
        String token;
        if (source.inProgress()) {
            runId = source.runId();
            from = source.runFrom();
            token = source.resumptionToken();
            sources.resumeRun(runId);
        } else {
            from = source.harvestedFrom();
            runId = sources.startRun(source.id(), from);
            token = null;
        }
        RecordMapping mapping = new RecordMapping(source, harvested.originNames(node.code(), node.name()));
        Set<String> tokens = new HashSet<>();
        if (token != null) {
            tokens.add(token);
        }
        boolean restarted = false;
        ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> new Thread(r, "harvest-fetch-" + source.id()));
        URI uri = OaiClient.listRecords(source, from, token);
        Future<OaiPage> ahead = fetch(fetcher, source, uri, mapping);
        try {
            for (int pages = 0; ; pages++) {
                try {
                    if (pages >= settings.maxPagesPerRun()) {
                        throw new HarvestFailure(Reason.TOO_MANY_PAGES, String.valueOf(pages));
                    }
                    OaiPage page = await(ahead);
                    String next = page.resumptionToken();
                    if (next != null && !tokens.add(next)) {
                        throw new HarvestFailure(Reason.REPEATED_TOKEN, next);
                    }
                    // the source serves the next page while this one is stored
                    URI nextUri = next == null ? null : OaiClient.listRecords(source, from, next);
                    ahead = next == null ? null : fetch(fetcher, source, nextUri, mapping);
                    commit.store(source, runId, holder, page);
                    if (next == null) {
                        commit.finish(source, runId);
                        return;
                    }
                    token = next;
                    uri = nextUri;
                } catch (HarvestFailure f) {
                    sources.error(source.id(), runId, uri.toString(), token, f.reason().name(), f.detail());
                    if (f.reason() == Reason.BAD_TOKEN && token != null && !restarted) {
                        restarted = true;
                        sources.restartRun(source.id());
                        token = null;
                        tokens.clear();
                        uri = OaiClient.listRecords(source, from, null);
                        ahead = fetch(fetcher, source, uri, mapping);
                        continue;
                    }
                    failed(source, runId, f);
                    return;
                } catch (PageCommit.LeaseLost e) {
                    log.info("Harvest of source {} passed to another node", source.id());
                    return;
                } catch (RuntimeException e) {
                    sources.error(source.id(), runId, uri.toString(), token, INTERNAL, e.getClass().getSimpleName());
                    failed(source, runId, null);
                    throw e;
                }
            }
        } finally {
            fetcher.shutdownNow();
        }
    }

    /** Fetches and reads a page on the fetcher's thread. */
    private Future<OaiPage> fetch(ExecutorService fetcher, HarvestSource source, URI uri, RecordMapping mapping) {
        return fetcher.submit(() -> client.page(source, uri, mapping));
    }

    /** The fetched page, or the failure that reading it met. */
    private static OaiPage await(Future<OaiPage> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailure(Reason.TIMEOUT, "interrupted");
        }
    }

    private void failed(HarvestSource source, long runId, HarvestFailure f) {
        sources.runFailed(source.id(), runId, settings.backOff(source.failures() + 1));
        log.info("Harvest of source {} stopped: {}", source.id(), f == null ? "internal error" : f.getMessage());
    }
}
