package dev.suture.platform.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code server_secrets}. */
@MappedEntity("server_secrets")
record ServerSecret(@Id String name, String value, Instant createdAt) {
}
