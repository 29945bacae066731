package org.renrentong.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The upload and edit form; a refused save shows the reason beside its field and keeps what was typed, and the
 * finished uploads with their roles, so that nobody uploads a file twice.
 */
@Controller
@RequestMapping("/resources")
class ResourceFormController {

    /** Refusals about the tree, the files and the keywords go beside those fields; others by their key. */
    private static final FormErrors ERRORS = FormErrors.fields("taxonomy.", "placeIds", "resource.places.", "placeIds",
            "upload.", "keepFiles", "resource.file", "keepFiles", "resource.keyword", "keywords");

    private final Resources resources;
    private final TextbookTree tree;
    private final StoredFiles files;

    ResourceFormController(Resources resources, TextbookTree tree, StoredFiles files) {
        this.resources = resources;
        this.tree = tree;
        this.files = files;
    }

    /**
     * The form as posted: keywords in one text, places as checked tree nodes, kept files (edit) as "fileId:ROLE",
     * and new uploads in the form's four upload fields (upload0 … upload3, empty when unused) with the roles
     * chosen beside them, by position.
     */
    record PageForm(String title, String description, String keywords, ResourceType type, List<Long> placeIds,
                    Set<Audience> audiences, String language, Licence licence, String author,
                    ResourceVisibility visibility, List<String> keepFiles, String upload0, String upload1,
                    String upload2, String upload3, List<FileRole> uploadRoles) {

        static PageForm of(Resource r) {
            return new PageForm(r.title(), r.description(), String.join("，", r.keywords()), r.type(),
                    r.places().stream().map(p -> p.nodeId()).toList(), r.audiences(), r.language(), r.licence(),
                    r.author(), r.visibility(), r.files().stream().map(f -> f.fileId() + ":" + f.role()).toList(),
                    null, null, null, null, List.of());
        }

        /** The four upload fields' ids, by position. */
        public List<String> uploads() {
            return Arrays.asList(upload0, upload1, upload2, upload3);
        }

        /** The role chosen beside upload field {@code i}. */
        public FileRole uploadRole(int i) {
            return role(uploadRoles, i);
        }

        /** Public: the form template asks it (SpEL reaches only public methods). */
        public boolean keeps(long fileId) {
            return keepFiles != null && keepFiles.stream().anyMatch(k -> k.startsWith(fileId + ":"));
        }

        ResourceForm toForm() {
            List<ResourceForm.FileInput> files = new ArrayList<>();
            for (String kept : keepFiles == null ? List.<String>of() : keepFiles) {
                String[] parts = kept.split(":");
                try {
                    files.add(new ResourceForm.FileInput(null, Long.valueOf(parts[0]),
                            FileRole.valueOf(parts.length > 1 ? parts[1] : "MAIN")));
                } catch (IllegalArgumentException e) {
                    throw DomainException.invalid("resource.file.unknown");
                }
            }
            List<String> uploads = uploads();
            for (int i = 0; i < uploads.size(); i++) {
                if (uploads.get(i) != null && !uploads.get(i).isBlank()) {
                    files.add(new ResourceForm.FileInput(uploads.get(i), null, role(uploadRoles, i)));
                }
            }
            return new ResourceForm(title, description, keywords == null ? List.of() : List.of(keywords), type,
                    placeIds, audiences, language, licence, author, visibility, files);
        }

        private static FileRole role(List<FileRole> roles, int i) {
            return roles != null && i < roles.size() && roles.get(i) != null ? roles.get(i) : FileRole.MAIN;
        }
    }

    @GetMapping("/new")
    String newForm(Actor me, Model model) {
        if (!resources.mayContribute(me)) {
            throw DomainException.forbidden();
        }
        PageForm empty = new PageForm("", "", "", null, List.of(), Set.of(Audience.TEACHER), "zh",
                Licence.CC_BY_4_0, me.name(), ResourceVisibility.PUBLIC, List.of(), null, null, null, null, List.of());
        return form(me, model, null, empty);
    }

    @PostMapping
    String create(Actor me, @ModelAttribute("form") PageForm form, BindingResult binding, Model model) {
        try {
            return "redirect:/resources/" + resources.create(me, form.toForm()).id();
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(me, model, null, form);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor me, @PathVariable long id, Model model) {
        Resource r = resources.get(me, id);
        if (!resources.mayEdit(me, r)) {
            throw DomainException.forbidden();
        }
        return form(me, model, r, PageForm.of(r));
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @ModelAttribute("form") PageForm form, BindingResult binding,
                  Model model) {
        Resource r = resources.get(me, id);
        try {
            return "redirect:/resources/" + resources.update(me, id, form.toForm()).id();
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(me, model, r, form);
        }
    }

    private String form(Actor me, Model model, Resource r, PageForm form) {
        model.addAttribute("resource", r);
        model.addAttribute("form", form);
        model.addAttribute("chosenPlaces", form.placeIds() == null ? List.of()
                : form.placeIds().stream().map(tree::node).flatMap(java.util.Optional::stream)
                        .map(n -> tree.place(n.id())).toList());
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("visibilities", ResourceVisibility.values());
        model.addAttribute("roles", FileRole.values());
        model.addAttribute("currentFiles", r == null ? List.of() : r.files());
        model.addAttribute("sentUploads", form.uploads().stream()
                .map(id -> files.formUpload(me, id).orElse(null)).toList());
        return "resource/form";
    }
}
