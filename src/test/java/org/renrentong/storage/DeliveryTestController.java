package org.renrentong.storage;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves stored files in tests the way a module that delivers them does, after its own access check. */
@RestController
class DeliveryTestController {

    private final StoredFiles files;

    DeliveryTestController(StoredFiles files) {
        this.files = files;
    }

    @GetMapping("/test/storage/files/{id}")
    ResponseEntity<Resource> deliver(@PathVariable long id, @RequestParam(defaultValue = "false") boolean save) {
        StoredFile file = files.file(id).orElseThrow();
        return save ? FileResponses.attachment(file, files.content(file)) : FileResponses.inline(file, files.content(file));
    }
}
