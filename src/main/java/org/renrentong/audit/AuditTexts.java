package org.renrentong.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * The audit log in the reader's language: each action by its label ({@code audit.action.<ACTION>}), each detail
 * from its message key and arguments, where an argument {@code #key} is itself a message (a role, a status).
 */
@Component
public class AuditTexts {

    private static final String ACTION = "audit.action.";

    /** One row as shown. */
    public record Row(AuditEvent.Entry entry, String action, String target, String detail) {
    }

    /** A known action for the filter. */
    record Choice(String code, String label) {
    }

    private final MessageSource messages;
    /** The known actions are those with a label in the bundle: adding an action's label offers it in the filter. */
    private final List<String> known;

    AuditTexts(MessageSource messages) {
        this.messages = messages;
        try {
            this.known = PropertiesLoaderUtils.loadProperties(new ClassPathResource("i18n/audit.properties"))
                    .stringPropertyNames().stream().filter(k -> k.startsWith(ACTION))
                    .map(k -> k.substring(ACTION.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Choice> actions(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return known.stream().map(a -> new Choice(a, action(a, locale)))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
    }

    public List<Row> rows(List<AuditEvent.Entry> entries, Locale locale) {
        return entries.stream().map(e -> new Row(e, action(e.action(), locale), target(e, locale), detail(e, locale)))
                .toList();
    }

    String action(String code, Locale locale) {
        return messages.getMessage(ACTION + code, null, code, locale);
    }

    /** The kind of target by its label ({@code audit.target.<type>}), then its id. */
    String target(AuditEvent.Entry e, Locale locale) {
        if (e.targetType() == null) {
            return "";
        }
        String kind = messages.getMessage("audit.target." + e.targetType(), null, e.targetType(), locale);
        return e.targetId() == null ? kind : kind + " " + e.targetId();
    }

    String detail(AuditEvent.Entry e, Locale locale) {
        if (e.detailKey() == null) {
            return e.detail() == null ? "" : e.detail();
        }
        Object[] args = e.detailArgs().stream().map(AuditTexts::argument).toArray();
        return messages.getMessage(e.detailKey(), args, String.join(" ", e.detailArgs()), locale);
    }

    /** See {@link AuditEvent#args}: {@code #key} is a message, {@code ##text} is text that began with '#'. */
    private static Object argument(String stored) {
        if (stored.startsWith("##")) {
            return stored.substring(1);
        }
        if (stored.startsWith("#")) {
            String code = stored.substring(1);
            return new DefaultMessageSourceResolvable(new String[] {code}, code);
        }
        return stored;
    }
}
