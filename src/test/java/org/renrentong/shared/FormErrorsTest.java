package org.renrentong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormErrorsTest {

    record Form(String name, String initialPassword) {
    }

    private final FormErrors errors = FormErrors.fields("password.", "initialPassword");

    @Test
    void aRefusalGoesBesideTheFieldItsKeyPrefixNames() {
        BindingResult form = binding();
        errors.reject(DomainException.invalid("password.weak", 8), form);
        assertThat(form.getFieldError("initialPassword")).satisfies(e -> {
            assertThat(e.getCode()).isEqualTo("password.weak");
            assertThat(e.getArguments()).containsExactly(8);
        });
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void elseBesideTheFieldTheKeyNamesElseAboveTheForm() {
        BindingResult form = binding();
        errors.reject(DomainException.conflict("school.name.taken"), form);
        errors.reject(DomainException.invalid("school.quota.full"), form);
        errors.reject(DomainException.notFound("school"), form);
        assertThat(form.getFieldError("name").getCode()).isEqualTo("school.name.taken");
        assertThat(form.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("school.quota.full", "school");
    }

    @Test
    void aFormThatDidNotConvertTakesTheRefusalAsAWhole() {
        BindingResult form = new BeanPropertyBindingResult(null, "form");
        errors.reject(DomainException.invalid("password.weak"), form);
        assertThat(form.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("password.weak");
    }

    @Test
    void aRefusalOfTheActorIsNoFormError() {
        BindingResult form = binding();
        assertThatThrownBy(() -> errors.reject(DomainException.forbidden(), form)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> errors.reject(new DomainException(HttpStatus.UNAUTHORIZED, "x.y"), form))
                .isInstanceOf(DomainException.class);
        assertThat(form.hasErrors()).isFalse();
    }

    private static BindingResult binding() {
        return new BeanPropertyBindingResult(new Form("", ""), "form");
    }
}
