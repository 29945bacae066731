package org.renrentong.federation.oai;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.renrentong.federation.NodeLevel;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sets: by stage ({@code stage:<code>}), subject ({@code subject:<code>}), node of origin
 * ({@code origin:<code>}) and its level ({@code level:COUNTY}), each under its parent set, named from the taxonomy and the node names; and
 * {@code visibility:SIGNED_IN}, the records shared with joined nodes only (harvested, they stay for signed-in people). Only sets some
 * record was ever in are listed (they are few: one page).
 */
@Component
class OaiSets implements SetRepository {

    static final String STAGE = "stage";
    static final String SUBJECT = "subject";
    static final String ORIGIN = "origin";
    /** The level of the node of origin, by the names of {@code NodeLevel}. */
    static final String LEVEL = "level";
    /** Records shared with the federation's joined nodes only, not with visitors. */
    static final String VISIBILITY = "visibility";
    static final String SIGNED_IN = VISIBILITY + ":SIGNED_IN";

    private final OaiRecords records;
    private final TextbookTree tree;
    private final ThisNode thisNode;
    private final MessageSource messages;

    OaiSets(OaiRecords records, TextbookTree tree, ThisNode thisNode, MessageSource messages) {
        this.records = records;
        this.tree = tree;
        this.thisNode = thisNode;
        this.messages = messages;
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public boolean exists(String setSpec) {
        return records.setExists(setSpec);
    }

    @Override
    public List<Set> getSets() {
        Map<String, String> names = new HashMap<>();
        tree.stages().forEach(c -> names.put(STAGE + ":" + c.code(), c.name()));
        tree.subjects().forEach(c -> names.put(SUBJECT + ":" + c.code(), c.name()));
        Arrays.stream(NodeLevel.values()).forEach(l -> names.put(LEVEL + ":" + l.name(),
                messages.getMessage("front.level." + l.name(), null, Locale.SIMPLIFIED_CHINESE)));
        names.put(SIGNED_IN, messages.getMessage("federation.oai.set.signedIn", null, Locale.SIMPLIFIED_CHINESE));
        return records.setSpecs().stream().map(spec -> new Set(spec).withName(name(spec, names))).toList();
    }

    private String name(String spec, Map<String, String> names) {
        if (spec.startsWith(ORIGIN + ":")) {
            return thisNode.nameOf(spec.substring(ORIGIN.length() + 1));
        }
        if (!spec.contains(":")) {
            // repositories answer in Chinese, the platform's language
            return messages.getMessage("federation.oai.set." + spec, null, Locale.SIMPLIFIED_CHINESE);
        }
        return names.getOrDefault(spec, spec);
    }
}
