package org.renrentong.apps.catalogue;

import java.util.List;
import org.renrentong.apps.provider.Refusal;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Apps as JSON: a provider registers them, applies at regions and gets its client's secret; administrators approve,
 * refuse, opt out, hide, suspend and reinstate; a person reads their app centre.
 */
@RestController
@RequestMapping("/api/v1/apps")
class AppsApi {

    private final Apps apps;
    private final Approvals approvals;
    private final AppCentre centre;
    private final Screenshots screenshots;
    private final AppChanges changes;

    AppsApi(Apps apps, Approvals approvals, AppCentre centre, Screenshots screenshots, AppChanges changes) {
        this.apps = apps;
        this.changes = changes;
        this.approvals = approvals;
        this.centre = centre;
        this.screenshots = screenshots;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    App register(Actor me, @RequestBody AppForm form) {
        return apps.register(me, form);
    }

    @GetMapping("/mine")
    List<App> mine(Actor me) {
        return apps.mine(me);
    }

    /** The apps an administrator decides on or that reach their region or school. */
    @GetMapping("/administered")
    List<AdminApp> administered(Actor me) {
        return approvals.forAdministrator(me);
    }

    @GetMapping("/centre")
    List<AppCard> centre(Actor me, @RequestParam(required = false) AppCategory category,
                         @RequestParam(defaultValue = "") String q) {
        return centre.forPerson(me, category, q);
    }

    @GetMapping("/{id}")
    App get(Actor me, @PathVariable long id) {
        return apps.get(me, id);
    }

    /** Edits the app; what widens an approved app waits for a region that approved it ({@code changesAsked}). */
    @PutMapping("/{id}")
    App edit(Actor me, @PathVariable long id, @RequestBody AppForm form) {
        return changes.edit(me, id, form);
    }

    @PostMapping("/{id}/regions/{code}/changes-approval")
    App approveChanges(Actor me, @PathVariable long id, @PathVariable String code) {
        return changes.approve(me, id, code);
    }

    @PostMapping("/{id}/regions/{code}/changes-refusal")
    App refuseChanges(Actor me, @PathVariable long id, @PathVariable String code, @RequestBody Refusal refusal) {
        return changes.refuse(me, id, code, refusal == null ? null : refusal.reason());
    }

    @PostMapping("/{id}/applications")
    App apply(Actor me, @PathVariable long id, @RequestBody RegionChoice region) {
        return apps.apply(me, id, region == null ? null : region.regionCode());
    }

    /** Adds a screenshot (PNG or JPEG, multipart field {@code image}). */
    @PostMapping(path = "/{id}/screenshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    App screenshot(Actor me, @PathVariable long id, @RequestParam(required = false) MultipartFile image) {
        return screenshots.add(me, id, image == null ? 0 : image.getSize(), image == null ? null : image.getResource());
    }

    @PostMapping("/{id}/secret")
    ClientCredentials newSecret(Actor me, @PathVariable long id) {
        return apps.newSecret(me, id);
    }

    @PostMapping("/{id}/regions/{code}/approval")
    App approve(Actor me, @PathVariable long id, @PathVariable String code) {
        return approvals.approve(me, id, code);
    }

    @PostMapping("/{id}/regions/{code}/refusal")
    App refuse(Actor me, @PathVariable long id, @PathVariable String code, @RequestBody Refusal refusal) {
        return approvals.refuse(me, id, code, refusal == null ? null : refusal.reason());
    }

    @PostMapping("/{id}/regions/{code}/opt-out")
    App optOut(Actor me, @PathVariable long id, @PathVariable String code) {
        return approvals.optOut(me, id, code);
    }

    @DeleteMapping("/{id}/regions/{code}/opt-out")
    App optIn(Actor me, @PathVariable long id, @PathVariable String code) {
        return approvals.optIn(me, id, code);
    }

    @PostMapping("/{id}/schools/{schoolId}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(Actor me, @PathVariable long id, @PathVariable long schoolId) {
        approvals.hide(me, id, schoolId, true);
    }

    @DeleteMapping("/{id}/schools/{schoolId}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void show(Actor me, @PathVariable long id, @PathVariable long schoolId) {
        approvals.hide(me, id, schoolId, false);
    }

    @PostMapping("/{id}/suspension")
    App suspend(Actor me, @PathVariable long id) {
        return approvals.suspend(me, id);
    }

    @DeleteMapping("/{id}/suspension")
    App reinstate(Actor me, @PathVariable long id) {
        return approvals.reinstate(me, id);
    }
}
