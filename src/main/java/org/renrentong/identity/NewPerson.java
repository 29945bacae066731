package org.renrentong.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters for one person. The role decides the anchors: students need a class, teachers
 * and school administrators a school, region administrators and experts a region.
 */
public record NewPerson(
        @NotBlank(message = "person.name.required") @Size(max = 64, message = "person.name.tooLong") String name,
        @NotNull(message = "person.gender.required") Person.Gender gender,
        String phone,
        String idCard,
        @NotNull(message = "person.role.required") Role role,
        Long schoolId,
        Long classId,
        String regionCode,
        String number,
        @NotBlank(message = "person.password.required") String initialPassword) {
}
