package org.renrentong.resource;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Resources as a node's front page and the administrators' dashboards count and show them. The front page shows
 * only published public resources; a dashboard counts within the reader's scope.
 */
@Service
public class ResourceFigures {

    /** What a scope has contributed: in every status, published, and waiting for review now. */
    public record Contributions(long contributed, long published, long awaitingReview) {
    }

    private final ResourceRepository resources;
    private final ResourceReader reader;
    private final JdbcClient jdbc;

    ResourceFigures(ResourceRepository resources, ResourceReader reader, JdbcClient jdbc) {
        this.resources = resources;
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /**
     * Featured: the published public resources most used and best rated (downloads, favourites counted thrice,
     * and the sum of stars), contributed within the region subtree.
     */
    public List<Resource> featured(String regionPath, int limit) {
        return reader.all(resources.where("""
                r.region_path LIKE ? AND r.status = 'PUBLISHED' AND r.visibility = 'PUBLIC'
                ORDER BY r.download_count + 3 * r.favourite_count + r.rating_sum DESC, r.id DESC LIMIT ?""",
                regionPath + "%", limit));
    }

    /** The newest published public resources contributed within the region subtree. */
    public List<Resource> newest(String regionPath, int limit) {
        return reader.all(resources.where("""
                r.region_path LIKE ? AND r.status = 'PUBLISHED' AND r.visibility = 'PUBLIC'
                ORDER BY r.published_at DESC, r.id DESC LIMIT ?""", regionPath + "%", limit));
    }

    /** How many resources are published within the region subtree (a figure, in any visibility). */
    public long published(String regionPath) {
        return jdbc.sql("SELECT count(*) FROM resource WHERE region_path LIKE ? AND status = 'PUBLISHED'")
                .param(regionPath + "%").query(Long.class).single();
    }

    /** Counts for an administrator: the platform's, a region's subtree, or a school's. */
    public Contributions contributions(Actor actor) {
        String where;
        Object scope;
        if (actor.is(Role.SCHOOL_ADMIN)) {
            where = "school_id = ?";
            scope = actor.schoolId();
        } else if (actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN)) {
            where = "region_path LIKE ?";
            scope = actor.regionPath() + "%";
        } else {
            throw DomainException.forbidden();
        }
        return jdbc.sql("""
                SELECT count(*) AS contributed, count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
                       count(*) FILTER (WHERE status = 'SUBMITTED') AS awaiting
                FROM resource WHERE""" + " " + where)
                .param(scope).query((rs, n) -> new Contributions(rs.getLong("contributed"), rs.getLong("published"),
                        rs.getLong("awaiting"))).single();
    }
}
