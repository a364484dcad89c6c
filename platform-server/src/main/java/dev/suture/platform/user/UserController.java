package dev.suture.platform.user;

import dev.suture.platform.access.Caller;
import dev.suture.platform.common.PageResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** {@code /api/users}: one's own account, and every account for system admins. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class UserController {

    private final UserService service;

    UserController(UserService service) {
        this.service = service;
    }

    @Serdeable
    record UpdateUser(@Nullable @Size(min = 1, max = 200) String name,
                      @Nullable @Email @Size(max = 254) String email) {
    }

    @Serdeable
    record ChangePassword(@NotNull @Size(max = 200) String currentPassword,
                          @NotNull @Size(max = 200) String newPassword) {
    }

    /** Every account; system admins only. */
    @Get
    PageResponse<UserView> list(@Parameter(hidden = true) Caller caller,
                                @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        return service.list(caller, PageResponse.checkedPage(page), PageResponse.checkedSize(size));
    }

    @Get("/me")
    UserView me(@Parameter(hidden = true) Caller caller) {
        return service.get(caller, caller.requireUser());
    }

    @Put("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(@Parameter(hidden = true) Caller caller, @Body @Valid ChangePassword body) {
        service.changePassword(caller, body.currentPassword(), body.newPassword());
    }

    /** Oneself, a system admin, or someone sharing an organisation with the user; else 404. */
    @Get("/{userId}")
    UserView get(@Parameter(hidden = true) Caller caller, @PathVariable UUID userId) {
        return service.get(caller, userId);
    }

    @Put("/{userId}")
    UserView update(@Parameter(hidden = true) Caller caller, @PathVariable UUID userId, @Body @Valid UpdateUser body) {
        return service.update(caller, userId, body.name(), body.email());
    }

    @Delete("/{userId}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Caller caller, @PathVariable UUID userId) {
        service.delete(caller, userId);
    }
}
