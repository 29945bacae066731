package org.renrentong.identity;

import java.util.List;
import java.util.Optional;

/**
 * The national subject codes (GB/T 33782) that classes are taught in. The taxonomy module keeps them and depends on
 * identity, so it answers through this interface rather than identity reading its tables.
 */
public interface SubjectCodes {

    /** A subject code with its standard name (14 数学). */
    record Subject(String code, String name) {
    }

    /** The subjects offered for new assignments, in the table's order: retired codes are left out. */
    List<Subject> current();

    /** The standard name of any known code, retired ones included, so that what was assigned keeps its name. */
    Optional<String> name(String code);

    /** The current subject a person typed: its code ("14") or its standard name ("数学"); empty when neither. */
    default Optional<String> codeOf(String codeOrName) {
        String text = codeOrName == null ? "" : codeOrName.strip();
        return current().stream().filter(s -> s.code().equals(text) || s.name().equals(text)).map(Subject::code)
                .findFirst();
    }
}
