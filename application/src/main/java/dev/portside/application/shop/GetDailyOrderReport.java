package dev.portside.application.shop;

import dev.portside.domain.shop.port.DailyOrders;
import java.util.List;

/**
 * Orders, revenue and average order value per UTC day and currency for the last N days, today
 * included; cancelled orders excluded, days without orders omitted. Admins only.
 */
public interface GetDailyOrderReport {

    List<DailyOrders> get(GetDailyOrderReportQuery query);
}
