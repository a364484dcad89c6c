package dev.suture.platform.schedule;

import dev.suture.platform.common.ProblemException;
import io.micronaut.scheduling.cron.CronExpression;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The cron rules shared by suite and report schedules: standard five-field cron (minute hour day month weekday)
 * or six fields with seconds first, parsed by Micronaut's {@link CronExpression}, in an IANA time zone.
 * Bad input answers 400 naming the field ({@code cron} or {@code timeZone}) and an example of what works.
 */
public final class CronSchedule {

    private CronSchedule() {
    }

    /** The first fire strictly after {@code after}; validates both the expression and the zone. */
    public static Instant nextRun(String cron, String zone, Instant after) {
        ZoneId zoneId = zone(zone);
        CronExpression expression = expression(cron);
        return expression.nextTimeAfter(after.atZone(zoneId)).toInstant();
    }

    /** Parses an IANA zone id, or 400 on {@code timeZone}. */
    public static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
    }

    private static CronExpression expression(String cron) {
        String trimmed = cron.trim();
        int fields = trimmed.split("\\s+").length;
        if (fields != 5 && fields != 6) {
            throw invalidCron("expected 5 fields, found " + fields);
        }
        try {
            CronExpression expression = CronExpression.create(fields == 5 ? "0 " + trimmed : trimmed);
            // Some invalid values only fail when the next time is computed: try it once here.
            expression.nextTimeAfter(Instant.EPOCH.atZone(ZoneId.of("UTC")));
            return expression;
        } catch (RuntimeException e) {
            throw invalidCron(e.getMessage());
        }
    }

    private static ProblemException invalidCron(String why) {
        return ProblemException.invalidField("cron", "is not a valid cron expression (minute hour day month "
                + "weekday, e.g. '0 2 * * MON-FRI'): " + why);
    }
}
