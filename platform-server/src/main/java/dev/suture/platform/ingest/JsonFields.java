package dev.suture.platform.ingest;

import dev.suture.platform.common.FieldError;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads typed fields out of one JSON object and collects a {@link FieldError} per bad field, named by its
 * dotted path ({@code test.steps[2].action}) so the client can point at it.
 */
final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    JsonFields(JsonNode node, String prefix, List<FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    JsonFields object(String name, boolean required) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!child.isObject()) {
            error(name, "must be an object");
            return null;
        }
        return new JsonFields(child, path(name) + ".", errors);
    }

    JsonNode array(String name, int max) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            return null;
        }
        if (!child.isArray()) {
            error(name, "must be an array");
            return null;
        }
        if (child.size() > max) {
            error(name, "must have at most " + max + " items");
            return null;
        }
        return child;
    }

    JsonFields element(JsonNode array, String name, int i) {
        JsonNode child = array.get(i);
        if (child == null || !child.isObject()) {
            error(name + "[" + i + "]", "must be an object");
            return null;
        }
        return new JsonFields(child, path(name) + "[" + i + "].", errors);
    }

    /** A string of at most {@code max} characters; longer text is cut when {@code clip}, refused otherwise. */
    String string(String name, boolean required, int max, boolean clip) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!child.isString()) {
            error(name, "must be a string");
            return null;
        }
        String value = child.getStringValue();
        if (required && value.isBlank()) {
            error(name, "must not be blank");
            return null;
        }
        if (value.length() > max) {
            if (clip) {
                return value.substring(0, max);
            }
            error(name, "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** A string, or the {@code message} of an object, or null: how a step error may be sent. */
    String message(String name, int max) {
        JsonNode child = node.get(name);
        if (child != null && child.isObject()) {
            return new JsonFields(child, path(name) + ".", errors).string("message", false, max, true);
        }
        return string(name, false, max, true);
    }

    String oneOf(String name, boolean required, Set<String> allowed, String listed) {
        String value = string(name, required, 40, false);
        if (value != null && !allowed.contains(value)) {
            error(name, "must be one of " + listed);
            return null;
        }
        return value;
    }

    UUID uuid(String name, boolean required) {
        String value = string(name, required, 36, false);
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            error(name, "must be a UUID");
            return null;
        }
    }

    Instant instant(String name, boolean required) {
        String value = string(name, required, 40, false);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            error(name, "must be an ISO-8601 instant such as 2026-11-26T10:00:00Z");
            return null;
        }
    }

    Long number(String name, boolean required, long min, long max) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            if (required) {
                error(name, "is required");
            }
            return null;
        }
        if (!child.isNumber()) {
            error(name, "must be a number");
            return null;
        }
        double d = child.getDoubleValue();
        if (d != Math.rint(d) || d < min || d > max) {
            error(name, "must be a whole number between " + min + " and " + max);
            return null;
        }
        return (long) d;
    }

    Double decimal(String name, double min, double max) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
            return null;
        }
        if (!child.isNumber() || child.getDoubleValue() < min || child.getDoubleValue() > max) {
            error(name, "must be a number between " + min + " and " + max);
            return null;
        }
        return child.getDoubleValue();
    }

    JsonNode raw(String name) {
        JsonNode child = node.get(name);
        return child == null || child.isNull() ? null : child;
    }

    void error(String name, String message) {
        errors.add(new FieldError(path(name), message));
    }

    private String path(String name) {
        return prefix + name;
    }
}
