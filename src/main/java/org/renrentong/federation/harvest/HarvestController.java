package org.renrentong.federation.harvest;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The harvest pages of the platform administrator: the sources with their last run and a form to add one; a
 * source's page with its progress (polled while a harvest runs, so a reload shows it too), runs, errors and edit
 * form.
 */
@Controller
@RequestMapping("/admin/harvest")
class HarvestController {

    private static final String FIELD_ERROR = "federation.harvest.invalid.";

    private final HarvestSources sources;

    HarvestController(HarvestSources sources) {
        this.sources = sources;
    }

    @GetMapping
    String list(Actor me, Model model) {
        model.addAttribute("sources", sources.list(me));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SourceForm(null, null, "oai_dc", null, SourceForm.DEFAULT_INTERVAL, false, false));
        }
        return "federation/harvest";
    }

    /** A field's error, shown beside the field: its message key and arguments. */
    record FieldError(String field, String key, Object[] args) {
    }

    @PostMapping
    String add(Actor me, @RequestParam(required = false) String name, @RequestParam(required = false) String baseUrl,
               @RequestParam(required = false) String metadataPrefix, @RequestParam(required = false) String setSpec,
               @RequestParam(required = false) String intervalMinutes,
               @RequestParam(defaultValue = "false") boolean paused,
               @RequestParam(defaultValue = "false") boolean copyFiles, Model model, RedirectAttributes redirect) {
        SourceForm form = new SourceForm(name, baseUrl, metadataPrefix, setSpec, minutes(intervalMinutes), paused,
                copyFiles);
        try {
            HarvestSource added = sources.add(me, form);
            redirect.addFlashAttribute("done", "federation.harvest.added");
            return "redirect:/admin/harvest/" + added.id();
        } catch (DomainException e) {
            reject(model, form, e);
            return list(me, model);
        }
    }

    @GetMapping("/{id}")
    String source(Actor me, @PathVariable long id, Model model) {
        HarvestSources.SourceDetail detail = sources.get(me, id);
        model.addAttribute("detail", detail);
        if (!model.containsAttribute("form")) {
            HarvestSource s = detail.source();
            model.addAttribute("form", new SourceForm(s.name(), s.baseUrl(), s.metadataPrefix(), s.setSpec(),
                    s.intervalMinutes(), s.state() == SourceState.PAUSED, s.copyFiles()));
        }
        return "federation/harvest-source";
    }

    /** The progress card alone, as the page polls it while a harvest runs. */
    @GetMapping("/{id}/progress")
    String progress(Actor me, @PathVariable long id, Model model) {
        model.addAttribute("detail", sources.get(me, id));
        return "federation/harvest-source :: progress";
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String baseUrl, @RequestParam(required = false) String metadataPrefix,
                  @RequestParam(required = false) String setSpec, @RequestParam(required = false) String intervalMinutes,
                  @RequestParam(defaultValue = "false") boolean paused,
                  @RequestParam(defaultValue = "false") boolean copyFiles, Model model, RedirectAttributes redirect) {
        SourceForm form = new SourceForm(name, baseUrl, metadataPrefix, setSpec, minutes(intervalMinutes), paused,
                copyFiles);
        try {
            sources.update(me, id, form);
            redirect.addFlashAttribute("done", "federation.harvest.saved");
            return "redirect:/admin/harvest/" + id;
        } catch (DomainException e) {
            reject(model, form, e);
            return source(me, id, model);
        }
    }

    @PostMapping("/{id}/harvest")
    String harvestNow(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        sources.harvestNow(me, id);
        redirect.addFlashAttribute("done", "federation.harvest.started");
        return "redirect:/admin/harvest/" + id;
    }

    /** A field's error beside the field; a refusal or conflict is not the form's and goes on to the error page. */
    private static void reject(Model model, SourceForm form, DomainException e) {
        if (!e.messageKey().startsWith(FIELD_ERROR)) {
            throw e;
        }
        String field = e.messageKey().substring(FIELD_ERROR.length()).split("\\.")[0];
        model.addAttribute("form", form);
        model.addAttribute("fieldError", new FieldError(field, e.messageKey(), e.args()));
    }

    /** The interval as typed; what is not a whole number is refused by the service as out of range. */
    private static Integer minutes(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().matches("\\d{1,6}") ? Integer.valueOf(typed.strip()) : -1;
    }
}
