package org.renrentong.web;

import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.space.SpaceReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** Where an administrator lands: the figures of their scope, each linking to the page that acts on it. */
@Controller
class DashboardController {

    /** What the chart script draws (the same script as the statistics page): one bar group per row. */
    record Chart(List<String> names, List<Long> people, List<Long> opened, List<Long> active) {
    }

    private final Dashboards dashboards;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardController(Dashboards dashboards, MessageSource messages, JsonMapper json) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/dashboard")
    String dashboard(Actor me, Locale locale, Model model) {
        Dashboards.View view = dashboards.of(me, locale);
        String staff = messages.getMessage("statistics.staff", null, locale);
        List<SpaceReport.Row> rows = view.spaces().rows();
        model.addAttribute("d", view);
        model.addAttribute("chart", json.writeValueAsString(new Chart(
                rows.stream().map(r -> r.staff() ? staff : r.name()).toList(),
                rows.stream().map(SpaceReport.Row::people).toList(),
                rows.stream().map(SpaceReport.Row::opened).toList(),
                rows.stream().map(SpaceReport.Row::active).toList())));
        return "web/dashboard";
    }
}
