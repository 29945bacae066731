package org.renrentong.region;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region pages: browse the tree from the administrator's own region, search, add, rename, retire. */
@Controller
@RequestMapping("/regions")
class RegionController {

    /** A refused code goes beside the code field of the add form; each form shows its refusals together. */
    private static final FormErrors ERRORS = FormErrors.fields("region.code", "childCode");

    private final Regions regions;

    RegionController(Regions regions) {
        this.regions = regions;
    }

    /** What the add form sends. */
    record AddForm(String childCode, String name) {
        AddForm {
            childCode = childCode == null ? "" : childCode;
            name = name == null ? "" : name;
        }
    }

    /** What the rename form sends. */
    record RenameForm(String name) {
        RenameForm {
            name = name == null ? "" : name;
        }
    }

    /** What the retire form sends: the code of the region that takes over, if any. */
    record RetireForm(String successor) {
        RetireForm {
            successor = successor == null ? "" : successor;
        }
    }

    @GetMapping
    String home(Actor me) {
        return "redirect:/regions/" + regions.home(me).code();
    }

    @GetMapping("/{code}")
    String region(Actor me, @PathVariable String code, Model model) {
        return page(me, code, model);
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
    String add(Actor me, @PathVariable String code, @ModelAttribute("addForm") AddForm form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        try {
            Region added = regions.add(me, form.childCode(), form.name(), code);
            redirect.addFlashAttribute("done", "region.added");
            redirect.addFlashAttribute("doneName", added.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, code, model);
        }
    }

    @PostMapping("/{code}/rename")
    String rename(Actor me, @PathVariable String code, @ModelAttribute("renameForm") RenameForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Region renamed = regions.rename(me, code, form.name());
            redirect.addFlashAttribute("done", "region.renamed");
            redirect.addFlashAttribute("doneName", renamed.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, code, model);
        }
    }

    @PostMapping("/{code}/retire")
    String retire(Actor me, @PathVariable String code, @ModelAttribute("retireForm") RetireForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Region retired = regions.retire(me, code, form.successor());
            redirect.addFlashAttribute("done", "region.retiredDone");
            redirect.addFlashAttribute("doneName", retired.name());
            return "redirect:/regions/" + code;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, code, model);
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

    /** The region page; a form refused just now keeps what was typed and its errors. */
    private String page(Actor me, String code, Model model) {
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
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new AddForm("", ""));
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm(region.name()));
        }
        if (!model.containsAttribute("retireForm")) {
            model.addAttribute("retireForm", new RetireForm(""));
        }
        return "region/region";
    }
}
