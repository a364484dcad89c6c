package dev.suture.platform.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code suture.mail.*}: SMTP server; with no host, mails are written to the log instead. */
@ConfigurationProperties("suture.mail")
public record MailConfig(@Nullable String host, int port, String from, @Nullable String username,
                         @Nullable String password) {
}
