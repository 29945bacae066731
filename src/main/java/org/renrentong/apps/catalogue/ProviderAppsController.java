package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.apps.provider.Provider;
import org.renrentong.apps.provider.Providers;
import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientChoice;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An app provider's pages: where its registration stands and its apps, the form for a new app, and an app's page
 * with its applications by region and its client (a new secret shown once).
 */
@Controller
class ProviderAppsController {

    private static final FormErrors ERRORS = FormErrors.fields("apps.app.name", "name",
            "apps.app.category", "category", "apps.app.description", "description",
            "apps.app.audiences", "audiences", "apps.app.stages", "stages", "apps.app.subjects", "subjects",
            "apps.app.launchUrl", "launchUrl", "apps.app.redirectUris", "redirectUris", "apps.app.scopes", "",
            "apps.app.filingNumber", "filingNumber", "apps.app.providerNotApproved", "");

    private final Providers providers;
    private final Apps apps;
    private final TextbookTree tree;
    private final Screenshots screenshots;
    private final AppChanges changes;

    ProviderAppsController(Providers providers, Apps apps, TextbookTree tree, Screenshots screenshots,
                           AppChanges changes) {
        this.providers = providers;
        this.changes = changes;
        this.apps = apps;
        this.tree = tree;
        this.screenshots = screenshots;
    }

    @InitBinder("form")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(AppCategory.class, new LenientChoice<>(AppCategory.class));
        binder.registerCustomEditor(Audience.class, new LenientChoice<>(Audience.class));
    }

    @GetMapping("/provider")
    String home(Actor me, Model model) {
        Provider provider = providers.mine(me);
        model.addAttribute("provider", provider);
        model.addAttribute("apps", provider.approved() ? apps.mine(me) : List.of());
        return "apps/provider-home";
    }

    @GetMapping("/provider/apps/new")
    String newApp(Actor me, Model model) {
        providers.mine(me);
        return form(new AppForm("", null, "", Set.of(), Set.of(), Set.of(), "", List.of(), Map.of(), ""), null,
                model);
    }

    @PostMapping("/provider/apps")
    String register(Actor me, @ModelAttribute("form") AppForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        try {
            App app = apps.register(me, form);
            redirect.addFlashAttribute("done", "apps.app.registered");
            return "redirect:/provider/apps/" + app.id();
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
        }
        return form(form, null, model);
    }

    @GetMapping("/provider/apps/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        App app = apps.owned(me, id);
        return form(new AppForm(app.name(), app.category(), app.description(), app.audiences(), app.stages(),
                app.subjects(), app.launchUrl(), app.redirectUris(), app.scopes(), app.filingNumber()), app, model);
    }

    @PostMapping("/provider/apps/{id}")
    String edit(Actor me, @PathVariable long id, @ModelAttribute("form") AppForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        try {
            App app = changes.edit(me, id, form);
            redirect.addFlashAttribute("done", app.changesAsked() ? "apps.app.changes.asked" : "apps.app.edited");
            return "redirect:/provider/apps/" + id;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
        }
        return form(form, apps.owned(me, id), model);
    }

    @GetMapping("/provider/apps/{id}")
    String app(Actor me, @PathVariable long id, Model model) {
        App app = apps.get(me, id);
        model.addAttribute("app", app);
        return "apps/provider-app";
    }

    @PostMapping("/provider/apps/{id}/apply")
    String apply(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String regionCode,
                 RedirectAttributes redirect) {
        try {
            apps.apply(me, id, regionCode);
            redirect.addFlashAttribute("done", "apps.app.appliedDone");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", Refusals.keyOf(e));
        }
        return "redirect:/provider/apps/" + id;
    }

    @PostMapping("/provider/apps/{id}/secret")
    String secret(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("credentials", apps.newSecret(me, id));
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", Refusals.keyOf(e));
        }
        return "redirect:/provider/apps/" + id;
    }

    @PostMapping("/provider/apps/{id}/screenshots")
    String screenshot(Actor me, @PathVariable long id, @RequestParam(required = false) MultipartFile image,
                      RedirectAttributes redirect) {
        try {
            screenshots.add(me, id, image == null ? 0 : image.getSize(), image == null ? null : image.getResource());
            redirect.addFlashAttribute("done", "apps.app.screenshot.added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", Refusals.keyOf(e));
        }
        return "redirect:/provider/apps/" + id;
    }

    /** The form of a new app, or of the app being edited. */
    private String form(AppForm form, App editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("categories", AppCategory.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("stages", tree.stages());
        model.addAttribute("subjects", tree.currentSubjects());
        model.addAttribute("scopeNames", AppRules.SCOPES);
        return "apps/app-form";
    }
}
