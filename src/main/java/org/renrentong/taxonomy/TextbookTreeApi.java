package org.renrentong.taxonomy;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The textbook tree as JSON. Reading and exporting are open to everyone, visitors included (it is national
 * reference data); changes and imports are for platform administrators.
 */
@RestController
@RequestMapping("/api/v1/textbook-tree")
class TextbookTreeApi {

    record NodeDetail(TreeNode node, TreePlace place, Edition edition, List<TreeNode> children) {
    }

    record StandardCodeTables(List<CodeName> stages, List<CodeName> subjects, List<CodeName> grades) {
    }

    record NewNode(Long parentId, NodeLevel level, String code, String name, String publisher) {
    }

    record Rename(String name, String publisher) {
    }

    record MoveTo(Long parentId) {
    }

    record Reorder(boolean up) {
    }

    private final TextbookTree tree;
    private final TreeEditing editing;
    private final TreeTransfer transfer;
    private final MessageSource messages;
    private final JsonMapper json;

    TextbookTreeApi(TextbookTree tree, TreeEditing editing, TreeTransfer transfer, MessageSource messages,
                    JsonMapper json) {
        this.tree = tree;
        this.editing = editing;
        this.transfer = transfer;
        this.messages = messages;
        this.json = json;
    }

    @Operation(summary = "Children of a node in order (without parent: the stages)")
    @GetMapping("/children")
    List<TreeNode> children(@RequestParam(required = false) Long parent) {
        return tree.children(parent);
    }

    @Operation(summary = "A node with its place (ancestors, standard codes, label with edition and publisher)")
    @GetMapping("/nodes/{id}")
    NodeDetail node(@PathVariable long id) {
        TreePlace place = tree.place(id);
        return new NodeDetail(place.node(), place, tree.edition(id).orElse(null), tree.children(id));
    }

    @Operation(summary = "The editions in use, each with its publisher")
    @GetMapping("/editions")
    List<Edition> editions() {
        return tree.editions();
    }

    @Operation(summary = "The national stage, subject and grade codes")
    @GetMapping("/codes")
    StandardCodeTables codes() {
        return new StandardCodeTables(tree.stages(), tree.subjects(), tree.grades());
    }

    @Operation(summary = "Export a subtree with its ancestors (without node: the whole tree) as JSON")
    @GetMapping("/export")
    ResponseEntity<TreeFile> export(@RequestParam(required = false) Long node) {
        // a file to keep, not a page to read: the browser downloads it
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"textbook-tree.json\"")
                .body(transfer.export(node));
    }

    @Operation(summary = "Export a subtree with its ancestors (without node: the whole tree) as .xlsx")
    @GetMapping("/export.xlsx")
    void exportXlsx(@RequestParam(required = false) Long node, HttpServletResponse response) throws IOException {
        TreeFiles.xlsx(transfer, node, response);
    }

    @Operation(summary = "Import a tree in the JSON exchange format: all or nothing, matched by code path")
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importJson(Actor me, @RequestBody TreeFile file) {
        return report(transfer.importJson(me, file));
    }

    @Operation(summary = "Import a tree from an uploaded .xlsx or .json file: all or nothing, matched by code path")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importFile(Actor me, @RequestParam("file") MultipartFile file) throws IOException {
        return report(TreeFiles.importFile(transfer, json, me, file));
    }

    @PostMapping("/nodes")
    @ResponseStatus(HttpStatus.CREATED)
    TreeNode add(Actor me, @RequestBody NewNode body) {
        return editing.add(me, body.parentId(), body.level(), body.code(), body.name(), body.publisher());
    }

    @PatchMapping("/nodes/{id}")
    TreeNode rename(Actor me, @PathVariable long id, @RequestBody Rename body) {
        return editing.rename(me, id, body.name(), body.publisher());
    }

    @PostMapping("/nodes/{id}/move")
    TreeNode move(Actor me, @PathVariable long id, @RequestBody MoveTo body) {
        return editing.move(me, id, body.parentId());
    }

    @PostMapping("/nodes/{id}/reorder")
    TreeNode reorder(Actor me, @PathVariable long id, @RequestBody Reorder body) {
        return editing.reorder(me, id, body.up());
    }

    @PostMapping("/nodes/{id}/retire")
    TreeNode retire(Actor me, @PathVariable long id) {
        return editing.retire(me, id);
    }

    /** A refused import is the client's to fix: 422 with every problem, nothing written. */
    private ResponseEntity<ImportReport> report(ImportResult result) {
        return ResponseEntity.status(result.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ImportReport.of(result, messages));
    }
}
