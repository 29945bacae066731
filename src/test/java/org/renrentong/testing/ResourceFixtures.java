package org.renrentong.testing;

import java.util.List;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Audience;
import org.renrentong.resource.FileRole;
import org.renrentong.resource.Licence;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceForm;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;
import org.renrentong.resource.ReviewAction;
import org.renrentong.resource.Resources;
import org.renrentong.resource.Reviews;
import org.renrentong.storage.SampleFiles;
import org.renrentong.storage.StorageFixtures;
import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TreeNode;
import org.springframework.stereotype.Component;

/**
 * Resources for tests, made through the real services:
 * <pre>
 *   TreeNode lesson = resources.lesson("2", "14");                 // a new 初中数学 edition with one lesson
 *   Resource r = resources.aResource(teacher).at(lesson).titled("勾股定理").build();
 *   resources.publish(r, reviewer);
 * </pre>
 */
@Component
public class ResourceFixtures {

    final Resources resources;
    final Reviews reviews;
    final StorageFixtures storage;
    private final TreeBuilder trees;
    private final Deliveries deliveries;

    ResourceFixtures(Resources resources, Reviews reviews, StorageFixtures storage, TreeBuilder trees,
                     Deliveries deliveries) {
        this.resources = resources;
        this.reviews = reviews;
        this.storage = storage;
        this.trees = trees;
        this.deliveries = deliveries;
    }

    /** A lesson node under a new edition of the stage and subject (codes of the shipped tables). */
    public TreeNode lesson(String stageCode, String subjectCode) {
        TreeNode edition = trees.edition(stageCode, subjectCode, "测试版" + Fixtures.unique(), "测试出版社");
        return trees.chain(edition, NodeLevel.GRADE, NodeLevel.CHAPTER, NodeLevel.LESSON);
    }

    /** A completed upload of a small unique PDF, ready to be claimed. */
    public String pdfUpload(Actor actor) {
        return storage.completedUpload(actor, "教案" + Fixtures.unique() + ".pdf",
                SampleFiles.pdf("resource " + Fixtures.unique(), 2000));
    }

    public ResourceBuilder aResource(Actor owner) {
        return new ResourceBuilder(this, owner);
    }

    /** Submits (as its owner) and publishes (as the reviewer) the resource, and waits until search has it. */
    public Resource publish(Resource r, Actor owner, Actor reviewer) {
        reviews.act(owner, r.id(), ReviewAction.SUBMIT, null);
        Resource published = reviews.act(reviewer, r.id(), ReviewAction.PUBLISH, null);
        deliveries.awaitAll();
        return published;
    }

    /** A builder of a resource with sensible defaults: a lesson plan for teachers, public, one PDF. */
    public static class ResourceBuilder {

        private final ResourceFixtures fixtures;
        private final Actor owner;
        private String title = "测试资源" + Fixtures.unique();
        private String description = "";
        private List<String> keywords = List.of();
        private List<Long> places;
        private ResourceVisibility visibility = ResourceVisibility.PUBLIC;
        private List<ResourceForm.FileInput> files;

        ResourceBuilder(ResourceFixtures fixtures, Actor owner) {
            this.fixtures = fixtures;
            this.owner = owner;
        }

        public ResourceBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public ResourceBuilder described(String description) {
            this.description = description;
            return this;
        }

        public ResourceBuilder keywords(String... keywords) {
            this.keywords = List.of(keywords);
            return this;
        }

        public ResourceBuilder at(TreeNode... nodes) {
            this.places = java.util.Arrays.stream(nodes).map(TreeNode::id).toList();
            return this;
        }

        public ResourceBuilder visibility(ResourceVisibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** These upload ids instead of one fresh PDF. */
        public ResourceBuilder uploads(String... uploadIds) {
            this.files = java.util.Arrays.stream(uploadIds)
                    .map(id -> new ResourceForm.FileInput(id, null, FileRole.MAIN)).toList();
            return this;
        }

        public ResourceForm form() {
            List<Long> at = places != null ? places : List.of(fixtures.lesson("2", "14").id());
            List<ResourceForm.FileInput> attached = files != null ? files
                    : List.of(new ResourceForm.FileInput(fixtures.pdfUpload(owner), null, FileRole.MAIN));
            return new ResourceForm(title, description, keywords, ResourceType.LESSON_PLAN, at,
                    Set.of(Audience.TEACHER), "zh", Licence.CC_BY_4_0, null, visibility, attached);
        }

        public Resource build() {
            return fixtures.resources.create(owner, form());
        }
    }
}
