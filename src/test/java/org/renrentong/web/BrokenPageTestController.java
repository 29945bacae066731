package org.renrentong.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page in tests whose template fails after a long stretch of output. */
@Controller
class BrokenPageTestController {

    @GetMapping("/test/web/broken")
    String page() {
        return "web-test/broken";
    }
}
