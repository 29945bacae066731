package org.renrentong.apps.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.renrentong.shared.DomainException;

/** The checks of an app's form, each refusal with a message key named for its field. */
final class AppRules {

    /** The personal data an app may ask for, as the node's OIDC scopes. */
    static final List<String> SCOPES = List.of("profile", "role", "organisation", "region");
    private static final Pattern FILING = Pattern.compile("[0-9A-Za-z\\u4e00-\\u9fa5（）()\\-]{6,40}");
    private static final int MAX_REDIRECTS = 5;

    private AppRules() {
    }

    /** The form, cleaned: what is stored. */
    record Checked(String name, AppCategory category, String description, Set<Audience> audiences,
                   Set<String> stages, Set<String> subjects, String launchUrl, List<String> redirectUris,
                   Map<String, String> scopes, String filingNumber) {
    }

    static Checked check(AppForm form, Predicate<String> knownStage, Predicate<String> knownSubject) {
        if (form == null) {
            throw DomainException.invalid("apps.app.name.required");
        }
        String name = text(form.name(), 60, "apps.app.name");
        if (form.category() == null) {
            throw DomainException.invalid("apps.app.category.required");
        }
        String description = text(form.description(), 2000, "apps.app.description");
        if (form.audiences() == null || form.audiences().isEmpty()
                || form.audiences().stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("apps.app.audiences.required");
        }
        Set<String> stages = codes(form.stages(), knownStage, "apps.app.stages.unknown");
        Set<String> subjects = codes(form.subjects(), knownSubject, "apps.app.subjects.unknown");
        String launch = form.launchUrl() == null ? "" : form.launchUrl().strip();
        if (!webAddress(launch)) {
            throw DomainException.invalid("apps.app.launchUrl.invalid");
        }
        List<String> redirects = redirects(form.redirectUris());
        Map<String, String> scopes = new LinkedHashMap<>();
        Map<String, String> asked = form.scopes() == null ? Map.of() : form.scopes();
        for (Map.Entry<String, String> e : asked.entrySet()) {
            if (!SCOPES.contains(e.getKey())) {
                throw DomainException.invalid("apps.app.scopes.unknown", e.getKey());
            }
        }
        for (String scope : SCOPES) {
            String purpose = asked.get(scope) == null ? "" : asked.get(scope).strip();
            if (purpose.length() > 200) {
                throw DomainException.invalid("apps.app.scopes.tooLong");
            }
            if (!purpose.isEmpty()) {
                scopes.put(scope, purpose);
            }
        }
        String filing = form.filingNumber() == null ? "" : form.filingNumber().strip();
        if (!FILING.matcher(filing).matches()) {
            throw DomainException.invalid("apps.app.filingNumber.invalid");
        }
        return new Checked(name, form.category(), description, Set.copyOf(form.audiences()), stages, subjects,
                launch, redirects, scopes, filing);
    }

    private static String text(String raw, int max, String key) {
        String clean = raw == null ? "" : raw.strip();
        if (clean.isEmpty()) {
            throw DomainException.invalid(key + ".required");
        }
        if (clean.length() > max) {
            throw DomainException.invalid(key + ".tooLong");
        }
        return clean;
    }

    private static Set<String> codes(Set<String> raw, Predicate<String> known, String key) {
        Set<String> codes = new TreeSet<>();
        for (String code : raw == null ? Set.<String>of() : raw) {
            String clean = code == null ? "" : code.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (!known.test(clean)) {
                throw DomainException.invalid(key, clean);
            }
            codes.add(clean);
        }
        return codes;
    }

    /** Each entry may itself hold several URIs, one per line (a page's text area). */
    private static List<String> redirects(List<String> raw) {
        Set<String> uris = new LinkedHashSet<>();
        for (String entry : raw == null ? List.<String>of() : raw) {
            for (String uri : (entry == null ? "" : entry).split("[\\s,]+")) {
                if (!uri.isEmpty()) {
                    if (!redirectUri(uri)) {
                        throw DomainException.invalid("apps.app.redirectUris.invalid", uri);
                    }
                    uris.add(uri);
                }
            }
        }
        if (uris.isEmpty()) {
            throw DomainException.invalid("apps.app.redirectUris.required");
        }
        if (uris.size() > MAX_REDIRECTS) {
            throw DomainException.invalid("apps.app.redirectUris.tooMany", MAX_REDIRECTS);
        }
        return new ArrayList<>(uris);
    }

    /** https, or http on this machine while developing; never a fragment (OAuth 2.0 forbids it). */
    static boolean redirectUri(String raw) {
        URI uri = parse(raw);
        if (uri == null || uri.getHost() == null || uri.getFragment() != null || raw.length() > 300) {
            return false;
        }
        return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme())
                && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost())));
    }

    private static boolean webAddress(String raw) {
        URI uri = parse(raw);
        return uri != null && uri.getHost() != null && raw.length() <= 500
                && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
    }

    private static URI parse(String raw) {
        try {
            return new URI(raw);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
