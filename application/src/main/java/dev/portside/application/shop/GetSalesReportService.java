package dev.portside.application.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import java.util.Objects;

public final class GetSalesReportService implements GetSalesReport {

    private final SalesReports reports;
    private final UnitOfWork unitOfWork;

    public GetSalesReportService(SalesReports reports, UnitOfWork unitOfWork) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public SalesReport get(GetSalesReportQuery query) {
        Admins.require(query.actor());
        return unitOfWork.read(() -> reports.salesReport(query.period()));
    }
}
