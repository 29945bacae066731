package org.renrentong.web;

import java.util.List;
import java.util.Locale;
import org.renrentong.audit.AuditReader;
import org.renrentong.audit.AuditTexts;
import org.renrentong.identity.Actor;
import org.renrentong.identity.AuditScopes;
import org.renrentong.identity.Role;
import org.renrentong.resource.ResourceFigures;
import org.renrentong.roster.ImportJob;
import org.renrentong.roster.Imports;
import org.renrentong.shared.DomainException;
import org.renrentong.space.SpaceReport;
import org.renrentong.space.SpaceStatistics;
import org.springframework.stereotype.Service;

/**
 * An administrator's dashboard: the figures of their scope (the platform, a region, a school), each read through
 * the owning module's facade, which checks the same scope again.
 */
@Service
class Dashboards {

    static final int AUDIT_ROWS = 8;
    /** Imports in progress are among the latest jobs: a scope never has more running at once than this. */
    static final int RECENT_IMPORTS = 100;

    /**
     * @param reviews whether the reader reviews resources (then the waiting ones link to the review queue)
     */
    record View(SpaceReport spaces, ResourceFigures.Contributions resources, boolean reviews,
                List<ImportJob> importsRunning, List<AuditTexts.Row> audit) {
    }

    private final SpaceStatistics statistics;
    private final ResourceFigures resources;
    private final Imports imports;
    private final AuditReader audit;
    private final AuditTexts texts;

    Dashboards(SpaceStatistics statistics, ResourceFigures resources, Imports imports, AuditReader audit,
               AuditTexts texts) {
        this.statistics = statistics;
        this.resources = resources;
        this.imports = imports;
        this.audit = audit;
        this.texts = texts;
    }

    View of(Actor actor, Locale locale) {
        if (!actor.role().isAdministrator()) {
            throw DomainException.forbidden();
        }
        List<ImportJob> running = imports.recent(actor, null, null, RECENT_IMPORTS).items().stream()
                .filter(j -> !j.status().finished()).toList();
        AuditReader.Page recent = audit.search(AuditScopes.of(actor), new AuditReader.Filter("", "", null, null, null), AUDIT_ROWS);
        return new View(statistics.report(actor, null, null), resources.contributions(actor),
                !actor.is(Role.SCHOOL_ADMIN), running, texts.rows(recent.items(), locale));
    }
}
