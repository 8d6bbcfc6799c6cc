package dev.portside.adapters.postgres.user;

import io.micronaut.core.annotation.Introspected;

/** Users of one status, and how many of them logged in recently: a projection, not a table. */
@Introspected
record UserStatusCountRow(String status, long users, long recentlyActive) {}
