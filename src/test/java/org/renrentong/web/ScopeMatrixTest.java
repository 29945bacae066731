package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.org.Schools;
import org.renrentong.space.Spaces;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every endpoint × every role × in and out of scope. Each caller either succeeds (2xx or a redirect) or is refused
 * with 403 — enforced in the services, whatever links a page shows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTest {

    /** Free county codes below 石家庄市 for the region endpoint: 1301xx, the catalogue's counties end at 33. */
    private static final AtomicInteger NEW_COUNTIES = new AtomicInteger(40);
    private static final Set<String> PLATFORM_AND_CITY = Set.of("platform", "cityAdmin");
    private static final Set<String> GOVERNING = Set.of("platform", "cityAdmin", "countyAdmin");
    private static final Set<String> SCHOOL_MANAGERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin");
    private static final Set<String> ADMINISTRATORS = Set.of("platform", "cityAdmin", "countyAdmin",
            "otherCountyAdmin", "schoolAdmin", "otherSchoolAdmin");
    private static final Set<String> SCHOOL_INSIDERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin",
            "teacher", "otherClassTeacher", "student", "classmate", "otherClassStudent");
    private static final Set<String> CLASS_READERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin",
            "teacher", "student", "classmate", "guardian");
    private static final Set<String> CLASS_POSTERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin",
            "teacher", "student", "classmate");
    private static final Set<String> CLASS_MANAGERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin",
            "teacher");
    private static final Set<String> STUDENT_READERS = Set.of("platform", "cityAdmin", "countyAdmin", "schoolAdmin",
            "teacher", "otherClassTeacher", "student", "guardian");

    @Autowired WebApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired People people;
    @Autowired Spaces spaces;
    @Autowired Schools schools;
    @Autowired TextbookTree tree;

    private MockMvc mvc;
    private ScopeWorld w;
    private long gradeId;

    record Endpoint(String name, Set<String> allowed, Function<Long, AbstractMockHttpServletRequestBuilder<?>> request) {
    }

    @BeforeAll
    void world() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        w = new ScopeWorld(fixtures, people, spaces);
        gradeId = schools.grades(fixtures.platformAdmin(), w.school.id()).get(0).id();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            w.callers.forEach((name, person) -> tests.add(DynamicTest.dynamicTest(endpoint.name() + " as " + name,
                    () -> check(endpoint, name, person))));
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, String callerName, Person caller) throws Exception {
        RequestBuilder request = endpoint.request().apply(Fixtures.unique())
                .with(httpBasic(caller.account(), Fixtures.PASSWORD));
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (endpoint.allowed().contains(callerName)) {
            assertThat(status).as("%s as %s", endpoint.name(), callerName).isBetween(200, 399);
        } else {
            assertThat(status).as("%s as %s", endpoint.name(), callerName).isEqualTo(403);
        }
    }

    private List<Endpoint> endpoints() {
        long school = w.school.id();
        long student = w.student.id();
        long space = w.classSpace;
        long subject = tree.at("2/14").orElseThrow().id();
        return List.of(
                new Endpoint("GET school", SCHOOL_INSIDERS, n -> get("/api/v1/schools/{id}", school)),
                new Endpoint("GET school classes", SCHOOL_INSIDERS, n -> get("/api/v1/schools/{id}/classes", school)),
                new Endpoint("GET school page", SCHOOL_INSIDERS, n -> get("/schools/{id}", school)),
                new Endpoint("PUT school", SCHOOL_MANAGERS, n -> json(put("/api/v1/schools/{id}", school),
                        "{\"name\":\"" + w.school.name() + "\",\"kind\":\"NINE_YEAR\","
                                + "\"stages\":[\"PRIMARY\",\"JUNIOR\"],\"countyCode\":\"130102\"}")),
                new Endpoint("POST school in county", GOVERNING, n -> json(post("/api/v1/schools"),
                        "{\"name\":\"矩阵学校" + n + "\",\"kind\":\"PRIMARY\",\"stages\":[\"PRIMARY\"],"
                                + "\"countyCode\":\"130102\"}")),
                new Endpoint("POST class", SCHOOL_MANAGERS, n -> json(post("/api/v1/schools/{id}/classes", school),
                        "{\"gradeId\":" + gradeId + ",\"name\":\"" + n + "班\"}")),
                new Endpoint("GET people of school", SCHOOL_MANAGERS, n -> get("/api/v1/people").param("school",
                        String.valueOf(school))),
                new Endpoint("GET people page", SCHOOL_MANAGERS, n -> get("/people").param("school",
                        String.valueOf(school))),
                new Endpoint("GET student", STUDENT_READERS, n -> get("/api/v1/people/{id}", student)),
                new Endpoint("POST student", SCHOOL_MANAGERS, n -> json(post("/api/v1/people"),
                        "{\"name\":\"新生" + n + "\",\"gender\":\"MALE\",\"role\":\"STUDENT\",\"classId\":"
                                + w.schoolClass.id() + ",\"number\":\"m" + n + "\",\"initialPassword\":\"Init-Pass1\"}")),
                new Endpoint("POST guardian of student", SCHOOL_MANAGERS, n -> json(
                        post("/api/v1/people/{id}/guardians", student), "{\"name\":\"家长" + n + "\",\"phone\":\"137"
                                + String.format("%08d", n % 100_000_000) + "\",\"relation\":\"父亲\","
                                + "\"initialPassword\":\"Init-Pass1\"}")),
                new Endpoint("POST unlock student", SCHOOL_MANAGERS, n -> post("/api/v1/people/{id}/unlock", student)),
                new Endpoint("GET class space", CLASS_READERS, n -> get("/api/v1/spaces/{id}", space)),
                new Endpoint("GET class space page", CLASS_READERS, n -> get("/spaces/{id}", space)),
                new Endpoint("POST notice in class space", CLASS_MANAGERS, n -> json(
                        post("/api/v1/spaces/{id}/posts", space), "{\"kind\":\"NOTICE\",\"body\":\"通知" + n + "\"}")),
                new Endpoint("POST post in class space", CLASS_POSTERS, n -> json(
                        post("/api/v1/spaces/{id}/posts", space), "{\"kind\":\"POST\",\"body\":\"动态" + n + "\"}")),
                new Endpoint("GET audit", ADMINISTRATORS, n -> get("/api/v1/audit")),
                new Endpoint("GET space statistics", ADMINISTRATORS, n -> get("/api/v1/statistics/spaces")),
                new Endpoint("POST import for school", SCHOOL_MANAGERS, n -> multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "students.csv", "text/csv",
                                "年级,班级,学号,姓名,性别\n七年级,1班,,,未知\n".getBytes(StandardCharsets.UTF_8)))
                        .param("schoolId", String.valueOf(school)).param("initialPassword", "Init-Pass1")),
                new Endpoint("POST region under city", PLATFORM_AND_CITY, n -> json(post("/api/v1/regions"),
                        "{\"code\":\"1301" + NEW_COUNTIES.incrementAndGet() + "\",\"name\":\"新区" + n
                                + "\",\"parentCode\":\"130100\"}")),
                new Endpoint("PATCH rename county", PLATFORM_AND_CITY, n -> json(patch("/api/v1/regions/130102"),
                        "{\"name\":\"长安区\"}")),
                new Endpoint("POST textbook edition", Set.of("platform"), n -> json(post("/api/v1/textbook-tree/nodes"),
                        "{\"parentId\":" + subject + ",\"level\":\"EDITION\",\"code\":\"m" + n
                                + "\",\"name\":\"矩阵版\",\"publisher\":\"矩阵出版社\"}")),
                new Endpoint("GET textbook tree editor", Set.of("platform"), n -> get("/admin/textbook-tree")));
    }

    private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request,
                                                                String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
