package org.renrentong.org;

import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The education bureau of a region, shown on the region page, and setting it up. */
@Controller
class BureauController {

    private final Groups groups;
    private final Regions regions;

    BureauController(Groups groups, Regions regions) {
        this.groups = groups;
        this.regions = regions;
    }

    @GetMapping("/regions/{code}/bureau")
    String bureau(Actor me, @PathVariable String code, Model model) {
        Region region = regions.administered(me, code);
        model.addAttribute("region", region);
        model.addAttribute("bureau", groups.findBureau(region.code()).orElse(null));
        model.addAttribute("mayCreate", groups.mayCreateBureau(me, region));
        return "org/bureau :: bureau";
    }

    @PostMapping("/regions/{code}/bureau")
    String create(Actor me, @PathVariable String code) {
        groups.bureau(me, regions.administered(me, code).code());
        return "redirect:/regions/" + code;
    }
}
