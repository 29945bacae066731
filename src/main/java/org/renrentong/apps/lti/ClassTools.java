package org.renrentong.apps.lti;

import java.util.List;

/** What a class space offers of LTI: the tools, the content placed from them, and whether the reader may place more. */
public record ClassTools(long classId, List<LtiTool> tools, List<LtiLink> links, boolean mayPlace) {

    static ClassTools none(long classId) {
        return new ClassTools(classId, List.of(), List.of(), false);
    }

    /** The tool of a placed link, by its id. */
    public String toolName(long toolId) {
        return tools.stream().filter(t -> t.id() == toolId).map(LtiTool::name).findFirst().orElse("");
    }
}
