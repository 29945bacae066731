package org.renrentong.storage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page in tests that holds only the upload field, as a form of another module would. */
@Controller
class UploadWidgetTestController {

    @GetMapping("/test/storage/upload")
    String page() {
        return "storage-test/upload";
    }
}
