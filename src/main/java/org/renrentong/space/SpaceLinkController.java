package org.renrentong.space;

import java.util.Locale;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Stable links to an institution's space by what it belongs to ({@code /spaces/school/7}, {@code /spaces/class/12},
 * {@code /spaces/group/3}, {@code /spaces/bureau/2}), so other modules' pages need not know space ids.
 * Who may see the space is decided when the space itself is opened.
 */
@Controller
class SpaceLinkController {

    private final Spaces spaces;

    SpaceLinkController(Spaces spaces) {
        this.spaces = spaces;
    }

    @GetMapping("/spaces/{kind:school|class|group|bureau}/{ownerId}")
    String open(@PathVariable String kind, @PathVariable long ownerId) {
        SpaceKind spaceKind = SpaceKind.valueOf(kind.toUpperCase(Locale.ROOT));
        long id = spaces.ofInstitution(spaceKind, ownerId).orElseThrow(() -> DomainException.notFound("error.notFound"));
        return "redirect:/spaces/" + id;
    }
}
