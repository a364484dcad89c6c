package dev.suture.platform.common;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request: its name (as sent by the client) and what is wrong with it. */
@Serdeable
public record FieldError(String field, String message) {
}
