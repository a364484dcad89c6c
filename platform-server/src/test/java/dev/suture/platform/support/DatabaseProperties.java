package dev.suture.platform.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base of the integration tests: points the context at the run's fresh {@link TestDatabase}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseProperties implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().properties();
    }
}
