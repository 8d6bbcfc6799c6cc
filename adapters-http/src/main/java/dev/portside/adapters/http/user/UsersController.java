package dev.portside.adapters.http.user;

import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.NoContent;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.PageParams;
import dev.portside.adapters.http.paging.PageResponse;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.AccountStandings;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.shared.ETags;
import dev.portside.application.user.ChangePassword;
import dev.portside.application.user.ChangePasswordCommand;
import dev.portside.application.user.ChangeRoles;
import dev.portside.application.user.ChangeRolesCommand;
import dev.portside.application.user.DeleteUser;
import dev.portside.application.user.DeleteUserCommand;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetCurrentUserQuery;
import dev.portside.application.user.GetUser;
import dev.portside.application.user.GetUserQuery;
import dev.portside.application.user.GetUserStatistics;
import dev.portside.application.user.GetUserStatisticsQuery;
import dev.portside.application.user.RegisterUser;
import dev.portside.application.user.SearchUsers;
import dev.portside.application.user.SearchUsersQuery;
import dev.portside.application.user.UpdateProfile;
import dev.portside.application.user.UpdateProfileCommand;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class UsersController {

    private final RegisterUser registerUser;
    private final GetCurrentUser getCurrentUser;
    private final GetUser getUser;
    private final SearchUsers searchUsers;
    private final UpdateProfile updateProfile;
    private final ChangePassword changePassword;
    private final ChangeRoles changeRoles;
    private final DeleteUser deleteUser;
    private final AccountStandings standings;
    private final GetUserStatistics getUserStatistics;
    private final UserMapper mapper;

    UsersController(UserUseCases user, AccountStandings standings, UserMapper mapper) {
        this.registerUser = user.registerUser();
        this.getCurrentUser = user.getCurrentUser();
        this.getUser = user.getUser();
        this.searchUsers = user.searchUsers();
        this.updateProfile = user.updateProfile();
        this.changePassword = user.changePassword();
        this.changeRoles = user.changeRoles();
        this.deleteUser = user.deleteUser();
        this.getUserStatistics = user.getUserStatistics();
        this.standings = standings;
        this.mapper = mapper;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Register; the new account always has exactly the role USER")
    @Created
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.USERNAME_OR_EMAIL_TAKEN)
    HttpResponse<UserResponse> register(@Body @Valid RegisterUserRequest request) {
        User user = registerUser.register(request.toCommand());
        return HttpResponse.created(mapper.user(user), URI.create("/api/users/" + user.id()))
                .header(HttpHeaders.ETAG, ETags.of(user.version()));
    }

    @Get("/me")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's own account")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    HttpResponse<UserResponse> me(Authentication authentication) {
        return withETag(getCurrentUser.get(new GetCurrentUserQuery(Actors.from(authentication))));
    }

    @Get("/stats")
    @Ok
    @Secured("ADMIN")
    @Operation(summary = "Counts by status and users active in the last 30 days (admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    UserStatsResponse stats(Authentication authentication) {
        return mapper.stats(getUserStatistics.get(new GetUserStatisticsQuery(Actors.from(authentication))));
    }

    @Get
    @Ok
    @Secured("ADMIN")
    @Operation(summary = "Search users (admins): q matches username, email and names ignoring case")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    PageResponse<UserResponse> search(
            Authentication authentication,
            @Nullable @QueryValue @Size(max = 100) String q,
            @Nullable @QueryValue @Size(max = 20) String status,
            @Nullable @QueryValue @Min(0) @Max(Integer.MAX_VALUE) Integer page,
            @Nullable @QueryValue @Min(1) @Max(100) Integer size,
            @Nullable @QueryValue @Size(max = 100) String sort) {
        UserSearch criteria =
                new UserSearch(QueryValues.text(q), QueryValues.text(status).map(UsersController::status));
        SearchUsersQuery query = new SearchUsersQuery(
                Actors.from(authentication),
                criteria,
                PageParams.parse(UserSortField.class, page, size, sort, UserSortField.CREATED_AT, SortDirection.DESC));
        return PageResponse.of(searchUsers.search(query), mapper::user);
    }

    @Get("/{id}")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One account, for itself or an admin; anyone else gets 404")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<UserResponse> get(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(getUser.get(new GetUserQuery(Actors.from(authentication), new UserId(id))));
    }

    @Patch("/{id}")
    @Ok
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the profile (self or admin); honours If-Match")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "412", ref = DocumentedProblems.VERSION_MISMATCH)
    HttpResponse<UserResponse> updateProfile(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Nullable @Schema(maxLength = 64) @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Body @Valid UpdateProfileRequest request) {
        User user = updateProfile.update(new UpdateProfileCommand(
                Actors.from(authentication),
                new UserId(id),
                Optional.ofNullable(request.firstName()),
                Optional.ofNullable(request.lastName()),
                Optional.ofNullable(request.bio()),
                ETags.expectedVersion(ifMatch)));
        return withETag(user);
    }

    @Put("/{id}/password")
    @NoContent
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password; the current one must match (401 invalid_credentials)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED_OR_WRONG_PASSWORD)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    void changePassword(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Body @Valid ChangePasswordRequest request) {
        changePassword.change(ChangePasswordCommand.of(
                Actors.from(authentication), new UserId(id), request.currentPassword(), request.newPassword()));
    }

    @Put("/{id}/roles")
    @Ok
    @Secured("ADMIN")
    @Operation(summary = "Replace the roles of an account (admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<UserResponse> changeRoles(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Body @Valid ChangeRolesRequest request) {
        HttpResponse<UserResponse> response = withETag(changeRoles.change(
                new ChangeRolesCommand(Actors.from(authentication), new UserId(id), request.roles())));
        standings.forget(new UserId(id));
        return response;
    }

    @Delete("/{id}")
    @NoContent
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Soft delete (self or admin)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    void delete(Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        deleteUser.delete(new DeleteUserCommand(Actors.from(authentication), new UserId(id)));
        standings.forget(new UserId(id));
    }

    private HttpResponse<UserResponse> withETag(User user) {
        return HttpResponse.ok(mapper.user(user)).header(HttpHeaders.ETAG, ETags.of(user.version()));
    }

    private static UserStatus status(String text) {
        for (UserStatus status : UserStatus.values()) {
            if (status.name().equalsIgnoreCase(text)) {
                return status;
            }
        }
        throw new ValidationException("status", "must be ACTIVE or DELETED");
    }
}
