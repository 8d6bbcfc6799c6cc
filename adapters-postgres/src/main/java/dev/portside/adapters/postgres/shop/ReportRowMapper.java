package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.user.UserId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The report aggregations' rows to the report's values. */
@Mapper(imports = {OrderValue.class, YearMonth.class})
interface ReportRowMapper {

    @Mapping(target = "revenue", expression = "java(money(row.revenue(), row.currency()))")
    CategoryRevenue toCategoryRevenue(CategoryRevenueRow row);

    @Mapping(target = "revenue", expression = "java(money(row.revenue(), row.currency()))")
    @Mapping(target = "plus", ignore = true) // a behaviour MapStruct takes for a fluent setter
    OrderValue toOrderValue(OrderValueRow row);

    @Mapping(target = "value", expression = "java(new OrderValue(row.orders(), money(row.revenue(), row.currency())))")
    CustomerRevenue toCustomerRevenue(CustomerRevenueRow row);

    @Mapping(target = "month", expression = "java(YearMonth.of(row.year(), row.month()))")
    @Mapping(target = "revenue", expression = "java(money(row.revenue(), row.currency()))")
    MonthlyRevenue toMonthlyRevenue(MonthlyRevenueRow row);

    @Mapping(target = "value", expression = "java(new OrderValue(row.orders(), money(row.revenue(), row.currency())))")
    DailyOrders toDailyOrders(DailyOrdersRow row);

    default Category category(String category) {
        return Category.of(category);
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    /** Sums come at the column's scale; Money drops the extra zeros exactly. */
    default Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.strip()));
    }
}
