package org.renrentong.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Tree files over HTTP, for the pages and the API alike: .xlsx downloads, and uploads told apart by their bytes. */
final class TreeFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private TreeFiles() {
    }

    static void xlsx(TreeTransfer transfer, Long nodeId, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"textbook-tree.xlsx\"");
        transfer.exportXlsx(nodeId, response.getOutputStream());
    }

    static void json(TreeTransfer transfer, JsonMapper json, Long nodeId, HttpServletResponse response)
            throws IOException {
        TreeFile file = transfer.export(nodeId);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"textbook-tree.json\"");
        json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), file);
    }

    /** An .xlsx is a zip ("PK"); anything else must be the JSON exchange format. */
    static ImportResult importFile(TreeTransfer transfer, JsonMapper json, Actor actor, MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("taxonomy.import.empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw DomainException.invalid("taxonomy.import.tooLarge");
        }
        try (PushbackInputStream in = new PushbackInputStream(file.getInputStream(), 2)) {
            byte[] head = in.readNBytes(2);
            in.unread(head);
            if (head.length == 2 && head[0] == 'P' && head[1] == 'K') {
                return transfer.importXlsx(actor, in);
            }
            return transfer.importJson(actor, readJson(json, in));
        }
    }

    private static TreeFile readJson(JsonMapper json, InputStream in) {
        try {
            return json.readValue(in, TreeFile.class);
        } catch (JacksonException e) {
            throw DomainException.invalid("taxonomy.import.unreadable");
        }
    }
}
