package org.renrentong.federation.hub;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.renrentong.federation.hub.HubReport.Level;
import org.renrentong.federation.hub.HubReport.LevelRow;
import org.renrentong.federation.hub.HubReport.OriginRow;
import org.renrentong.federation.hub.HubReport.SubjectRow;
import org.renrentong.federation.hub.HubRepository.SourceHarvest;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.resource.PublishedFigures;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Service;

/**
 * The hub's statistics for the platform administrator: the resource module counts the published resources by origin
 * and subject; this module names each origin, gives it the level of the joined node it is or, for an origin reached
 * through another node, the level its records carry (an origin that says none is "other"), and the time its source
 * was last harvested completely.
 */
@Service
public class HubStatistics {

    private static final String EXTERNAL_CODE = "source-";

    private final PublishedFigures figures;
    private final HubRepository repository;
    private final ThisNode thisNode;
    private final TextbookTree tree;

    HubStatistics(PublishedFigures figures, HubRepository repository, ThisNode thisNode, TextbookTree tree) {
        this.figures = figures;
        this.repository = repository;
        this.thisNode = thisNode;
        this.tree = tree;
    }

    public HubReport report(Actor actor) {
        if (actor == null || !actor.is(Role.PLATFORM_ADMIN)) {
            throw DomainException.forbidden();
        }
        Map<String, String> peerLevels = repository.peerLevels();
        List<SourceHarvest> sources = repository.sources();
        List<OriginRow> origins = figures.byOrigin().stream().map(o -> o.local()
                ? new OriginRow(o.originCode(), thisNode.name(), Level.valueOf(thisNode.level()), true,
                        o.resources(), null)
                : new OriginRow(o.originCode(), o.originName() == null ? o.originCode() : o.originName(),
                        level(peerLevels.getOrDefault(o.originCode(), o.originLevel())), false, o.resources(),
                        source(sources, o.originCode(), o.originName()).map(SourceHarvest::lastHarvest)
                                .orElse(null))).toList();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Arrays.stream(Level.values()).forEach(l -> byLevel.put(l, 0L));
        origins.forEach(o -> byLevel.merge(o.level(), o.resources(), Long::sum));
        List<LevelRow> levels = byLevel.entrySet().stream().map(e -> new LevelRow(e.getKey(), e.getValue())).toList();
        List<SubjectRow> subjects = figures.bySubject().stream()
                .map(s -> new SubjectRow(s.subjectCode(), subjectName(s.subjectCode()), s.resources())).toList();
        long harvested = origins.stream().filter(o -> !o.local()).mapToLong(OriginRow::resources).sum();
        return new HubReport(thisNode.name(), Instant.now(), figures.total(), harvested, origins, levels, subjects);
    }

    /** A joined node's own level, else the level its records named (a school reached through a county). */
    private static Level level(String level) {
        return level == null ? Level.OTHER : Level.valueOf(level);
    }

    /**
     * The source an origin comes from directly: the child it is, or the external source whose records it names
     * (by the code the harvester gives records without a usual identifier, or by the source's name it carries).
     */
    private static Optional<SourceHarvest> source(List<SourceHarvest> sources, String code, String name) {
        return sources.stream().filter(s -> s.nodeCode() != null ? s.nodeCode().equals(code)
                : (EXTERNAL_CODE + s.id()).equals(code) || s.name().equals(name)).findFirst();
    }

    private String subjectName(String code) {
        if (code == null) {
            return null;
        }
        return tree.subjects().stream().filter(s -> s.code().equals(code)).map(CodeName::name).findFirst()
                .orElse(code);
    }
}
