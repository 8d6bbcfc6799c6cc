package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.shared.JsonValues;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.SalesReport;
import java.time.YearMonth;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Shop results to response records. Totals and averages are the domain's own computations, named here. */
@Mapper(uses = JsonValues.class, imports = JsonValues.class)
interface ShopMapper {

    ProductResponse product(Product product);

    @Mapping(target = "total", expression = "java(JsonValues.money(order.total()))")
    OrderResponse order(Order order);

    @Mapping(target = "lineTotal", expression = "java(JsonValues.money(item.lineTotal()))")
    OrderResponse.Item item(OrderItem item);

    @Mapping(target = "from", source = "period.from")
    @Mapping(target = "to", source = "period.to")
    SalesReportResponse salesReport(SalesReport report);

    @Mapping(target = "currency", expression = "java(JsonValues.currencyCode(value.currency()))")
    @Mapping(target = "averageOrderValue", expression = "java(JsonValues.money(value.averageOrderValue()))")
    SalesReportResponse.ValueLine valueLine(OrderValue value);

    @Mapping(target = "orders", source = "value.orders")
    @Mapping(target = "revenue", source = "value.revenue")
    SalesReportResponse.CustomerLine customerLine(CustomerRevenue line);

    @Mapping(target = "currency", expression = "java(JsonValues.currencyCode(line.value().currency()))")
    @Mapping(target = "orders", source = "value.orders")
    @Mapping(target = "revenue", source = "value.revenue")
    @Mapping(target = "averageOrderValue", expression = "java(JsonValues.money(line.value().averageOrderValue()))")
    DailyOrdersResponse dailyOrders(DailyOrders line);

    List<DailyOrdersResponse> days(List<DailyOrders> lines);

    /** {@code 2024-05}. */
    default String text(YearMonth month) {
        return month.toString();
    }
}
