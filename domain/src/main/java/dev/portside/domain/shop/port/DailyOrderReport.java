package dev.portside.domain.shop.port;

import java.util.List;

/**
 * Read model: orders per UTC day. The contract is {@code dev.portside.testkit.shop.DailyOrderReportContract}.
 * Cancelled orders are excluded. One entry per day and currency that has orders, by day then currency
 * code; days without orders are omitted (there is no currency to state a zero in).
 */
public interface DailyOrderReport {

    List<DailyOrders> dailyOrders(DayRange days);
}
