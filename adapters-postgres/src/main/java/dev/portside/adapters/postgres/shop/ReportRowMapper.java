package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import java.time.YearMonth;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The report aggregations' rows to the report's values. */
@Mapper(
        uses = StoredValues.class,
        imports = {OrderValue.class, StoredValues.class, YearMonth.class})
interface ReportRowMapper {

    @Mapping(target = "revenue", expression = "java(StoredValues.money(row.revenue(), row.currency()))")
    CategoryRevenue toCategoryRevenue(CategoryRevenueRow row);

    @Mapping(target = "revenue", expression = "java(StoredValues.money(row.revenue(), row.currency()))")
    @Mapping(target = "plus", ignore = true) // a behaviour MapStruct takes for a fluent setter
    OrderValue toOrderValue(OrderValueRow row);

    @Mapping(
            target = "value",
            expression = "java(new OrderValue(row.orders(), StoredValues.money(row.revenue(), row.currency())))")
    CustomerRevenue toCustomerRevenue(CustomerRevenueRow row);

    @Mapping(target = "month", expression = "java(YearMonth.of(row.year(), row.month()))")
    @Mapping(target = "revenue", expression = "java(StoredValues.money(row.revenue(), row.currency()))")
    MonthlyRevenue toMonthlyRevenue(MonthlyRevenueRow row);

    @Mapping(
            target = "value",
            expression = "java(new OrderValue(row.orders(), StoredValues.money(row.revenue(), row.currency())))")
    DailyOrders toDailyOrders(DailyOrdersRow row);
}
