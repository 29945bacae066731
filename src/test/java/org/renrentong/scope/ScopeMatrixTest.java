package org.renrentong.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.apps.catalogue.Approvals;
import org.renrentong.classroom.quiz.Attempts;
import org.renrentong.classroom.quiz.ItemBank;
import org.renrentong.classroom.quiz.QtiTransfer;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.People;
import org.renrentong.org.GroupMembers;
import org.renrentong.org.Groups;
import org.renrentong.org.Schools;
import org.renrentong.region.Regions;
import org.renrentong.resource.ResourceUse;
import org.renrentong.resource.ReviewerAssignments;
import org.renrentong.resource.Reviews;
import org.renrentong.roster.Imports;
import org.renrentong.space.Posts;
import org.renrentong.space.Spaces;
import org.renrentong.storage.StorageFixtures;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.testing.AppFixtures;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.testing.ClosureBuilder;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.HomeworkFixtures;
import org.renrentong.testing.TermBuilder;
import org.renrentong.testing.ProviderFixtures;
import org.renrentong.testing.QuizFixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.testing.TreeBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application × every caller, against targets inside and outside each caller's scope. The
 * endpoints come from the application's own request mappings: one without a declared expectation fails
 * {@link #everyEndpointIsDeclared}, so a new endpoint joins the matrix by construction. An allowed caller gets 2xx
 * or 3xx (or a declared business refusal, never 403); everyone else 403, a visitor 401 or the way to sign in; nobody
 * ever 5xx. Callers sign in once with the form and keep their session, as a browser does.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired Fixtures fixtures;
    @Autowired ResourceFixtures resourceFixtures;
    @Autowired TreeBuilder trees;
    @Autowired TextbookTree tree;
    @Autowired StorageFixtures storage;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired Spaces spaces;
    @Autowired Posts posts;
    @Autowired Reviews reviews;
    @Autowired ResourceUse use;
    @Autowired ReviewerAssignments assignments;
    @Autowired Regions regions;
    @Autowired Imports imports;
    @Autowired Groups groups;
    @Autowired GroupMembers groupMembers;
    @Autowired Guardians guardians;
    @Autowired RegisteredClientRepository appClients;
    @Autowired ProviderFixtures providerFixtures;
    @Autowired AppFixtures appFixtures;
    @Autowired Approvals approvals;
    @Autowired HomeworkFixtures homeworkFixtures;
    @Autowired SchoolCalendars calendars;
    @Autowired TermBuilder terms;
    @Autowired QuizFixtures quizFixtures;
    @Autowired ItemBank itemBank;
    @Autowired Attempts quizAttempts;
    @Autowired QtiTransfer qti;
    @Autowired ClosureBuilder closureBuilder;

    private MatrixWorld w;
    private List<Endpoint> declared;
    private final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);

    @BeforeAll
    void world() throws Exception {
        w = new MatrixWorld(fixtures, resourceFixtures, storage, trees, tree, jdbc, people, schools, spaces, posts,
                reviews, use, assignments, regions, imports, groups, groupMembers, guardians, appClients,
                providerFixtures, appFixtures, approvals);
        declared = Stream.of(new IdentityEndpoints(w), new OrgEndpoints(w), new RegionEndpoints(w),
                        new SpaceEndpoints(w), new ResourceEndpoints(w), new ResourceUseEndpoints(w),
                        new RosterEndpoints(w), new StorageEndpoints(w), new TaxonomyEndpoints(w),
                        new NotificationEndpoints(w), new ShellEndpoints(w), new OutboxEndpoints(w),
                        new FederationEndpoints(w), new OaiEndpoints(w), new AppsEndpoints(w), new AppProviderEndpoints(w),
                        new AppCatalogueEndpoints(w),
                        new HarvestEndpoints(w), new HubEndpoints(w),
                        new LtiEndpoints(w), new ClassTeacherEndpoints(w), new ClassNoticeEndpoints(w),
                        new CalendarEndpoints(w, calendars), new TimetableEndpoints(w, terms),
                        new QuizEndpoints(w, quizFixtures, itemBank, quizAttempts, qti),
                        new HomeworkEndpoints(w, homeworkFixtures), new WeekEndpoints(w),
                        new ClosureEndpoints(w, closureBuilder))
                .flatMap(d -> d.endpoints().stream()).toList();
        for (Caller caller : Caller.values()) {
            if (caller != Caller.VISITOR) {
                sessions.put(caller, signIn(w.person(caller).account()));
            }
        }
    }

    private MockHttpSession signIn(String account) throws Exception {
        var result = mvc.perform(formLogin("/login").user(account).password(Fixtures.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", account)
                .doesNotContain("/login").doesNotContain("/password");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void everyEndpointIsDeclared() {
        Set<String> mapped = mappedEndpoints();
        Set<String> declaredKeys = declared.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(declaredKeys);
        Set<String> stale = new TreeSet<>(declaredKeys);
        stale.removeAll(mapped);
        assertThat(missing).as("endpoints without a declared expectation in the scope matrix").isEmpty();
        assertThat(stale).as("declared endpoints that the application no longer maps").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        return declared.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
    }

    private void check(Endpoint endpoint) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            Call call = new Call(w, caller, Fixtures.unique(), endpoint.allowed().contains(caller));
            AbstractMockHttpServletRequestBuilder<?> request = endpoint.request(call).with(csrf());
            if (caller != Caller.VISITOR) {
                request.session(sessions.get(caller));
            }
            String problem;
            try {
                problem = verdict(endpoint, caller, mvc.perform(request).andReturn().getResponse());
            } catch (Exception e) {
                problem = "server error " + e.getMessage();
            }
            if (problem != null) {
                wrong.add(caller + ": " + problem);
            }
        }
        assertThat(wrong).as("%s (allowed: %s)", endpoint.name(), endpoint.allowed()).isEmpty();
    }

    /** Null when the answer is what the declaration expects of this caller; otherwise what was wrong. */
    private static String verdict(Endpoint endpoint, Caller caller, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toSignIn = status / 100 == 3 && location != null && location.contains("/login");
        String seen = status + (location == null ? "" : " → " + location);
        if (status >= 500) {
            return "server error " + seen;
        }
        if (endpoint.allowed().contains(caller)) {
            boolean fine = (status / 100 == 2 || status / 100 == 3) && !toSignIn
                    || endpoint.business.contains(status);
            return fine ? null : "allowed but got " + seen;
        }
        if (caller == Caller.VISITOR) {
            return status == 401 || toSignIn ? null : "visitor got " + seen;
        }
        return endpoint.refusals.contains(status) ? null : "not allowed but got " + seen;
    }

    /** Controllers that tests bring along are no part of the application. */
    private static boolean testOnly(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    /** "GET /api/v1/people/{id}" for every method and pattern of every handler method of the application. */
    private Set<String> mappedEndpoints() {
        Set<String> keys = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> type = handler.getBeanType();
            if (!type.getPackageName().startsWith("org.renrentong") || testOnly(type)) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        });
        return keys;
    }
}
