package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import java.util.Objects;

public final class GetUserStatisticsService implements GetUserStatistics {

    private final UnitOfWork unitOfWork;
    private final UserStatistics statistics;
    private final Clock clock;

    public GetUserStatisticsService(UserStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UserStats get(GetUserStatisticsQuery query) {
        query.actor().requireRole(Role.ADMIN);
        return unitOfWork.read(() -> statistics.summarize(clock.now()));
    }
}
