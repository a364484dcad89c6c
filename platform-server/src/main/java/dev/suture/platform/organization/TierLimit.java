package dev.suture.platform.organization;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/** {@code suture.tiers.<tier>.*}: what one subscription tier allows. */
@EachProperty("suture.tiers")
public record TierLimit(@Parameter String name, int maxProjects, int maxMembers, int aiRequestsPerHour) {
}
