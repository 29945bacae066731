package org.renrentong.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A standard code with its name, e.g. a stage, subject or grade for facets and filters. A retired code (品德与生活
 * since the 2022 curriculum) still names what was filed under it, and lists the codes that replaced it.
 */
public record CodeName(String code, String name, List<String> replacedBy) {

    public CodeName {
        replacedBy = List.copyOf(replacedBy);
    }

    public CodeName(String code, String name) {
        this(code, name, List.of());
    }

    @JsonProperty
    public boolean retired() {
        return !replacedBy.isEmpty();
    }
}
