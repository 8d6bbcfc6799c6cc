package dev.portside.application.shop;

import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.port.DayRange;

public record DailyOrderReportQuery(int days) {

    public static final int DEFAULT_DAYS = 30;

    public DailyOrderReportQuery {
        if (days < 1 || days > DayRange.MAX_DAYS) {
            throw new ValidationException("days", "must be between 1 and " + DayRange.MAX_DAYS);
        }
    }

    public static DailyOrderReportQuery lastMonth() {
        return new DailyOrderReportQuery(DEFAULT_DAYS);
    }
}
