package dev.suture.platform.organization;

import dev.suture.platform.access.OrgRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of {@code /api/organizations}. */
final class OrganizationPayloads {

    private OrganizationPayloads() {
    }

    @Serdeable
    record CreateOrganization(@NotBlank @Size(max = 200) String name,
                              @Nullable @Size(min = 2, max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug) {
    }

    @Serdeable
    record UpdateOrganization(@Nullable @Size(min = 1, max = 200) String name,
                              @Nullable SubscriptionTier subscriptionTier, @Nullable Instant subscriptionExpiresAt) {
    }

    @Serdeable
    record AddMember(@NotBlank @Email @Size(max = 254) String email, @NotNull OrgRole role) {
    }

    @Serdeable
    record ChangeRole(@NotNull OrgRole role) {
    }

    @Serdeable
    record OrganizationView(UUID id, String name, String slug, SubscriptionTier subscriptionTier,
                            @Nullable Instant subscriptionExpiresAt, @Nullable OrgRole myRole, Instant createdAt) {

        static OrganizationView of(Organization o, @Nullable OrgRole role) {
            return new OrganizationView(o.id(), o.name(), o.slug(), o.subscriptionTier(), o.subscriptionExpiresAt(),
                    role, o.createdAt());
        }
    }

    @Serdeable
    record MemberView(UUID userId, String email, String name, OrgRole role, Instant since) {
    }
}
