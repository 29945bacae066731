package org.renrentong.identity;

import java.util.List;

/** A person in a list, with the roles they hold. */
public record PersonSummary(Person person, List<Role> roles) {
}
