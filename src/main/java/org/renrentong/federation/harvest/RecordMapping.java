package org.renrentong.federation.harvest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renrentong.resource.HarvestedRecord;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;

/**
 * Turns the Dublin Core of a harvested record ({@code oai_dc}, as every OAI-PMH source serves it) into a harvested
 * resource. The node of origin is the identifier's {@code <code>} ({@code oai:<code>:resource/<id>}); its name is
 * the source's for the source's own records, else the name this node already knows for that code.
 */
class RecordMapping {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Pattern IDENTIFIER = Pattern.compile("^oai:([^:]{1,32}):(.*)$");
    private static final String LOCAL_TYPE = "renrentong:";

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
        return DC.equals(ns) || DCTERMS.equals(ns);
    }

    HarvestedRecord record(Fields f) {
        Matcher m = IDENTIFIER.matcher(f.identifier);
        String code = m.matches() ? m.group(1) : fallbackCode();
        String name = originName(code, m.matches());
        if (f.deleted) {
            return HarvestedRecord.deleted(f.identifier, f.datestamp, code, name);
        }
        return new HarvestedRecord(f.identifier, f.datestamp, false, code, name, f.first("dc:title"),
                String.join("\n", f.all("dc:description")), f.all("dc:subject"), type(f.first("dc:type")),
                f.first("dc:language"), licence(f.first("dc:rights")), String.join("、", f.all("dc:creator")),
                List.of(), visibility(f.first("dcterms:accessRights")), originUrl(f, code, m.matches() ? m.group(2) : null));
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
    private String originUrl(Fields f, String code, String localId) {
        for (String id : f.all("dc:identifier")) {
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

    private static ResourceVisibility visibility(String accessRights) {
        return accessRights != null && accessRights.strip().equalsIgnoreCase("SIGNED_IN")
                ? ResourceVisibility.SIGNED_IN : ResourceVisibility.PUBLIC;
    }
}
