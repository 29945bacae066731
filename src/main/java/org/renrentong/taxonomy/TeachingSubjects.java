package org.renrentong.taxonomy;

import java.util.List;
import java.util.Optional;
import org.renrentong.identity.SubjectCodes;
import org.springframework.stereotype.Component;

/** The standard subject codes, as identity needs them for the subjects its teachers teach in their classes. */
@Component
class TeachingSubjects implements SubjectCodes {

    private final StandardCodes codes;

    TeachingSubjects(StandardCodes codes) {
        this.codes = codes;
    }

    @Override
    public List<Subject> current() {
        return codes.current(NodeLevel.SUBJECT).stream().map(c -> new Subject(c.code(), c.name())).toList();
    }

    @Override
    public Optional<String> name(String code) {
        return codes.find(NodeLevel.SUBJECT, code).map(CodeName::name);
    }
}
