package dev.suture.platform.organization;

import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Enforces the configured tier limits. An expired subscription falls back to the free tier. Exceeding a
 * limit answers 403 naming the limit, the tier and the way out.
 */
@Singleton
public class SubscriptionLimits {

    private final List<TierLimit> limits;

    SubscriptionLimits(List<TierLimit> limits) {
        this.limits = limits;
    }

    public TierLimit of(Organization organization) {
        SubscriptionTier tier = organization.subscriptionTier();
        if (organization.subscriptionExpiresAt() != null && organization.subscriptionExpiresAt().isBefore(Instant.now())) {
            tier = SubscriptionTier.FREE;
        }
        String name = tier.name();
        return limits.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No limits configured for tier " + name
                        + ": add suture.tiers." + name.toLowerCase() + ".* to the configuration"));
    }

    public void checkProjects(Organization organization, long current) {
        TierLimit limit = of(organization);
        if (current >= limit.maxProjects()) {
            throw exceeded("max-projects", limit, limit.maxProjects(), "projects");
        }
    }

    public void checkMembers(Organization organization, long current) {
        TierLimit limit = of(organization);
        if (current >= limit.maxMembers()) {
            throw exceeded("max-members", limit, limit.maxMembers(), "members");
        }
    }

    private static ProblemException exceeded(String key, TierLimit limit, int value, String what) {
        return new ProblemException(HttpStatus.FORBIDDEN, "tier-limit",
                "Tier limit suture.tiers." + limit.name() + "." + key + " reached: the " + limit.name().toUpperCase()
                        + " tier allows " + value + " " + what + " per organization; upgrade the subscription or "
                        + "remove some " + what, List.of(), null);
    }
}
