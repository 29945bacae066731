package org.renrentong.resource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.renrentong.shared.DomainException;

/** The rules a resource form must meet before anything is written; returns the form cleaned up. */
final class FormCheck {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_KEYWORDS = 20;
    static final int MAX_KEYWORD = 50;
    static final int MAX_AUTHOR = 100;
    static final int MAX_FILES = 10;
    static final int MAX_PLACES = 10;

    private FormCheck() {
    }

    /**
     * @param author the default author (the contributor's name) when the form leaves it empty
     * @param school whether a school contributes (only then may the visibility be ORGANISATION)
     */
    static ResourceForm clean(ResourceForm f, String author, boolean school) {
        if (f == null) {
            throw DomainException.invalid("resource.title.required");
        }
        String title = text(f.title());
        if (title.isEmpty()) {
            throw DomainException.invalid("resource.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw DomainException.invalid("resource.title.tooLong", MAX_TITLE);
        }
        String description = text(f.description());
        if (description.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("resource.description.tooLong", MAX_DESCRIPTION);
        }
        if (f.type() == null) {
            throw DomainException.invalid("resource.type.required");
        }
        List<Long> places = f.placeIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(f.placeIds().stream().filter(p -> p != null).toList()));
        if (places.isEmpty()) {
            throw DomainException.invalid("resource.places.required");
        }
        if (places.size() > MAX_PLACES) {
            throw DomainException.invalid("resource.places.tooMany", MAX_PLACES);
        }
        if (f.audiences() == null || f.audiences().isEmpty()) {
            throw DomainException.invalid("resource.audiences.required");
        }
        String language = f.language() == null || f.language().isBlank() ? "zh" : f.language().strip();
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw DomainException.invalid("resource.language.invalid");
        }
        if (f.licence() == null) {
            throw DomainException.invalid("resource.licence.required");
        }
        String by = text(f.author()).isEmpty() ? author : text(f.author());
        if (by.length() > MAX_AUTHOR) {
            throw DomainException.invalid("resource.author.tooLong", MAX_AUTHOR);
        }
        if (f.visibility() == null) {
            throw DomainException.invalid("resource.visibility.required");
        }
        if (f.visibility() == ResourceVisibility.ORGANISATION && !school) {
            throw DomainException.invalid("resource.visibility.organisationNeedsSchool");
        }
        List<ResourceForm.FileInput> files = f.files() == null ? List.of()
                : f.files().stream().filter(x -> x != null && (x.fileId() != null || notBlank(x.uploadId()))).toList();
        if (files.isEmpty()) {
            throw DomainException.invalid("resource.files.required");
        }
        if (files.size() > MAX_FILES) {
            throw DomainException.invalid("resource.files.tooMany", MAX_FILES);
        }
        return new ResourceForm(title, description, keywords(f.keywords()), f.type(), places, Set.copyOf(f.audiences()),
                language, f.licence(), by, f.visibility(), files);
    }

    /** Keywords trimmed, split at commas and 、, without empties and duplicates. */
    static List<String> keywords(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw != null) {
            for (String entry : raw) {
                for (String k : (entry == null ? "" : entry).split("[,，、;；\\n]")) {
                    String clean = text(k);
                    if (clean.length() > MAX_KEYWORD) {
                        throw DomainException.invalid("resource.keyword.tooLong", MAX_KEYWORD);
                    }
                    if (!clean.isEmpty()) {
                        out.add(clean);
                    }
                }
            }
        }
        if (out.size() > MAX_KEYWORDS) {
            throw DomainException.invalid("resource.keywords.tooMany", MAX_KEYWORDS);
        }
        return List.copyOf(out);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Plain text: line breaks unified, control characters (which PostgreSQL may refuse) dropped. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
                .strip();
    }
}
