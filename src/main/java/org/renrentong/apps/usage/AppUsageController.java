package org.renrentong.apps.usage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The app usage page (a chart of sign-ins per day over the table per app) and its .xlsx export. */
@Controller
class AppUsageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AppUsage usage;
    private final AppUsageExport export;
    private final MessageSource messages;
    private final JsonMapper json;

    AppUsageController(AppUsage usage, AppUsageExport export, MessageSource messages, JsonMapper json) {
        this.usage = usage;
        this.export = export;
        this.messages = messages;
        this.json = json;
    }

    /** What the chart script draws: a line of sign-ins per app over the days. */
    record Chart(List<String> days, List<UsageReport.Series> series) {
    }

    @GetMapping("/statistics/apps")
    String page(Actor me, @RequestParam(required = false) String region, @RequestParam(required = false) Long school,
                Model model) {
        UsageReport report = usage.report(me, region, school);
        model.addAttribute("report", report);
        model.addAttribute("chart", json.writeValueAsString(new Chart(
                report.days().stream().map(d -> d.toString().substring(5)).toList(), report.daily())));
        return "apps/usage";
    }

    @GetMapping("/statistics/apps.xlsx")
    void xlsx(Actor me, @RequestParam(required = false) String region, @RequestParam(required = false) Long school,
              HttpServletResponse response, Locale locale) throws IOException {
        UsageReport report = usage.report(me, region, school);
        String name = messages.getMessage("apps.usage.sheet", null, locale) + "-" + report.title() + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"app-usage.xlsx\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        export.write(me, report, response.getOutputStream(), locale);
    }
}
