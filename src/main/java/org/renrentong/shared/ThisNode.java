package org.renrentong.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * This node of the federation: its code (the node of origin of what is contributed here) and the name readers see
 * for it ({@code renrentong.node.name}; unset, the platform's name in the reader's language).
 */
@Component("thisNode")
public class ThisNode {

    private final String code;
    private final String name;
    private final MessageSource messages;

    ThisNode(@Value("${renrentong.node.code}") String code, @Value("${renrentong.node.name:}") String name,
             MessageSource messages) {
        this.code = code;
        this.name = name;
        this.messages = messages;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name.isBlank() ? messages.getMessage("app.name", null, LocaleContextHolder.getLocale()) : name;
    }

    /** The name of a node of origin: this node's name for its own code; another node's code as it is. */
    public String nameOf(String originCode) {
        return code.equals(originCode) ? name() : originCode;
    }
}
