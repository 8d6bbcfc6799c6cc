package dev.portside.adapters.mongo.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A read model over {@code users}, never stored: one line of {@link UserCounts#summarize}, the number
 * of users with a status, or under {@link #RECENTLY_ACTIVE} those active users who logged in recently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(UserDocument.COLLECTION)
record UserCount(@Id String key, long count) {

    static final String RECENTLY_ACTIVE = "recently-active";
}
