package dev.portside.application.shop;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import java.util.List;
import java.util.Objects;

public final class GetDailyOrderReportService implements GetDailyOrderReport {

    private final DailyOrderReport report;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public GetDailyOrderReportService(DailyOrderReport report, UnitOfWork unitOfWork, Clock clock) {
        this.report = Objects.requireNonNull(report, "report");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<DailyOrders> get(GetDailyOrderReportQuery query) {
        Admins.require(query.actor());
        DayRange days = DayRange.lastDays(query.days(), clock.now());
        return unitOfWork.read(() -> report.dailyOrders(days));
    }
}
