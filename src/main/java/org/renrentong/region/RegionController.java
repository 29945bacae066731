package org.renrentong.region;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region pages: browse the tree from the administrator's own region, search, add, rename, retire. */
@Controller
@RequestMapping("/regions")
class RegionController {

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping
    String home(Actor me) {
        return "redirect:/regions/" + regions.home(me).code();
    }

    @GetMapping("/{code}")
    String region(Actor me, @PathVariable String code, Model model) {
        return page(me, code, model, RegionFormFailure.NONE);
    }

    @GetMapping("/search")
    String search(Actor me, @RequestParam(defaultValue = "") String q, Model model) {
        Region home = regions.home(me);
        model.addAttribute("q", q);
        model.addAttribute("home", home);
        model.addAttribute("results", regions.search(q, home.path()));
        return "region/search";
    }

    @PostMapping("/{code}/children")
    String add(Actor me, @PathVariable String code, @RequestParam(defaultValue = "") String childCode,
               @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            Region added = regions.add(me, childCode, name, code);
            redirect.addFlashAttribute("done", "region.added");
            redirect.addFlashAttribute("doneName", added.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            return failed(me, code, model, e, new RegionFormFailure("add", e, childCode, name, null));
        }
    }

    @PostMapping("/{code}/rename")
    String rename(Actor me, @PathVariable String code, @RequestParam(defaultValue = "") String name, Model model,
                  RedirectAttributes redirect) {
        try {
            Region renamed = regions.rename(me, code, name);
            redirect.addFlashAttribute("done", "region.renamed");
            redirect.addFlashAttribute("doneName", renamed.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            return failed(me, code, model, e, new RegionFormFailure("rename", e, null, name, null));
        }
    }

    @PostMapping("/{code}/retire")
    String retire(Actor me, @PathVariable String code, @RequestParam(defaultValue = "") String successor,
                  Model model, RedirectAttributes redirect) {
        try {
            Region retired = regions.retire(me, code, successor);
            redirect.addFlashAttribute("done", "region.retiredDone");
            redirect.addFlashAttribute("doneName", retired.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            return failed(me, code, model, e, new RegionFormFailure("retire", e, null, null, successor));
        }
    }

    /** The county picker of the school form: one select per level from the root down to the chosen region. */
    @GetMapping("/picker")
    String picker(Actor me, @RequestParam String root, @RequestParam(required = false) String selected,
                  Model model) {
        model.addAttribute("root", root);
        model.addAttribute("levels", new RegionPicker(regions).levels(regions.administered(me, root), selected));
        return "region/picker :: picker";
    }

    /** A refusal of the actor is no form error: it goes to the error page. */
    private String failed(Actor me, String code, Model model, DomainException e, RegionFormFailure failure) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        return page(me, code, model, failure);
    }

    private String page(Actor me, String code, Model model, RegionFormFailure failure) {
        Region region = regions.administered(me, code);
        model.addAttribute("region", region);
        model.addAttribute("ancestry", regions.ancestry(code));
        List<Region> children = regions.children(code);
        model.addAttribute("children", children);
        model.addAttribute("history", regions.history(code));
        model.addAttribute("successor", region.replacedBy() == null ? null : regions.get(region.replacedBy()));
        model.addAttribute("mayAdd", regions.mayAddUnder(me, region));
        boolean mayChange = regions.mayChange(me, region) && !region.retired();
        model.addAttribute("mayChange", mayChange);
        // only a region with nothing in use below it can be retired
        model.addAttribute("mayRetire", mayChange && children.stream().allMatch(Region::retired));
        model.addAttribute("failure", failure);
        return "region/region";
    }
}
