package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every demo role, and a visitor, follows every same-origin link and GET form its pages offer (breadth first,
 * ids normalised so one resource stands for all), and no page may answer 5xx, be cut off, stand outside the layout,
 * show a {@code ??key??}, or refuse (401/403) or not find (404) a link that a page offered. Fragments that pages
 * load (hx-get) and files (downloads, exports) are fetched too. All failures are reported at once, with the role
 * and the referring page. The same context as {@code DemoDataTest} (demo data on), so the two share it. A new page
 * joins by construction: it is found by following links.
 */
@SpringBootTest(properties = {"renrentong.demo=true", "renrentong.data-dir=target/test-data-demo"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class CrawlTest {

    static final String[] ROLES = {"admin", "hebei", "sjz", "changan", "qiaoxi", "baoding", "expert", "principal",
        "school2", "teacher", "teacher2", "student", "student2", "parent", "provider"};
    static final String DEMO_PASSWORD = "Renrentong@2026";
    /** Pages fetched per role at most, and variants of one path (query strings) at most. */
    static final int MAX_PAGES = 250;
    static final int MAX_VARIANTS = 4;
    static final String LAYOUT_MARKER = "data-layout=\"renrentong\"";
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Links that end the session or change it for the rest of the crawl (and the sign-in page itself). */
    private static final Set<String> SKIPPED = Set.of("/logout", "/login");

    @Autowired MockMvc mvc;

    /** The pages each role reached, ids as #: the demo data must lead the crawl to the pages worth checking. */
    private final Map<String, Set<String>> reached = new HashMap<>();

    @Test
    void everyRoleFollowsEveryLinkWithoutABrokenPage() throws Exception {
        List<String> failures = new ArrayList<>();
        failures.addAll(new Crawl("visitor", null).run("/", "/resources/search", "/textbook-tree",
                "/spaces/class/1",
                "/app-providers/register"));
        for (String role : ROLES) {
            failures.addAll(new Crawl(role, signIn(role)).run("/"));
        }
        assertThat(failures).as("pages that broke, as role | referring page -> link: problem").isEmpty();
        assertThat(reached.get("student")).as("the student's quiz pages").contains("/quizzes/#/take");
        assertThat(reached.get("teacher")).as("the teacher's quiz pages")
                .contains("/quizzes/#/results", "/quizzes/#/attempts/#");
    }

    private MockHttpSession signIn(String account) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", account).param("password", DEMO_PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as(account + " signs in").doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** One role's breadth-first walk. */
    private final class Crawl {

        private final String role;
        private final MockHttpSession session;
        private final Deque<String[]> queue = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Integer> variants = new HashMap<>();
        private final List<String> failures = new ArrayList<>();
        private int fetched;

        Crawl(String role, MockHttpSession session) {
            this.role = role;
            this.session = session;
        }

        List<String> run(String... seeds) throws Exception {
            for (String seed : seeds) {
                offer(seed, "(start)", Kind.PAGE);
            }
            while (!queue.isEmpty() && fetched < MAX_PAGES) {
                String[] next = queue.poll();
                visit(next[0], next[1], Kind.valueOf(next[2]), 0);
            }
            System.out.println("CRAWL " + role + " fetched " + fetched + " left " + queue.size());
            return failures;
        }

        private void visit(String url, String from, Kind kind, int redirects) throws Exception {
            fetched++;
            MockHttpServletResponse response;
            try {
                // as a browser asks for a page: a visitor at a page that needs sign-in is sent to sign in
                var request = get(URI.create(url)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
                if (session != null) {
                    request.session(session);
                }
                response = mvc.perform(request).andReturn().getResponse();
            } catch (Exception | AssertionError e) {
                fail(from, url, "threw " + e);
                return;
            }
            int status = response.getStatus();
            if (status >= 300 && status < 400 && response.getRedirectedUrl() != null && redirects < 5) {
                String target = local(URI.create("http://localhost" + url).resolve(response.getRedirectedUrl())
                        .toString());
                if (target != null && !SKIPPED.contains(path(target)) && seen.add(key(target) + kind)) {
                    visit(target, from, kind, redirects + 1);
                }
                return;
            }
            if (status >= 500) {
                fail(from, url, "status " + status);
                return;
            }
            if (status == 401 || status == 403 || status == 404) {
                fail(from, url, "status " + status + " on a link the page offered");
                return;
            }
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                return;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            var missing = MISSING_MESSAGE.matcher(html);
            if (missing.find()) {
                fail(from, url, "missing message " + missing.group());
            }
            if (kind == Kind.PAGE) {
                if (!html.stripTrailing().endsWith("</html>")) {
                    fail(from, url, "cut off (no closing </html>)");
                }
                if (!html.contains(LAYOUT_MARKER)) {
                    fail(from, url, "outside the layout");
                }
            }
            if (status == 200) {
                reached.computeIfAbsent(role, r -> new HashSet<>()).add(NUMBER.matcher(path(url)).replaceAll("#"));
                follow(Jsoup.parse(html, "http://localhost" + url));
            }
        }

        private void follow(Document page) {
            String url = local(page.location());
            for (Element a : page.select("a[href]")) {
                offer(link(a, "href"), url, Kind.PAGE);
            }
            for (Element e : page.select("[hx-get]")) {
                offer(link(e, "hx-get"), url, Kind.FRAGMENT);
            }
            for (Element form : page.select("form")) {
                if ((form.attr("method").isEmpty() || form.attr("method").equalsIgnoreCase("get"))
                        && !form.hasAttr("hx-post")) {
                    offer(formUrl(form), url, Kind.PAGE);
                }
            }
        }

        /** A GET form as the browser would send it untouched: each field's current value (q: a word to find). */
        private String formUrl(Element form) {
            String action = form.attr("action").isEmpty() ? form.ownerDocument().location() : form.absUrl("action");
            String local = local(action);
            if (local == null) {
                return null;
            }
            UriComponentsBuilder target = UriComponentsBuilder.fromUriString(path(local));
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                String type = field.attr("type");
                if (type.equals("submit") || type.equals("button") || type.equals("file")
                        || ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked"))) {
                    continue;
                }
                String value = field.tagName().equals("select") ? selected(field) : field.val();
                if (field.attr("name").equals("q") && value.isEmpty()) {
                    value = "数学";
                }
                target.queryParam(field.attr("name"), value);
            }
            return target.encode().build().toUriString();
        }

        private static String selected(Element select) {
            Element option = select.selectFirst("option[selected]");
            option = option != null ? option : select.selectFirst("option");
            return option == null ? "" : option.val();
        }

        /** The element's link as a path and query when it stays on this node, else null. */
        private String link(Element element, String attribute) {
            String href = element.attr(attribute).strip();
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("mailto:")) {
                return null;
            }
            return local(element.absUrl(attribute));
        }

        private static String local(String absolute) {
            String origin = "http://localhost/";
            return absolute.startsWith(origin) ? absolute.substring(origin.length() - 1) : null;
        }

        private void offer(String url, String from, Kind kind) {
            if (url == null || SKIPPED.contains(path(url)) || url.startsWith("/webjars/") || url.startsWith("/css/")
                    || url.startsWith("/js/")) {
                return;
            }
            if (url.contains(";jsessionid")) {
                fail(from, url, "session id in the link");
                return;
            }
            String pathKey = NUMBER.matcher(path(url)).replaceAll("#");
            if (!seen.add(key(url) + kind)) {
                return;
            }
            if (variants.merge(pathKey + kind, 1, Integer::sum) > MAX_VARIANTS) {
                return;
            }
            queue.add(new String[] {url, from, kind.name()});
        }

        /** Ids become #, and a query counts by its parameter names: one resource stands for all. */
        private static String key(String url) {
            String path = NUMBER.matcher(path(url)).replaceAll("#");
            int q = url.indexOf('?');
            Set<String> names = new TreeSet<>();
            if (q >= 0) {
                for (String pair : url.substring(q + 1).split("&")) {
                    names.add(pair.split("=", 2)[0]);
                }
            }
            return path + names;
        }

        private static String path(String url) {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }

        private void fail(String from, String url, String problem) {
            failures.add(role + " | " + from + " -> " + url + ": " + problem);
        }
    }

    private enum Kind { PAGE, FRAGMENT }
}
