package org.renrentong.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    static ImportResult importFile(TreeTransfer transfer, JsonMapper json, Actor actor, MultipartFile file)
            throws IOException {
        transfer.requireEditor(actor);
        return transfer.importRows(actor, rows(json, file));
    }

    /** Checks an uploaded file without importing it and sends the problems found as an .xlsx report. */
    static void checkReport(TreeTransfer transfer, JsonMapper json, MessageSource messages, Actor actor,
                            MultipartFile file, HttpServletResponse response) throws IOException {
        transfer.requireEditor(actor);
        List<TreeRow> rows = rows(json, file);
        ImportReport report = ImportReport.of(ImportResult.refused(transfer.check(actor, rows)), messages);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"textbook-tree-check.xlsx\"");
        TreeSheet.writeReport(report.problems(), new String[] {
            messages.getMessage("taxonomy.import.line", null, locale),
            messages.getMessage("taxonomy.codePath", null, locale),
            messages.getMessage("taxonomy.import.reason", null, locale)},
                messages.getMessage("taxonomy.import.clean", null, locale), response.getOutputStream());
    }

    /** An .xlsx is a zip ("PK"); anything else must be the JSON exchange format. */
    private static List<TreeRow> rows(JsonMapper json, MultipartFile file) throws IOException {
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
                return TreeSheet.read(in);
            }
            return TreeTransfer.rows(TreeTransfer.checkedFormat(readJson(json, in)));
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
