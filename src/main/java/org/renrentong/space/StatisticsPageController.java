package org.renrentong.space;

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

/** The statistics page (chart over table, drill-down links) and its .xlsx export. */
@Controller
class StatisticsPageController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SpaceStatistics statistics;
    private final SpaceStatisticsExport export;
    private final MessageSource messages;
    private final JsonMapper json;

    StatisticsPageController(SpaceStatistics statistics, SpaceStatisticsExport export, MessageSource messages,
                             JsonMapper json) {
        this.statistics = statistics;
        this.export = export;
        this.messages = messages;
        this.json = json;
    }

    /** What the chart script draws: one bar group per row. */
    record Chart(List<String> names, List<Long> people, List<Long> opened, List<Long> active) {
    }

    @GetMapping("/statistics/spaces")
    String page(Actor me, @RequestParam(required = false) String region, @RequestParam(required = false) Long school,
                Model model, Locale locale) {
        SpaceReport report = statistics.report(me, region, school);
        String staff = messages.getMessage("statistics.staff", null, locale);
        List<SpaceReport.Row> rows = report.rows();
        Chart chart = new Chart(rows.stream().map(r -> r.staff() ? staff : r.name()).toList(),
                rows.stream().map(SpaceReport.Row::people).toList(),
                rows.stream().map(SpaceReport.Row::opened).toList(),
                rows.stream().map(SpaceReport.Row::active).toList());
        model.addAttribute("report", report);
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "space/statistics";
    }

    @GetMapping("/statistics/spaces.xlsx")
    void xlsx(Actor me, @RequestParam(required = false) String region, @RequestParam(required = false) Long school,
              HttpServletResponse response, Locale locale) throws IOException {
        SpaceReport report = statistics.report(me, region, school);
        String name = messages.getMessage("statistics.sheet", null, locale) + "-" + report.title() + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"space-statistics.xlsx\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        export.write(me, report, response.getOutputStream(), locale);
    }
}
