package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;

public final class GetUserStatisticsService implements GetUserStatistics {

    private final UnitOfWork unitOfWork;
    private final UserStatistics statistics;
    private final Clock clock;

    public GetUserStatisticsService(UnitOfWork unitOfWork, UserStatistics statistics, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.statistics = statistics;
        this.clock = clock;
    }

    @Override
    public UserStats getStatistics(GetUserStatisticsQuery query) {
        query.actor().requireRole(Role.ADMIN);
        return unitOfWork.execute(() -> statistics.summarize(clock.now()));
    }
}
