package org.renrentong.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator enters to create or edit a school. The messages are bundle keys in braces, resolved in the
 * user's language when validated; the county is fixed once the school exists.
 */
public record SchoolForm(
        @NotBlank(message = "{school.name.required}") @Size(max = 100, message = "{school.name.tooLong}") String name,
        @Pattern(regexp = "^$|\\d{10}", message = "{school.code.invalid}") String code,
        @NotNull(message = "{school.kind.required}") SchoolKind kind,
        @NotEmpty(message = "{school.stages.required}") Set<Stage> stages,
        @NotBlank(message = "{school.county.required}") String countyCode) {
}
