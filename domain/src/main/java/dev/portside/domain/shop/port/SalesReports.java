package dev.portside.domain.shop.port;

/**
 * Read model: sales in a period. The contract is {@code dev.portside.testkit.shop.SalesReportsContract}.
 * Counts every order created in {@code [from, to)} whose status is not {@code CANCELLED}; revenue is
 * the order total (sum of line totals), and revenue by category sums the lines of that category as
 * snapshotted on the order.
 */
public interface SalesReports {

    SalesReport salesReport(ReportPeriod period);
}
