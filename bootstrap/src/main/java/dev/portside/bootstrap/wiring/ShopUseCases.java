package dev.portside.bootstrap.wiring;

import dev.portside.application.shop.CancelOrder;
import dev.portside.application.shop.CancelOrderService;
import dev.portside.application.shop.ChangeOrderStatus;
import dev.portside.application.shop.ChangeOrderStatusService;
import dev.portside.application.shop.CreateProduct;
import dev.portside.application.shop.CreateProductService;
import dev.portside.application.shop.GetDailyOrderReport;
import dev.portside.application.shop.GetDailyOrderReportService;
import dev.portside.application.shop.GetOrder;
import dev.portside.application.shop.GetOrderService;
import dev.portside.application.shop.GetProduct;
import dev.portside.application.shop.GetProductService;
import dev.portside.application.shop.GetSalesReport;
import dev.portside.application.shop.GetSalesReportService;
import dev.portside.application.shop.ListOrders;
import dev.portside.application.shop.ListOrdersService;
import dev.portside.application.shop.PlaceOrder;
import dev.portside.application.shop.PlaceOrderService;
import dev.portside.application.shop.SearchProducts;
import dev.portside.application.shop.SearchProductsService;
import dev.portside.application.shop.UpdateProduct;
import dev.portside.application.shop.UpdateProductService;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Composes the shop use cases from whichever adapters implement their ports in this configuration. */
@Factory
class ShopUseCases {

    @Singleton
    CancelOrder cancelOrder(ProductRepository products, OrderRepository orders, UnitOfWork unitOfWork) {
        return new CancelOrderService(products, orders, unitOfWork);
    }

    @Singleton
    ChangeOrderStatus changeOrderStatus(ProductRepository products, OrderRepository orders, UnitOfWork unitOfWork) {
        return new ChangeOrderStatusService(products, orders, unitOfWork);
    }

    @Singleton
    CreateProduct createProduct(ProductRepository products, UnitOfWork unitOfWork, Clock clock) {
        return new CreateProductService(products, unitOfWork, clock);
    }

    @Singleton
    GetDailyOrderReport getDailyOrderReport(DailyOrderReport report, UnitOfWork unitOfWork, Clock clock) {
        return new GetDailyOrderReportService(report, unitOfWork, clock);
    }

    @Singleton
    GetOrder getOrder(OrderRepository orders, UnitOfWork unitOfWork) {
        return new GetOrderService(orders, unitOfWork);
    }

    @Singleton
    GetProduct getProduct(ProductRepository products, UnitOfWork unitOfWork) {
        return new GetProductService(products, unitOfWork);
    }

    @Singleton
    GetSalesReport getSalesReport(SalesReports reports, UnitOfWork unitOfWork) {
        return new GetSalesReportService(reports, unitOfWork);
    }

    @Singleton
    ListOrders listOrders(OrderRepository orders, UnitOfWork unitOfWork) {
        return new ListOrdersService(orders, unitOfWork);
    }

    @Singleton
    PlaceOrder placeOrder(ProductRepository products, OrderRepository orders, UnitOfWork unitOfWork, Clock clock) {
        return new PlaceOrderService(products, orders, unitOfWork, clock);
    }

    @Singleton
    SearchProducts searchProducts(ProductRepository products, UnitOfWork unitOfWork) {
        return new SearchProductsService(products, unitOfWork);
    }

    @Singleton
    UpdateProduct updateProduct(ProductRepository products, UnitOfWork unitOfWork) {
        return new UpdateProductService(products, unitOfWork);
    }
}
