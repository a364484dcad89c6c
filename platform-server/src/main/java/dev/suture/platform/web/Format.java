package dev.suture.platform.web;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small formatting helpers the templates call (times in UTC, durations, percentages). */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    public static String time(@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** ISO-8601, for {@code <time datetime>}. */
    public static String iso(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static String duration(@Nullable Long millis) {
        if (millis == null) {
            return "—";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format("%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }

    public static String percent(double ratio) {
        return String.format("%.1f %%", ratio * 100);
    }
}
