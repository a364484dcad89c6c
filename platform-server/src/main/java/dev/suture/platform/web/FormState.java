package dev.suture.platform.web;

import dev.suture.platform.common.FieldError;
import dev.suture.platform.common.ProblemException;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form as the page shows it again after a refused post: what the user typed, and each error beside its field
 * (matched by the API's field name, so {@code recipients[1]} shows beside {@code recipients}). Errors without a
 * field show only in the summary above the form.
 */
public record FormState(Map<String, String> values, List<FieldError> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), List.of());
    }

    /** The typed values again, with the refusal's field errors (or its message, when it names no field). */
    public static FormState refused(Map<String, String> values, ProblemException e) {
        return new FormState(values, e.fieldErrors().isEmpty() ? List.of(new FieldError("", e.getMessage()))
                : e.fieldErrors());
    }

    public String value(String name, String otherwise) {
        String v = values.get(name);
        return v == null ? otherwise : v;
    }

    public String value(String name) {
        return value(name, "");
    }

    /** The messages of the API field {@code field} (and of its elements and members), or null when it is valid. */
    public @Nullable String error(String field) {
        String text = errors.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + ".")
                || e.field().startsWith(field + "[")).map(FieldError::message).distinct()
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    /** {@code aria-invalid} of the field's input: "true", or null (no attribute) when it is valid. */
    public @Nullable String invalid(String field) {
        return error(field) == null ? null : "true";
    }

    /** {@code aria-describedby} of the input with this id: its error message's id, while it has one. */
    public @Nullable String describedBy(String field, String inputId) {
        return error(field) == null ? null : inputId + "-error";
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
