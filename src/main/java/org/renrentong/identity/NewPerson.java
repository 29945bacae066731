package org.renrentong.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters for one person. The role decides the anchors: students need a class, teachers
 * and school administrators a school, region administrators and experts a region. The messages are bundle keys in
 * braces, resolved in the user's language; the service checks the same rules again for callers that do not validate.
 */
public record NewPerson(
        @NotBlank(message = "{person.name.required}") @Size(max = 64, message = "{person.name.tooLong}") String name,
        @NotNull(message = "{person.gender.required}") Person.Gender gender,
        @ValidPhone String phone,
        @ValidIdCard String idCard,
        @NotNull(message = "{person.role.required}") Role role,
        Long schoolId,
        Long classId,
        String regionCode,
        @Size(max = 32, message = "{person.number.tooLong}") String number,
        @StrongPassword String initialPassword) {
}
