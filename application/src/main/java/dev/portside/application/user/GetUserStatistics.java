package dev.portside.application.user;

import dev.portside.domain.user.port.UserStats;

/** Admins only (403 otherwise): counts by status and users active in the last 30 days. */
public interface GetUserStatistics {

    UserStats get(GetUserStatisticsQuery query);
}
