package org.renrentong.federation.harvest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renrentong.federation.LomXml;
import org.renrentong.federation.NodeLevel;
import org.renrentong.resource.FileRole;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.Licence;
import org.renrentong.resource.LomRecord;
import org.renrentong.resource.MetadataMapping;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;

/**
 * Turns a harvested record into a harvested resource: its IEEE LOM ({@code lom}, what Renrentong nodes serve, read
 * by {@link LomXml}) or its Dublin Core ({@code oai_dc}, what every OAI-PMH source serves). The node of origin is
 * the identifier's {@code <code>} ({@code oai:<code>:resource/<id>}); its name is the one the LOM metadata names,
 * else the source's for the source's own records, else the name this node already knows for that code.
 */
class RecordMapping {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Pattern IDENTIFIER = Pattern.compile("^oai:([^:]{1,32}):(.*)$");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String LOCAL_TYPE = "renrentong:";
    /** The most files taken from one record: a hostile source cannot fill the copy queue without bound. */
    static final int MAX_FILES = 50;
    /** The set a node puts records in that it shares with joined nodes only (signed-in people may read them). */
    static final String SIGNED_IN_SET = "visibility:SIGNED_IN";
    private static final String LEVEL_SET = "level:";

    private final HarvestSource source;
    private final Map<String, String> knownNames;

    /** @param knownNames node code → name of the nodes of origin met so far */
    RecordMapping(HarvestSource source, Map<String, String> knownNames) {
        this.source = source;
        this.knownNames = knownNames;
    }

    /** What a reader collected of one record: header and the metadata elements this mapping wants. */
    static final class Fields {
        String identifier;
        Instant datestamp;
        boolean deleted;
        LomXml.Read lom;
        final List<String> sets = new ArrayList<>();
        final Map<String, List<String>> values = new LinkedHashMap<>();

        void add(String ns, String name, String value) {
            if (!value.isEmpty()) {
                values.computeIfAbsent((DC.equals(ns) ? "dc:" : "dcterms:") + name, k -> new ArrayList<>()).add(value);
            }
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        String first(String key) {
            List<String> found = all(key);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    boolean wants(String ns, String name) {
        return !lom() && (DC.equals(ns) || DCTERMS.equals(ns));
    }

    /** Whether records come as LOM: the {@code lom} element of their metadata is read whole by {@link LomXml}. */
    boolean lom() {
        return "lom".equals(source.metadataPrefix());
    }

    HarvestedRecord record(Fields f) {
        Matcher m = IDENTIFIER.matcher(f.identifier);
        String code = m.matches() ? m.group(1) : fallbackCode();
        String name = f.lom != null && f.lom.originName() != null && !f.lom.originName().isBlank()
                ? f.lom.originName() : originName(code, m.matches());
        String localId = m.matches() ? m.group(2) : null;
        if (f.deleted) {
            return HarvestedRecord.deleted(f.identifier, f.datestamp, code, name);
        }
        if (f.lom != null) {
            return fromLom(f, code, name, localId);
        }
        return new HarvestedRecord(f.identifier, f.datestamp, false, code, name, level(f), f.first("dc:title"),
                String.join("\n", f.all("dc:description")), f.all("dc:subject"), type(f.first("dc:type")),
                f.first("dc:language"), licence(f.first("dc:rights")), String.join("、", f.all("dc:creator")),
                List.of(), visibility(f), originUrl(f.all("dc:identifier"), code, localId));
    }

    /**
     * The files a LOM record announces: one per technical location (4.3), paired in order with the "haspart"
     * relations that name each file's SHA-256, role and name when there are as many of them. Other records
     * announce none.
     */
    List<RemoteFile> files(Fields f) {
        if (f.deleted || f.lom == null || f.lom.record().technical() == null) {
            return List.of();
        }
        List<String> locations = f.lom.record().technical().locations().stream()
                .filter(l -> (l.startsWith("https://") || l.startsWith("http://")) && l.length() <= 2000)
                .limit(MAX_FILES).toList();
        List<LomRecord.Relation> parts = orEmpty(f.lom.record().relations()).stream()
                .filter(r -> "haspart".equals(r.kind()) && r.resource() != null
                        && "sha256".equals(r.resource().catalog())).toList();
        List<RemoteFile> files = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            String url = locations.get(i);
            LomRecord.Relation part = parts.size() == locations.size() ? parts.get(i) : null;
            String sha256 = part != null && part.resource().entry() != null
                    && SHA256.matcher(part.resource().entry()).matches() ? part.resource().entry().toLowerCase() : null;
            // a part's description: role, media type, size, name
            String[] described = part == null || part.description() == null ? new String[0]
                    : part.description().split(" ", 4);
            FileRole role = described.length == 4 ? role(described[0]) : i == 0 ? FileRole.MAIN : FileRole.MATERIAL;
            String name = described.length == 4 && !described[3].isBlank() ? described[3] : lastSegment(url);
            files.add(new RemoteFile(f.identifier, url, sha256, name, role));
        }
        return files;
    }

    private static FileRole role(String value) {
        for (FileRole r : FileRole.values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return FileRole.MATERIAL;
    }

    private static String lastSegment(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "file" : java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
    }

    private HarvestedRecord fromLom(Fields f, String code, String name, String localId) {
        LomRecord lom = f.lom.record();
        LomRecord.General general = lom.general();
        String author = lom.lifeCycle() == null ? null : orEmpty(lom.lifeCycle().contributes()).stream()
                .filter(c -> "author".equals(c.role())).map(LomRecord.Contribute::entity).findFirst().orElse(null);
        String type = lom.educational() == null ? null : orEmpty(lom.educational().learningResourceTypes()).stream()
                .filter(v -> MetadataMapping.LOCAL_SOURCE.equals(v.source())).map(v -> LOCAL_TYPE + v.value())
                .findFirst().orElse(null);
        List<String> places = orEmpty(lom.classifications()).stream()
                .filter(c -> c.source() != null && c.source().startsWith(MetadataMapping.TREE_SOURCE))
                .map(RecordMapping::codePath).toList();
        return new HarvestedRecord(f.identifier, f.datestamp, false, code, name, level(f), general.title(),
                general.description(), orEmpty(general.keywords()), type(type), general.language(),
                licence(lom.rights() == null ? null : lom.rights().description()), author, places,
                visibility(f), originUrl(List.of(), code, localId));
    }

    /** A textbook-tree place as its code path: the taxa's ids are LEVEL:code, root first. */
    private static String codePath(LomRecord.Classification c) {
        return orEmpty(c.taxonPath()).stream().map(t -> t.id() == null ? "" : t.id().substring(t.id().indexOf(':') + 1))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Records of an external source without an OAI identifier of the usual form: the source is their origin. */
    private String fallbackCode() {
        return source.child() ? source.nodeCode() : "source-" + source.id();
    }

    private String originName(String code, boolean parsed) {
        if (code.equals(source.nodeCode()) || (!source.child() && (!parsed || !knownNames.containsKey(code)))) {
            return source.name();
        }
        return knownNames.getOrDefault(code, code);
    }

    /** A web address among the identifiers; else, for a child's own records, its resource page. */
    private String originUrl(List<String> identifiers, String code, String localId) {
        for (String id : identifiers) {
            if (id.startsWith("https://") || id.startsWith("http://")) {
                return id;
            }
        }
        if (code.equals(source.nodeCode()) && localId != null && localId.startsWith("resource/")) {
            String base = source.baseUrl().replaceFirst("/oai/?$", "");
            return base + "/resources/" + localId.substring("resource/".length());
        }
        return null;
    }

    private static ResourceType type(String value) {
        if (value != null && value.startsWith(LOCAL_TYPE)) {
            for (ResourceType t : ResourceType.values()) {
                if (t.name().equals(value.substring(LOCAL_TYPE.length()))) {
                    return t;
                }
            }
        }
        return ResourceType.MATERIAL;
    }

    private static Licence licence(String rights) {
        if (rights != null) {
            for (Licence l : Licence.values()) {
                if (l != Licence.ALL_RIGHTS_RESERVED && rights.contains(l.spdx())) {
                    return l;
                }
            }
        }
        return Licence.ALL_RIGHTS_RESERVED;
    }

    /** The level of the node of origin named by the record's {@code level:} set; null when it names none it knows. */
    private static String level(Fields f) {
        return f.sets.stream().filter(set -> set.startsWith(LEVEL_SET)).map(set -> set.substring(LEVEL_SET.length()))
                .filter(level -> Arrays.stream(NodeLevel.values()).anyMatch(l -> l.name().equals(level)))
                .findFirst().orElse(null);
    }

    /**
     * SIGNED_IN when the source shares the record with joined nodes only (its set, or Dublin Core's access
     * rights say so), else PUBLIC: visibility is a local rule that the metadata itself does not carry.
     */
    private static ResourceVisibility visibility(Fields f) {
        String accessRights = f.first("dcterms:accessRights");
        return f.sets.contains(SIGNED_IN_SET) || (accessRights != null && accessRights.strip().equals("SIGNED_IN"))
                ? ResourceVisibility.SIGNED_IN : ResourceVisibility.PUBLIC;
    }
}
