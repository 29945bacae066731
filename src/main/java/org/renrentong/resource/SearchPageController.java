package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.identity.CurrentActor;
import org.renrentong.search.Facet;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchSort;
import org.renrentong.shared.ThisNode;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.Edition;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page: a text box, facets with counts on the left, the textbook tree to narrow by, the order, and
 * highlighted hits with page links. Facet links toggle one value and keep everything else.
 */
@Controller
class SearchPageController {

    private final ResourceSearch search;
    private final TextbookTree tree;
    private final CurrentActor currentActor;
    private final ThisNode node;
    private final HarvestedResources harvested;

    SearchPageController(ResourceSearch search, TextbookTree tree, CurrentActor currentActor, ThisNode node,
                         HarvestedResources harvested) {
        this.harvested = harvested;
        this.node = node;
        this.search = search;
        this.tree = tree;
        this.currentActor = currentActor;
    }

    /** A facet value as shown: its label, count, whether chosen, and the link that toggles it. */
    record FacetLink(String label, long count, boolean chosen, String href) {
    }

    @GetMapping("/resources/search")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Long placeId,
                @RequestParam(required = false) Set<String> stage, @RequestParam(required = false) Set<String> subject,
                @RequestParam(required = false) Set<String> edition, @RequestParam(required = false) Set<String> grade,
                @RequestParam(required = false) Set<String> type, @RequestParam(required = false) Set<String> origin,
                @RequestParam(required = false) SearchSort sort, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        Map<Facet, Set<String>> filters = ResourceSearch.filters(stage, subject, edition, grade, type, origin);
        Long place = placeId != null && tree.node(placeId).isPresent() ? placeId : null;
        SearchHits hits = search.find(currentActor.of(request), q, place, filters, sort, page, ResourceSearch.PAGE_SIZE);
        Map<Facet, List<FacetLink>> facets = new EnumMap<>(Facet.class);
        Map<Facet, Map<String, String>> labels = labels();
        hits.facets().forEach((facet, counts) -> facets.put(facet, counts.stream().map(c -> new FacetLink(
                labels.getOrDefault(facet, Map.of()).getOrDefault(c.value(), c.value()), c.count(),
                filters.getOrDefault(facet, Set.of()).contains(c.value()), toggle(facet, c.value()))).toList()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", hits);
        model.addAttribute("facets", facets);
        model.addAttribute("place", place == null ? null : tree.place(place));
        model.addAttribute("sort", sort == null ? SearchSort.RELEVANCE : sort);
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("page", page);
        model.addAttribute("pages", (hits.total() + ResourceSearch.PAGE_SIZE - 1) / ResourceSearch.PAGE_SIZE);
        model.addAttribute("pageLink", link().replaceQueryParam("page").toUriString());
        model.addAttribute("noPlaceLink", link().replaceQueryParam("placeId").replaceQueryParam("page").toUriString());
        return "resource/search";
    }

    private static String toggle(Facet facet, String value) {
        String param = facet.name().toLowerCase();
        UriComponentsBuilder b = link().replaceQueryParam("page");
        List<String> values = new java.util.ArrayList<>(b.build().getQueryParams().getOrDefault(param, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        return b.replaceQueryParam(param, values.toArray()).build().encode().toUriString();
    }

    private static UriComponentsBuilder link() {
        return ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/resources/search");
    }

    /** Code → name for the facets the tree names; types are named in the template's language by the bundle. */
    private Map<Facet, Map<String, String>> labels() {
        Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);
        labels.put(Facet.STAGE, names(tree.stages()));
        labels.put(Facet.SUBJECT, names(tree.subjects()));
        labels.put(Facet.GRADE, names(tree.grades()));
        Map<String, String> editions = new HashMap<>();
        for (Edition e : tree.editions()) {
            editions.put(e.code(), e.label());
        }
        labels.put(Facet.EDITION, editions);
        labels.put(Facet.ORIGIN, harvested.originNames(node.code(), node.name()));
        return labels;
    }

    private static Map<String, String> names(List<CodeName> list) {
        Map<String, String> out = new HashMap<>();
        list.forEach(c -> out.put(c.code(), c.name()));
        return out;
    }
}
