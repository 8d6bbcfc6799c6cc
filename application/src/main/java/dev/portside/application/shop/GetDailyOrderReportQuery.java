package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.port.DayRange;

public record GetDailyOrderReportQuery(Actor actor, int days) {

    public static final int DEFAULT_DAYS = 30;

    public GetDailyOrderReportQuery {
        new Validation()
                .required("actor", actor)
                .check(days >= 1 && days <= DayRange.MAX_DAYS, "days", "must be between 1 and " + DayRange.MAX_DAYS)
                .done();
    }

    public static GetDailyOrderReportQuery lastMonth(Actor actor) {
        return new GetDailyOrderReportQuery(actor, DEFAULT_DAYS);
    }
}
