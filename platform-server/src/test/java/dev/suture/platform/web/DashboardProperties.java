package dev.suture.platform.web;

import dev.suture.platform.support.DatabaseProperties;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of the dashboard's browser tests: the run's database, and cookies without {@code Secure}, since the test
 * server speaks plain http to Chromium. A test adds what its pages need through {@link #extraProperties()}.
 */
abstract class DashboardProperties extends DatabaseProperties {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(super.getProperties());
        props.put("suture.web.secure-cookies", "false");
        props.putAll(extraProperties());
        return props;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
