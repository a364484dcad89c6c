package dev.suture.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A time-series chart as the page ships it to {@code /static/charts.js}: x values are UTC days (epoch seconds),
 * each series one line or bar set. It travels as JSON in a {@code data-chart} attribute (escaped by jte), never
 * as inline script, so the Content-Security-Policy can forbid inline code.
 */
@Serdeable
public record Chart(String title, String unit, List<Long> x, List<Series> series) {

    /** One series; a null value is a gap (no data that day). */
    @Serdeable
    public record Series(String label, String color, boolean bars, List<@Nullable Double> values) {
    }

    public boolean isEmpty() {
        return x.isEmpty();
    }
}
