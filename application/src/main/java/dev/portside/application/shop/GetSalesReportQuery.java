package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.port.ReportPeriod;
import java.time.Instant;

public record GetSalesReportQuery(Actor actor, ReportPeriod period) {

    public GetSalesReportQuery {
        new Validation().required("actor", actor).required("from", period).done();
    }

    public static GetSalesReportQuery of(Actor actor, Instant from, Instant to) {
        return new GetSalesReportQuery(actor, new ReportPeriod(from, to));
    }
}
