package dev.portside.application.shop;

import dev.portside.domain.shop.port.SalesReport;

/** Sales in {@code [from, to)} without cancelled orders, per currency. Admins only. */
public interface GetSalesReport {

    SalesReport get(GetSalesReportQuery query);
}
