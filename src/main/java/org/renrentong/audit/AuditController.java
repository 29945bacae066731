package org.renrentong.audit;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page for administrators: search within their scope by account, action and dates. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditReader reader;
    private final AuditTexts texts;

    AuditController(AuditReader reader, AuditTexts texts) {
        this.reader = reader;
        this.texts = texts;
    }

    @GetMapping("/audit")
    String audit(AuditScope me, @RequestParam(defaultValue = "") String account,
                 @RequestParam(defaultValue = "") String action,
                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Long before, Locale locale, Model model) {
        show(me, new AuditReader.Filter(account, action, from, to, before), locale, model);
        model.addAttribute("actions", texts.actions(locale));
        return "audit/audit";
    }

    /** The next page of rows, for "load more". */
    @GetMapping("/audit/rows")
    String rows(AuditScope me, @RequestParam(defaultValue = "") String account,
                @RequestParam(defaultValue = "") String action,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long before, Locale locale, Model model) {
        show(me, new AuditReader.Filter(account, action, from, to, before), locale, model);
        return "audit/audit :: rows";
    }

    private void show(AuditScope me, AuditReader.Filter filter, Locale locale, Model model) {
        AuditReader.Page page = reader.search(me, filter, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("rows", texts.rows(page.items(), locale));
    }
}
