package org.renrentong.federation.harvest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sources this node harvests, for its platform administrators: list and read them with their runs and errors,
 * add and edit external ones (the URL checked with Identify first), and ask for a harvest now.
 */
@Service
public class HarvestSources {

    static final Set<String> PREFIXES = Set.of("oai_dc", "lom");
    static final int RUNS = 10;
    static final int ERRORS = 20;

    private final HarvestRepository sources;
    private final HarvestPolicy policy;
    private final OaiClient client;
    private final HarvestSchedule schedule;
    private final FileCopyRepository copies;
    private final AuditLog audit;

    HarvestSources(HarvestRepository sources, HarvestPolicy policy, OaiClient client, HarvestSchedule schedule,
                   FileCopyRepository copies, AuditLog audit) {
        this.copies = copies;
        this.sources = sources;
        this.policy = policy;
        this.client = client;
        this.schedule = schedule;
        this.audit = audit;
    }

    /** A source with its latest run (null before the first) and whether a harvest holds it now. */
    public record SourceView(HarvestSource source, HarvestRun lastRun, boolean running) {
    }

    /** A source with its recent runs and errors, and how the copying of its files stands. */
    public record SourceDetail(HarvestSource source, boolean running, List<HarvestRun> runs,
                               List<HarvestError> errors, CopyFigures files) {
    }

    public List<SourceView> list(Actor actor) {
        policy.checkManages(actor);
        return sources.all().stream().map(s -> {
            List<HarvestRun> last = sources.runs(s.id(), 1);
            return new SourceView(s, last.isEmpty() ? null : last.get(0), running(s));
        }).toList();
    }

    public SourceDetail get(Actor actor, long id) {
        policy.checkManages(actor);
        HarvestSource s = find(id);
        return new SourceDetail(s, running(s), sources.runs(id, RUNS), sources.errors(id, ERRORS),
                copies.figures(id));
    }

    @Transactional
    public HarvestSource add(Actor actor, SourceForm form) {
        policy.checkManages(actor);
        SourceForm f = check(form);
        identify(f.baseUrl(), null);
        long id = sources.insert(f, f.paused() ? SourceState.PAUSED : SourceState.ACTIVE, null);
        audit.record(actor.audited("HARVEST_SOURCE_ADDED", "harvest_source", id, actor.regionPath(), null,
                f.name(), f.baseUrl()));
        return find(id);
    }

    /** Edits a source; a child's stays suspended or removed as its parent decided, whatever the form says. */
    @Transactional
    public HarvestSource update(Actor actor, long id, SourceForm form) {
        policy.checkManages(actor);
        HarvestSource current = find(id);
        SourceForm f = check(form);
        if (!f.baseUrl().equals(current.baseUrl())) {
            identify(f.baseUrl(), current.nodeCode());
        }
        SourceState state = current.state() == SourceState.SUSPENDED || current.state() == SourceState.REMOVED
                ? current.state() : f.paused() ? SourceState.PAUSED : SourceState.ACTIVE;
        sources.update(id, f, state);
        audit.record(actor.audited("HARVEST_SOURCE_CHANGED", "harvest_source", id, actor.regionPath(), null,
                f.name(), f.baseUrl()));
        return find(id);
    }

    /** Makes the source due and starts its harvest in the background (it goes on from where it stands). */
    public HarvestSource harvestNow(Actor actor, long id) {
        policy.checkManages(actor);
        HarvestSource s = find(id);
        if (s.state() != SourceState.ACTIVE) {
            throw DomainException.conflict("federation.harvest.notActive");
        }
        sources.due(id);
        schedule.start(id);
        audit.record(actor.audited("HARVEST_REQUESTED", "harvest_source", id, actor.regionPath(), null, s.name()));
        return s;
    }

    private HarvestSource find(long id) {
        return sources.find(id).orElseThrow(() -> DomainException.notFound("federation.harvest.unknown"));
    }

    /** A harvest holds the source, or it is due and about to start: the page follows it until it ends. */
    private static boolean running(HarvestSource s) {
        Instant now = Instant.now();
        return (s.leasedUntil() != null && s.leasedUntil().isAfter(now))
                || (s.state() == SourceState.ACTIVE && !s.nextRunAt().isAfter(now));
    }

    private void identify(String baseUrl, String nodeCode) {
        try {
            client.identify(baseUrl, nodeCode);
        } catch (HarvestFailure e) {
            throw DomainException.invalid("federation.harvest.invalid.baseUrl",
                    new DefaultMessageSourceResolvable("federation.harvest.reason." + e.reason().name()));
        }
    }

    private static SourceForm check(SourceForm form) {
        if (form == null) {
            throw DomainException.invalid("federation.harvest.invalid.name");
        }
        SourceForm f = form.cleaned();
        if (f.name() == null || f.name().length() > 200) {
            throw DomainException.invalid("federation.harvest.invalid.name");
        }
        if (f.baseUrl() == null || f.baseUrl().length() > 1000 || !httpUrl(f.baseUrl())) {
            throw DomainException.invalid("federation.harvest.invalid.baseUrl.format");
        }
        if (!PREFIXES.contains(f.metadataPrefix())) {
            throw DomainException.invalid("federation.harvest.invalid.metadataPrefix");
        }
        if (f.setSpec() != null && (f.setSpec().length() > 200 || !f.setSpec().matches("[A-Za-z0-9\\-_.!~*():]+"))) {
            throw DomainException.invalid("federation.harvest.invalid.setSpec");
        }
        if (f.intervalMinutes() < 5 || f.intervalMinutes() > 10080) {
            throw DomainException.invalid("federation.harvest.invalid.intervalMinutes");
        }
        return f;
    }

    private static boolean httpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
