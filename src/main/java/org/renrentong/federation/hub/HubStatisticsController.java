package org.renrentong.federation.hub;

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
import tools.jackson.databind.json.JsonMapper;

/** The hub's statistics page (three charts over their tables) and its .xlsx export. */
@Controller
class HubStatisticsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HubStatistics statistics;
    private final HubStatisticsExport export;
    private final MessageSource messages;
    private final JsonMapper json;

    HubStatisticsController(HubStatistics statistics, HubStatisticsExport export, MessageSource messages,
                            JsonMapper json) {
        this.statistics = statistics;
        this.export = export;
        this.messages = messages;
        this.json = json;
    }

    /** What the chart script draws: one named bar per row of each breakdown. */
    record Chart(Series origins, Series levels, Series subjects) {
    }

    record Series(List<String> names, List<Long> values) {
    }

    @GetMapping("/admin/federation/statistics")
    String page(Actor me, Model model, Locale locale) {
        HubReport report = statistics.report(me);
        String none = messages.getMessage("hub.subject.none", null, locale);
        Chart chart = new Chart(
                new Series(report.origins().stream().map(HubReport.OriginRow::name).toList(),
                        report.origins().stream().map(HubReport.OriginRow::resources).toList()),
                new Series(report.levels().stream().map(l -> level(l.level(), locale)).toList(),
                        report.levels().stream().map(HubReport.LevelRow::resources).toList()),
                new Series(report.subjects().stream().map(s -> s.name() == null ? none : s.name()).toList(),
                        report.subjects().stream().map(HubReport.SubjectRow::resources).toList()));
        model.addAttribute("report", report);
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "federation/statistics";
    }

    @GetMapping("/admin/federation/statistics.xlsx")
    void xlsx(Actor me, HttpServletResponse response, Locale locale) throws IOException {
        HubReport report = statistics.report(me);
        String name = messages.getMessage("hub.title", null, locale) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hub-statistics.xlsx\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        export.write(me, report, response.getOutputStream(), locale);
    }

    private String level(HubReport.Level level, Locale locale) {
        return messages.getMessage("hub.level." + level.name(), null, locale);
    }
}
