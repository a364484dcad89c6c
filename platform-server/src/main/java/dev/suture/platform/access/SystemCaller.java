package dev.suture.platform.access;

import dev.suture.platform.common.ClientInfo;

/**
 * The caller recorded for work the platform starts on its own (a cron schedule firing): no user, no API key.
 * Audit rows written with it carry the user agent {@code suture-scheduler} and no IP address.
 */
public final class SystemCaller {

    public static final Caller SCHEDULER = new Caller(null, null, false, null, null,
            new ClientInfo(null, "suture-scheduler"));

    private SystemCaller() {
    }
}
