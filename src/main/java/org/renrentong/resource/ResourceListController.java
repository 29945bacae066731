package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lists of resources: my resources and my favourites (personal space), the review queue, a school's library
 * (school space) and a region's most used resources (region space).
 */
@Controller
@RequestMapping("/resources")
class ResourceListController {

    static final int MOST_USED = 30;

    private final Resources resources;
    private final ResourceUse use;
    private final Reviews reviews;
    private final Schools schools;
    private final Regions regions;
    private final MessageSource messages;
    private final SearchFeed feed;
    private final ReviewerAssignments assignments;
    private final CurrentActor currentActor;

    ResourceListController(Resources resources, ResourceUse use, Reviews reviews, Schools schools, Regions regions,
                           MessageSource messages, SearchFeed feed, ReviewerAssignments assignments,
                           CurrentActor currentActor) {
        this.feed = feed;
        this.assignments = assignments;
        this.resources = resources;
        this.use = use;
        this.reviews = reviews;
        this.schools = schools;
        this.regions = regions;
        this.messages = messages;
        this.currentActor = currentActor;
    }

    @GetMapping("/mine")
    String mine(Actor me, Model model) {
        model.addAttribute("mayContribute", resources.mayContribute(me));
        return list(model, text("resource.mine"), resources.mine(me), true);
    }

    @GetMapping("/favourites")
    String favourites(Actor me, Model model) {
        return list(model, text("resource.favourites"), use.favourites(me), false);
    }

    @GetMapping("/reviews")
    String queue(Actor me, Model model) {
        model.addAttribute("mayRebuild", ResourcePolicy.mayRebuildIndex(me));
        model.addAttribute("reviewLinks", true);
        model.addAttribute("mayAssign", assignments.mayAssign(me));
        return list(model, text("resource.queue"), reviews.queue(me), true);
    }

    /** Rebuilds the search index from the database (platform administrators). */
    @PostMapping("/search-index/rebuild")
    String rebuild(Actor me, RedirectAttributes redirect) {
        feed.rebuild(me);
        redirect.addFlashAttribute("done", "resource.search.rebuilt");
        return "redirect:/resources/reviews";
    }

    @GetMapping("/schools/{schoolId}")
    String library(@PathVariable long schoolId, HttpServletRequest request, Model model) {
        School school = schools.get(schoolId);
        return list(model, text("resource.library", school.name()),
                resources.schoolLibrary(currentActor.of(request), schoolId), false);
    }

    @GetMapping("/regions/{code}")
    String mostUsed(@PathVariable String code, HttpServletRequest request, Model model) {
        Region region = regions.get(code);
        return list(model, text("resource.mostUsed", region.name()),
                resources.mostUsed(currentActor.of(request), region.path(), MOST_USED), false);
    }

    private static String list(Model model, String heading, List<Resource> items, boolean showStatus) {
        model.addAttribute("heading", heading);
        model.addAttribute("items", items);
        model.addAttribute("showStatus", showStatus);
        if (!model.containsAttribute("mayContribute")) {
            model.addAttribute("mayContribute", false);
        }
        return "resource/list";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
