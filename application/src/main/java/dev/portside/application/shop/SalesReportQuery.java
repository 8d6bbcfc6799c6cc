package dev.portside.application.shop;

import dev.portside.domain.shop.port.ReportPeriod;
import java.time.Instant;

public record SalesReportQuery(ReportPeriod period) {

    public SalesReportQuery {
        Required.field("from", period);
    }

    public static SalesReportQuery of(Instant from, Instant to) {
        return new SalesReportQuery(new ReportPeriod(from, to));
    }
}
