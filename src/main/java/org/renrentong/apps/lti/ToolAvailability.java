package org.renrentong.apps.lti;

import java.util.List;
import java.util.Set;
import org.renrentong.apps.catalogue.AppCentre;
import org.renrentong.org.Schools;
import org.springframework.stereotype.Component;

/**
 * Where a tool opens: the node's own tools in every class, an app's tool only in the classes of schools the app is
 * offered at (approved for the region, not opted out of, not hidden by the school, not suspended) — the same rule
 * as the app centre's.
 */
@Component
class ToolAvailability {

    private final AppCentre centre;
    private final Schools schools;

    ToolAvailability(AppCentre centre, Schools schools) {
        this.centre = centre;
        this.schools = schools;
    }

    boolean opensIn(LtiTool tool, long classId) {
        return tool.appId() == null || offered(classId).contains(tool.appId());
    }

    List<LtiTool> offeredIn(List<LtiTool> tools, long classId) {
        if (tools.stream().allMatch(t -> t.appId() == null)) {
            return tools;
        }
        Set<Long> offered = offered(classId);
        return tools.stream().filter(t -> t.appId() == null || offered.contains(t.appId())).toList();
    }

    private Set<Long> offered(long classId) {
        return centre.offeredAt(schools.get(schools.schoolClass(classId).schoolId()));
    }
}
