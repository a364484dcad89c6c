package dev.suture.platform.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/**
 * Tells the {@link DatabaseLauncher} given to the context (as a singleton, by {@code Application.start}) which
 * context uses it, as early as the context starts, so that its exit hook waits for this context to stop.
 */
@Context
@Requires(beans = DatabaseLauncher.class)
final class EmbeddedDatabaseAttachment {

    EmbeddedDatabaseAttachment(DatabaseLauncher launcher, ApplicationContext context) {
        launcher.attach(context);
    }
}
