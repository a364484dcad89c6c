package dev.suture.platform.web;

import dev.suture.platform.common.FieldError;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reading the dashboard's forms into the API's payloads: text fields as the payloads want them, and the same bean
 * validation the API's {@code @Valid} runs, so a page refuses exactly what the API refuses, with the same field
 * names.
 */
@Singleton
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** The payload's constraint violations as field errors, sorted by field. */
    public <T> List<FieldError> violations(T payload) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(payload)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** The payload, or a 400 naming each invalid field. */
    public <T> T valid(T payload) {
        List<FieldError> errors = violations(payload);
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation", "The form has invalid fields", errors,
                    null);
        }
        return payload;
    }

    public static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A whole number typed into {@code field}, or null when it was left blank. */
    public static @Nullable Integer number(Map<String, String> form, String field) {
        String s = blankToNull(form.get(field));
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a whole number");
        }
    }
}
