package org.renrentong.roster;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: upload form with format help and recent jobs; a job's page with its live progress and result. */
@Controller
class ImportController {

    static final ZoneId SHOWN_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int ERRORS_SHOWN = 100;
    /** Which form field a refusal belongs beside. */
    /** Refusals beside the school, the file or the password; others above the form. */
    private static final FormErrors ERRORS = FormErrors.fields("roster.school.", "schoolId", "roster.file.", "file",
            "password.", "initialPassword");

    private final Imports imports;
    private final ImportTemplates templates;
    private final ImportSettings settings;

    ImportController(Imports imports, ImportTemplates templates, ImportSettings settings) {
        this.imports = imports;
        this.templates = templates;
        this.settings = settings;
    }

    /** What the upload form sends; the changes are confirmed only when the box is ticked. */
    record ImportForm(Long schoolId, MultipartFile file, String initialPassword, Boolean confirmChanges) {
    }

    /** One column of the format, for the help table. */
    public record ColumnHelp(String header, boolean required, String key) {
    }

    @GetMapping("/imports")
    String form(Actor me, @RequestParam(required = false) Long schoolId, @RequestParam(required = false) String after,
                Model model) {
        model.addAttribute("initialPassword", InitialPasswords.generate());
        model.addAttribute("selectedSchool", schoolId);
        model.addAttribute("form", new ImportForm(schoolId, null, null, null));
        return page(me, after, model);
    }

    @GetMapping("/imports/schools")
    String schoolOptions(Actor me, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("schools", imports.schoolChoices(me, q));
        return "roster/fragments :: schoolOptions";
    }

    @PostMapping("/imports")
    String upload(Actor me, @ModelAttribute("form") ImportForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        MultipartFile file = form.file();
        try {
            Imports.Started started = imports.start(me, form.schoolId(),
                    file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(), file,
                    form.initialPassword(), Boolean.TRUE.equals(form.confirmChanges()));
            if (started.generatedPassword() != null) {
                redirect.addFlashAttribute("generatedPassword", started.generatedPassword());
            }
            return "redirect:/imports/" + started.job().id();
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            model.addAttribute("initialPassword", form.initialPassword());
            model.addAttribute("selectedSchool", form.schoolId());
            return page(me, null, model);
        }
    }

    @GetMapping("/imports/{id}")
    String job(Actor me, @PathVariable UUID id, Model model) {
        jobModel(me, id, model);
        return "roster/job";
    }

    @GetMapping("/imports/{id}/progress")
    String progress(Actor me, @PathVariable UUID id, Model model) {
        jobModel(me, id, model);
        return "roster/job :: progress";
    }

    @GetMapping("/imports/{id}/errors.csv")
    ResponseEntity<byte[]> errorsCsv(Actor me, @PathVariable UUID id, Locale locale) {
        return Downloads.csv("import-errors-" + id + ".csv", imports.errorReport(me, id, false, locale));
    }

    @GetMapping("/imports/{id}/errors.xlsx")
    ResponseEntity<byte[]> errorsXlsx(Actor me, @PathVariable UUID id, Locale locale) {
        return Downloads.xlsx("import-errors-" + id + ".xlsx", imports.errorReport(me, id, true, locale));
    }

    @GetMapping("/imports/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(Actor me, Locale locale) {
        requireAdministrator(me);
        return Downloads.xlsx("roster-template.xlsx", templates.xlsx(locale));
    }

    @GetMapping("/imports/template-{sheet}.csv")
    ResponseEntity<byte[]> templateCsv(Actor me, @PathVariable String sheet) {
        requireAdministrator(me);
        RosterSheet kind = switch (sheet) {
            case "students" -> RosterSheet.STUDENTS;
            case "teachers" -> RosterSheet.TEACHERS;
            default -> throw DomainException.notFound("error.notFound");
        };
        return Downloads.csv("roster-" + sheet + ".csv", templates.csv(kind));
    }

    private String page(Actor me, String after, Model model) {
        requireAdministrator(me);
        boolean ownSchool = me.is(Role.SCHOOL_ADMIN);
        model.addAttribute("ownSchool", ownSchool);
        model.addAttribute("schools", imports.schoolChoices(me, ""));
        model.addAttribute("jobs", imports.recent(me, null, after, 20));
        model.addAttribute("zone", SHOWN_ZONE);
        model.addAttribute("maxMegabytes", settings.maxFileMegabytes());
        model.addAttribute("maxBytes", settings.maxFileBytes());
        model.addAttribute("maxRows", settings.maxRows());
        model.addAttribute("sheets", List.of(RosterSheet.values()).stream().map(s -> Map.entry(s.name(),
                s.columns().stream().map(c -> new ColumnHelp(c.header(), c.required(), c.name())).toList())).toList());
        model.addAttribute("rules", ImportTemplates.RULES);
        return "roster/imports";
    }

    private void jobModel(Actor me, UUID id, Model model) {
        ImportJob job = imports.job(me, id);
        model.addAttribute("job", job);
        model.addAttribute("zone", SHOWN_ZONE);
        List<ImportError> errors = job.hasRowErrors() ? imports.errors(me, id, ERRORS_SHOWN) : List.of();
        model.addAttribute("errors", errors);
        model.addAttribute("showSheet", errors.stream().anyMatch(e -> e.sheet() != null));
        model.addAttribute("storedErrors", Math.min(job.errorCount(), settings.maxStoredErrors()));
    }

    private static void requireAdministrator(Actor me) {
        if (!me.role().isAdministrator()) {
            throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
        }
    }
}
