package org.renrentong.scope;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.renrentong.apps.catalogue.Approvals;
import org.renrentong.apps.provider.Registration;
import org.renrentong.identity.Actor;
import org.renrentong.identity.GuardianInvitation;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.NewPerson;
import org.renrentong.identity.People;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.Group;
import org.renrentong.org.GroupMembers;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.region.Regions;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceUse;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.ReviewerAssignments;
import org.renrentong.resource.Reviews;
import org.renrentong.roster.Imports;
import org.renrentong.space.ImageUpload;
import org.renrentong.space.PostKind;
import org.renrentong.space.PostView;
import org.renrentong.space.Posts;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.space.Visibility;
import org.renrentong.storage.SampleFiles;
import org.renrentong.storage.StorageFixtures;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.ProviderFixtures;
import org.renrentong.testing.ResourceFixtures;
import org.renrentong.testing.TreeBuilder;
import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The targets of the scope matrix, made for it through the real services, and the callers around them (see
 * {@link Caller}). Targets that a request changes or removes are made fresh for each request by the methods
 * {@code fresh…}, so that no request depends on another.
 */
final class MatrixWorld {

    static final String CITY = "130100";
    static final String COUNTY_A = "130102";
    static final String COUNTY_B = "130104";

    final Fixtures fixtures;
    final ResourceFixtures resourceFixtures;
    final TreeBuilder trees;
    private final TextbookTree tree;
    private final StorageFixtures storage;
    final JdbcClient jdbc;
    private final People people;
    final Posts posts;
    private final Reviews reviews;
    private final ResourceUse use;
    private final ReviewerAssignments assignments;
    private final Regions regions;
    private final GroupMembers groupMembers;
    private final Guardians guardians;

    final Actor platform;
    final School schoolA;
    final School schoolB;
    final SchoolClass classA1;
    final SchoolClass classA2;
    final SchoolClass classB1;
    final Person studentB;
    final Person teacherB;
    final Map<Caller, Person> callers = new EnumMap<>(Caller.class);
    final Map<Caller, Actor> actors = new EnumMap<>(Caller.class);
    final long gradeA;

    /** MEMBERS (the default of class spaces). */
    final long classA1Space;
    /** Made PRIVATE: only its managers read it. */
    final long classA2Space;
    final long classB1Space;
    /** PUBLIC, the default of school spaces. */
    final long schoolASpace;
    final long schoolBSpace;
    /** The student's personal space (MEMBERS). */
    final long studentSpace;
    final long imagePostA1;
    final long imageA1;

    /** Published resources of the teacher of school A, one per visibility, and a draft (a submitted one below). */
    final Resource publicResource;
    final Resource signedInResource;
    final Resource organisationResource;
    final Resource draftResource;
    final UUID importA;
    /** The guardian's phone: linking it to another student invites the guardian's account. */
    final String guardianPhone;
    /** A club of school A started by the teacher, with the classmate as a member. */
    final long groupA;
    // spares: the targets of requests that are to be refused (see Call.fresh)
    final Person teacherA;
    final long spareMember;
    final long invitation;
    final Resource submittedResource;
    final long comment;
    final long assignment;
    final String upload;
    final TreeNode node;
    final TreeNode grade;
    /** A county of the matrix under the city, for requests that are to be refused. */
    final String spareCounty;
    /** A lesson node to place new resources at. */
    final TreeNode lesson;
    final UUID importB;
    /** An app that signs people in with the node's accounts. */
    final String appClientId;
    final ProviderFixtures providerFixtures;
    final AppFixtures appFixtures;
    private final Approvals approvals;
    /** The provider caller's enterprise, and an app of it approved at county A. */
    final long providerId;
    final long providerApp;
    /** Spares: an enterprise waiting for vetting; apps of the provider in each state a request needs. */
    final long spareProvider;
    final long spareApplied;
    final long spareInherited;
    final long spareOptedOut;
    final long spareUnapplied;

    MatrixWorld(Fixtures fixtures, ResourceFixtures resourceFixtures, StorageFixtures storage, TreeBuilder trees,
                TextbookTree tree,
                JdbcClient jdbc,
                People people, Schools schools, Spaces spaces, Posts posts, Reviews reviews, ResourceUse use,
                ReviewerAssignments assignments, Regions regions, Imports imports, Groups groups,
                GroupMembers groupMembers, Guardians guardians, RegisteredClientRepository appClients,
                ProviderFixtures providerFixtures, AppFixtures appFixtures, Approvals approvals) {
        this.providerFixtures = providerFixtures;
        this.appFixtures = appFixtures;
        this.approvals = approvals;
        this.fixtures = fixtures;
        this.resourceFixtures = resourceFixtures;
        this.trees = trees;
        this.tree = tree;
        this.storage = storage;
        this.jdbc = jdbc;
        this.people = people;
        this.posts = posts;
        this.reviews = reviews;
        this.use = use;
        this.assignments = assignments;
        this.regions = regions;
        this.groupMembers = groupMembers;
        this.guardians = guardians;
        platform = fixtures.platformAdmin();
        schoolA = fixtures.aSchool().inCounty(COUNTY_A).build();
        schoolB = fixtures.aSchool().inCounty(COUNTY_B).build();
        classA1 = fixtures.aClass().in(schoolA).build();
        classA2 = fixtures.aClass().in(schoolA).build();
        classB1 = fixtures.aClass().in(schoolB).build();
        gradeA = schools.grades(platform, schoolA.id()).get(0).id();
        studentB = fixtures.aPerson().student().in(classB1).build();
        teacherB = fixtures.aPerson().teacher().teaching(classB1).build();

        callers.put(Caller.PLATFORM, people.create(platform, new NewPerson("平台" + Fixtures.unique(),
                Person.Gender.UNKNOWN, null, null, Role.PLATFORM_ADMIN, null, null, null, null, Fixtures.PASSWORD)));
        callers.put(Caller.CITY, fixtures.aPerson().regionAdmin(CITY).build());
        callers.put(Caller.COUNTY, fixtures.aPerson().regionAdmin(COUNTY_A).build());
        callers.put(Caller.OTHER_COUNTY, fixtures.aPerson().regionAdmin(COUNTY_B).build());
        callers.put(Caller.SCHOOL, fixtures.aPerson().schoolAdmin().at(schoolA).build());
        callers.put(Caller.OTHER_SCHOOL, fixtures.aPerson().schoolAdmin().at(schoolB).build());
        callers.put(Caller.TEACHER, fixtures.aPerson().teacher().teaching(classA1).build());
        callers.put(Caller.OTHER_TEACHER, fixtures.aPerson().teacher().teaching(classA2).build());
        callers.put(Caller.STUDENT, fixtures.aPerson().student().in(classA1).named("王小涵").build());
        callers.put(Caller.CLASSMATE, fixtures.aPerson().student().in(classA1).build());
        callers.put(Caller.OTHER_STUDENT, fixtures.aPerson().student().in(classA2).build());
        guardianPhone = "139" + String.format("%08d", Fixtures.unique() % 100_000_000);
        callers.put(Caller.GUARDIAN, fixtures.aPerson().guardianOf(callers.get(Caller.STUDENT)).phone(guardianPhone)
                .build());
        callers.put(Caller.EXPERT, fixtures.aPerson().expert(COUNTY_A).build());
        Registration enterprise = providerFixtures.registered();
        Actor providerActor = providerFixtures.actorOf(enterprise);
        callers.put(Caller.PROVIDER, new Person(providerActor.personId(), providerActor.account(), providerActor.name(),
                Person.Gender.UNKNOWN, null, null, null, null, null, false, false));
        providerId = enterprise.providerId();
        providerFixtures.approve(providerId);
        callers.values().forEach(fixtures::passwordChanged);
        callers.forEach((caller, person) -> actors.put(caller, fixtures.actor(person)));
        // the expert reviews mathematics in county A
        assignments.assign(platform, callers.get(Caller.EXPERT).id(), COUNTY_A, "14");

        classA1Space = spaces.idOf(SpaceKind.CLASS, classA1.id()).orElseThrow();
        classA2Space = spaces.idOf(SpaceKind.CLASS, classA2.id()).orElseThrow();
        spaces.update(platform, classA2Space, "", Visibility.PRIVATE);
        classB1Space = spaces.idOf(SpaceKind.CLASS, classB1.id()).orElseThrow();
        schoolASpace = spaces.idOf(SpaceKind.SCHOOL, schoolA.id()).orElseThrow();
        schoolBSpace = spaces.idOf(SpaceKind.SCHOOL, schoolB.id()).orElseThrow();
        studentSpace = spaces.mine(actor(Caller.STUDENT));
        PostView withImage = posts.create(actor(Caller.TEACHER), classA1Space, PostKind.POST,
                "图片" + Fixtures.unique(), List.of(image()));
        imagePostA1 = withImage.id();
        imageA1 = withImage.imageIds().get(0);

        Actor teacher = actor(Caller.TEACHER);
        lesson = resourceFixtures.lesson("2", "14");
        publicResource = published(ResourceVisibility.PUBLIC);
        signedInResource = published(ResourceVisibility.SIGNED_IN);
        organisationResource = published(ResourceVisibility.ORGANISATION);
        draftResource = resourceFixtures.aResource(teacher).at(lesson).build();
        spareCounty = freshCounty();
        groupA = groups.create(actor(Caller.TEACHER), "矩阵社团" + Fixtures.unique(), Group.Kind.CLUB, schoolA.id())
                .id();
        groupMembers.add(actor(Caller.TEACHER), groupA, person(Caller.CLASSMATE).id());
        spareMember = freshMember();
        invitation = freshInvitation();
        teacherA = freshTeacherA();
        submittedResource = reviews.act(actor(Caller.TEACHER), freshDraft(), ReviewAction.SUBMIT, null);
        comment = freshComment();
        assignment = freshAssignment();
        upload = freshUpload(Caller.TEACHER);
        node = freshNode();
        grade = freshGrade();
        importA = finishedImport(imports, schoolA.id());
        importB = finishedImport(imports, schoolB.id());
        providerApp = freshApproved();
        appFixtures.withScreenshot(actor(Caller.PROVIDER), providerApp);
        spareProvider = freshPendingProvider();
        spareApplied = freshApplied();
        spareInherited = freshInherited();
        spareOptedOut = freshOptedOut();
        spareUnapplied = freshUnapplied();
        appClientId = "matrix-app-" + Fixtures.unique();
        appClients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(appClientId)
                .clientName("矩阵应用").clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://app.example.cn/callback").scope("openid").scope("profile").build());
    }

    /** An import with a row error, finished, so that its job, progress and error report can be read. */
    private UUID finishedImport(Imports imports, long schoolId) {
        byte[] csv = "年级,班级,学号,姓名,性别\n七年级,1班,,,未知\n".getBytes(StandardCharsets.UTF_8);
        UUID id = imports.start(platform, schoolId, "students.csv", csv.length, new ByteArrayResource(csv),
                "Init-Pass1").job().id();
        long giveUpAt = System.nanoTime() + 300_000_000_000L; // against a hung job, not a statement about speed
        while (!imports.job(platform, id).status().finished()) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("import " + id + " did not finish");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return id;
    }

    Actor actor(Caller caller) {
        return actors.get(caller);
    }

    Person person(Caller caller) {
        return callers.get(caller);
    }

    private Resource published(ResourceVisibility visibility) {
        Actor teacher = actor(Caller.TEACHER);
        Resource r = resourceFixtures.aResource(teacher).at(lesson).visibility(visibility).build();
        return resourceFixtures.publish(r, teacher, platform);
    }

    private static ImageUpload image() {
        byte[] png = SampleFiles.png(8, 8);
        return new ImageUpload(png.length, new ByteArrayResource(png));
    }

    long fileOf(Resource r) {
        return r.files().get(0).fileId();
    }

    // ---- fresh targets, one per request ----

    /** A post by the student in the class space of A1. */
    long freshPostA1() {
        return posts.create(actor(Caller.STUDENT), classA1Space, PostKind.POST, "动态" + Fixtures.unique(), List.of())
                .id();
    }

    /** A new upload of the caller's (a visitor gets the platform administrator's), still receiving. */
    String freshUpload(Caller owner) {
        Actor actor = owner == Caller.VISITOR ? platform : actor(owner);
        return storage.receivingUpload(actor, "a" + Fixtures.unique() + ".pdf", 10);
    }

    /** A new student of A1 made a member of the club. */
    long freshMember() {
        long student = freshStudentA().id();
        groupMembers.add(actor(Caller.TEACHER), groupA, student);
        return student;
    }

    /** An invitation to the guardian's account to become the guardian of a new student of A1: its id. */
    long freshInvitation() {
        guardians.link(platform, freshStudentA().id(), null, guardianPhone, "父亲", null);
        return guardians.pending(actor(Caller.GUARDIAN)).stream().mapToLong(GuardianInvitation::id).max()
                .orElseThrow();
    }

    /** A draft of the teacher of A1. */
    long freshDraft() {
        return resourceFixtures.aResource(actor(Caller.TEACHER)).at(lesson).build().id();
    }

    /** A resource of the teacher of A1 submitted for review. */
    long freshSubmitted() {
        long id = freshDraft();
        reviews.act(actor(Caller.TEACHER), id, ReviewAction.SUBMIT, null);
        return id;
    }

    /** A failed delivery of "resource changed" (the public resource) to the search index; delivered again, it succeeds. */
    UUID freshFailedDelivery() {
        return Deliveries.failedIndexUpdate(jdbc, publicResource.id());
    }

    /** A pending comment of the student on the teacher's public resource. */
    long freshComment() {
        return use.comment(actor(Caller.STUDENT), publicResource.id(), "评论" + Fixtures.unique()).id();
    }

    Person freshTeacherA() {
        return fixtures.aPerson().teacher().at(schoolA).build();
    }

    Person freshStudentA() {
        return fixtures.aPerson().student().in(classA1).build();
    }

    Person freshExpert() {
        return fixtures.aPerson().expert(COUNTY_A).build();
    }

    /** An assignment of a new expert to county A. */
    long freshAssignment() {
        return assignments.assign(platform, freshExpert().id(), COUNTY_A, "14").id();
    }

    /** A new county under the city, made by the platform administrator. */
    String freshCounty() {
        return regions.add(platform, freeCountyCode(), "矩阵区" + Fixtures.unique(), CITY).code();
    }

    /** A county code under the city that no region holds yet. */
    String freeCountyCode() {
        List<String> taken = jdbc.sql("SELECT code FROM region WHERE parent_code = ?").param(CITY)
                .query(String.class).list();
        for (int i = 40; i < 100; i++) {
            String code = CITY.substring(0, 4) + i;
            if (!taken.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free county code under " + CITY);
    }

    /** A new chapter under a new grade of a new edition, to add to, move, rename, reorder or retire. */
    TreeNode freshNode() {
        return trees.chain(freshGrade(), NodeLevel.CHAPTER);
    }

    /** The node's path of codes from its stage ("2/14/…"), as the tree editor's move form takes it. */
    String codePath(TreeNode node) {
        return tree.place(node.id()).path().stream().map(TreeNode::code).collect(Collectors.joining("/"));
    }

    /** An enterprise waiting for vetting. */
    long freshPendingProvider() {
        return providerFixtures.registered().providerId();
    }

    /** An app of the provider applied for at county A. */
    long freshApplied() {
        return appFixtures.appliedAt(actor(Caller.PROVIDER), COUNTY_A).app().id();
    }

    /** An app of the provider approved at county A. */
    long freshApproved() {
        return appFixtures.approvedAt(actor(Caller.PROVIDER), COUNTY_A).app().id();
    }

    /** An app of the provider approved at county A that then asked for more personal data. */
    long freshChangesAsked() {
        return appFixtures.changesAskedAt(actor(Caller.PROVIDER), COUNTY_A).app().id();
    }

    /** An app of the provider approved at county A and suspended. */
    long freshSuspended() {
        long app = freshApproved();
        approvals.suspend(platform, app);
        return app;
    }

    /** An app of the provider approved at the city, which county A inherits. */
    long freshInherited() {
        return appFixtures.approvedAt(actor(Caller.PROVIDER), CITY).app().id();
    }

    /** An app approved at the city that county A opted out of. */
    long freshOptedOut() {
        long app = freshInherited();
        approvals.optOut(platform, app, COUNTY_A);
        return app;
    }

    /** An app of the provider applied for nowhere. */
    long freshUnapplied() {
        return appFixtures.registered(actor(Caller.PROVIDER)).id();
    }

    /** A new grade of a new edition: a place to move a chapter to. */
    TreeNode freshGrade() {
        TreeNode edition = trees.edition("2", "14", "矩阵版" + Fixtures.unique(), "矩阵出版社");
        return trees.chain(edition, NodeLevel.GRADE);
    }
}
