package org.renrentong.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * This node of the federation: its code (the node of origin of what is contributed here), the name readers see for
 * it (unset, the platform's name in the reader's language), its level and region. The federation module stores them
 * and hands them over through {@link Register}, since this module sits below it; every read asks the register, so an
 * edit shows at once.
 */
@Component("thisNode")
public class ThisNode {

    /** The stored identity: the level is a name of {@code federation.NodeLevel}, the region a GB/T 2260 code. */
    public record Identity(String code, String name, String level, String regionCode) {
    }

    /** Where the identity is kept (the federation module); until it is stored there, the configured defaults. */
    public interface Register {
        Identity identity();
    }

    private final Register register;
    private final MessageSource messages;

    ThisNode(Register register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    public String code() {
        return register.identity().code();
    }

    public String name() {
        String name = register.identity().name();
        return name.isBlank() ? messages.getMessage("app.name", null, LocaleContextHolder.getLocale()) : name;
    }

    /** The level's name (NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL). */
    public String level() {
        return register.identity().level();
    }

    public String regionCode() {
        return register.identity().regionCode();
    }

    /** The name of a node of origin: this node's name for its own code; another node's code as it is. */
    public String nameOf(String originCode) {
        return code().equals(originCode) ? name() : originCode;
    }
}
