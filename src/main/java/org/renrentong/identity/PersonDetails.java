package org.renrentong.identity;

import java.util.List;

/**
 * Everything the person page shows: the person (identity data masked), their school, roles, classes, and
 * guardians or children.
 */
public record PersonDetails(Person person, String schoolName, List<RoleGrant> grants, List<ClassPlace> classes,
                            List<Relative> guardians, List<Relative> children) {

    /** A class the person attends or teaches. */
    public record ClassPlace(long classId, String name, boolean teaches, String subject, boolean head) {
    }

    /**
     * A guardian or a child, with the relation as entered (母亲, 父亲, 祖父 ...). {@code account} is null when the
     * reader sees the guardian only as this student's guardian and may not open their page.
     */
    public record Relative(long personId, String name, String account, String relation, String phoneMasked) {

        Relative limited() {
            return new Relative(personId, name, null, relation, phoneMasked);
        }
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
