package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchSort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Resources as JSON: search, read (with LOM and Dublin Core), contribute, edit and the review actions. */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceApi {

    private final Resources resources;
    private final Reviews reviews;
    private final ResourceSearch search;
    private final CurrentActor currentActor;

    ResourceApi(Resources resources, Reviews reviews, ResourceSearch search, CurrentActor currentActor) {
        this.resources = resources;
        this.reviews = reviews;
        this.search = search;
        this.currentActor = currentActor;
    }

    /** A review step: SUBMIT, PUBLISH, REJECT (reason required), WITHDRAW, RETIRE. */
    record ReviewStep(ReviewAction action, String reason) {
    }

    /** Published resources the caller may see: free text, a textbook-tree node, facet values, order, page. */
    @GetMapping
    SearchHits search(@RequestParam(required = false) String q, @RequestParam(required = false) Long placeId,
                      @RequestParam(required = false) Set<String> stage,
                      @RequestParam(required = false) Set<String> subject,
                      @RequestParam(required = false) Set<String> edition,
                      @RequestParam(required = false) Set<String> grade,
                      @RequestParam(required = false) Set<String> type,
                      @RequestParam(required = false) Set<String> origin,
                      @RequestParam(required = false) SearchSort sort, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        return search.find(currentActor.of(request), q, placeId,
                ResourceSearch.filters(stage, subject, edition, grade, type, origin), sort, page, size);
    }

    /** The caller's own resources in every status, newest first. */
    @GetMapping("/mine")
    List<Resource> mine(Actor me) {
        return resources.mine(me);
    }

    @GetMapping("/{id}")
    Resource get(@PathVariable long id, HttpServletRequest request) {
        return resources.get(currentActor.of(request), id);
    }

    /** The metadata as an IEEE LOM (GB/T 21365) record. */
    @GetMapping("/{id}/lom")
    LomRecord lom(@PathVariable long id, HttpServletRequest request) {
        return MetadataMapping.lom(ResourceMetadata.of(resources.get(currentActor.of(request), id)));
    }

    /** The metadata as qualified Dublin Core elements. */
    @GetMapping("/{id}/dublin-core")
    List<MetadataMapping.DcElement> dublinCore(@PathVariable long id, HttpServletRequest request) {
        return MetadataMapping.dublinCore(ResourceMetadata.of(resources.get(currentActor.of(request), id)));
    }

    /** A new resource in DRAFT; its files are upload ids of completed uploads, claimed in the same transaction. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Resource create(Actor me, @RequestBody ResourceForm form) {
        return resources.create(me, form);
    }

    /** Edits a resource; a published one becomes its next version, in DRAFT. */
    @PutMapping("/{id}")
    Resource update(@PathVariable long id, Actor me, @RequestBody ResourceForm form) {
        return resources.update(me, id, form);
    }

    @PostMapping("/{id}/review")
    Resource review(@PathVariable long id, Actor me, @RequestBody ReviewStep step) {
        if (step == null || step.action() == null) {
            throw org.renrentong.shared.DomainException.invalid("resource.review.action.required");
        }
        return reviews.act(me, id, step.action(), step.reason());
    }

    @GetMapping("/{id}/history")
    List<Reviews.Transition> history(@PathVariable long id, HttpServletRequest request) {
        return reviews.history(currentActor.of(request), id);
    }

    /** The submitted resources waiting for the caller's review. */
    @GetMapping("/review-queue")
    List<Resource> queue(Actor me) {
        return reviews.queue(me);
    }
}
