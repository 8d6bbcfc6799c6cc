package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shop.port.SalesReport;

/** Sales in {@code [from, to)} without cancelled orders, per currency. Admins only. */
public interface GetSalesReport {

    SalesReport get(Actor actor, SalesReportQuery query);
}
