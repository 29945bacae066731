package org.renrentong.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renrentong.taxonomy.TreePlace;

/**
 * Writes {@link ResourceMetadata} as IEEE LOM (GB/T 21365) and as qualified Dublin Core, keeping every field:
 * the local resource type beside its LOM vocabulary value, each file as a part, each tree place as a taxon path.
 */
public final class MetadataMapping {

    public static final String LOM_SCHEMA = "LOMv1.0";
    public static final String CELTS_SCHEMA = "GB/T 21365-2008";
    public static final String LOCAL_SOURCE = "renrentong";
    public static final String TREE_SOURCE = "renrentong-textbook-tree";

    private static final Map<ResourceType, String> LOM_TYPES = Map.ofEntries(
            Map.entry(ResourceType.LESSON_PLAN, "narrative text"), Map.entry(ResourceType.SLIDES, "slide"),
            Map.entry(ResourceType.MICRO_LESSON, "lecture"), Map.entry(ResourceType.LESSON_RECORDING, "lecture"),
            Map.entry(ResourceType.EXERCISES, "exercise"), Map.entry(ResourceType.MATERIAL, "figure"),
            Map.entry(ResourceType.EXPERIMENT, "experiment"),
            Map.entry(ResourceType.DIGITAL_TEXTBOOK, "narrative text"),
            Map.entry(ResourceType.STANDARD_READING, "narrative text"),
            Map.entry(ResourceType.TEXTBOOK_ANALYSIS, "narrative text"), Map.entry(ResourceType.TOOL, "simulation"));

    private MetadataMapping() {
    }

    public static LomRecord lom(ResourceMetadata m) {
        var general = new LomRecord.General(new LomRecord.Identifier(m.origin(), m.identifier()), m.title(),
                m.language(), m.description(), m.keywords());
        var lifeCycle = new LomRecord.LifeCycle(String.valueOf(m.version()), "final", List.of(
                new LomRecord.Contribute("author", m.author(), m.publishedAt()),
                new LomRecord.Contribute("publisher", m.organisation(), m.publishedAt())));
        var meta = new LomRecord.MetaMetadata(List.of(LOM_SCHEMA, CELTS_SCHEMA), m.updatedAt());
        var technical = new LomRecord.Technical(m.files().stream().map(ResourceFile::mediaType).distinct().toList(),
                m.files().stream().mapToLong(ResourceFile::size).sum());
        var educational = new LomRecord.Educational(List.of(
                new LomRecord.Vocabulary(LOM_SCHEMA, LOM_TYPES.get(m.type())),
                new LomRecord.Vocabulary(LOCAL_SOURCE, m.type().name())),
                m.audiences().stream().sorted().map(Audience::lomRole).toList(), m.language());
        var rights = new LomRecord.Rights(!m.licence().free(), m.licence() != Licence.CC0_1_0, licenceText(m.licence()));
        List<LomRecord.Relation> parts = m.files().stream().map(f -> new LomRecord.Relation("haspart",
                new LomRecord.Identifier("sha256", f.sha256()), part(f))).toList();
        List<LomRecord.Classification> places = m.places().stream().map(MetadataMapping::classification).toList();
        return new LomRecord(general, lifeCycle, meta, technical, educational, rights, parts, places);
    }

    /** Qualified Dublin Core elements (dc: and dcterms:), in a stable order. */
    public static List<DcElement> dublinCore(ResourceMetadata m) {
        List<DcElement> dc = new ArrayList<>();
        dc.add(new DcElement("dc:identifier", m.identifier()));
        dc.add(new DcElement("dc:title", m.title()));
        dc.add(new DcElement("dc:description", m.description()));
        m.keywords().forEach(k -> dc.add(new DcElement("dc:subject", k)));
        m.places().forEach(p -> dc.add(new DcElement("dc:subject", p.label())));
        dc.add(new DcElement("dc:type", LOCAL_SOURCE + ":" + m.type().name()));
        dc.add(new DcElement("dc:language", m.language()));
        dc.add(new DcElement("dc:creator", m.author()));
        dc.add(new DcElement("dc:publisher", m.organisation()));
        dc.add(new DcElement("dc:source", m.origin()));
        dc.add(new DcElement("dc:rights", licenceText(m.licence())));
        if (m.publishedAt() != null) {
            dc.add(new DcElement("dc:date", m.publishedAt().toString()));
        }
        dc.add(new DcElement("dcterms:modified", m.updatedAt().toString()));
        dc.add(new DcElement("dcterms:hasVersion", String.valueOf(m.version())));
        m.audiences().stream().sorted().forEach(a -> dc.add(new DcElement("dcterms:audience", a.lomRole())));
        m.files().stream().map(ResourceFile::mediaType).distinct().forEach(t -> dc.add(new DcElement("dc:format", t)));
        m.files().forEach(f -> dc.add(new DcElement("dcterms:hasPart", "sha256:" + f.sha256() + " " + part(f))));
        return dc;
    }

    /** One Dublin Core statement: the element's prefixed name and its value. */
    public record DcElement(String name, String value) {
    }

    private static String licenceText(Licence licence) {
        return licence.url() == null ? licence.spdx() : licence.spdx() + " " + licence.url();
    }

    private static String part(ResourceFile f) {
        return f.role().name() + " " + f.mediaType() + " " + f.size() + " " + f.name();
    }

    private static LomRecord.Classification classification(TreePlace place) {
        List<LomRecord.Taxon> path = place.path().stream()
                .map(n -> new LomRecord.Taxon(n.level().name() + ":" + n.code(), n.name())).toList();
        return new LomRecord.Classification("discipline", TREE_SOURCE + ":" + place.nodeId(), path, place.label());
    }
}
