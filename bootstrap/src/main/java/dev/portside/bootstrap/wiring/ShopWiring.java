package dev.portside.bootstrap.wiring;

import dev.portside.application.shop.CancelOrder;
import dev.portside.application.shop.ChangeOrderStatus;
import dev.portside.application.shop.CreateProduct;
import dev.portside.application.shop.GetDailyOrderReport;
import dev.portside.application.shop.GetOrder;
import dev.portside.application.shop.GetProduct;
import dev.portside.application.shop.GetSalesReport;
import dev.portside.application.shop.ListOrders;
import dev.portside.application.shop.PlaceOrder;
import dev.portside.application.shop.SearchProducts;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.application.shop.UpdateProduct;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the shop use cases ({@link ShopUseCases}) beans over whichever adapters implement their ports in this configuration. */
@Factory
class ShopWiring {

    @Singleton
    ShopUseCases shopUseCases(ProductRepository products, OrderRepository orders, SalesReports salesReports, DailyOrderReport dailyOrderReport, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        return new ShopUseCases(products, orders, salesReports, dailyOrderReport, outbox, unitOfWork, clock);
    }

    @Singleton
    CancelOrder cancelOrder(ShopUseCases shop) {
        return shop.cancelOrder();
    }

    @Singleton
    ChangeOrderStatus changeOrderStatus(ShopUseCases shop) {
        return shop.changeOrderStatus();
    }

    @Singleton
    CreateProduct createProduct(ShopUseCases shop) {
        return shop.createProduct();
    }

    @Singleton
    GetDailyOrderReport getDailyOrderReport(ShopUseCases shop) {
        return shop.getDailyOrderReport();
    }

    @Singleton
    GetOrder getOrder(ShopUseCases shop) {
        return shop.getOrder();
    }

    @Singleton
    GetProduct getProduct(ShopUseCases shop) {
        return shop.getProduct();
    }

    @Singleton
    GetSalesReport getSalesReport(ShopUseCases shop) {
        return shop.getSalesReport();
    }

    @Singleton
    ListOrders listOrders(ShopUseCases shop) {
        return shop.listOrders();
    }

    @Singleton
    PlaceOrder placeOrder(ShopUseCases shop) {
        return shop.placeOrder();
    }

    @Singleton
    SearchProducts searchProducts(ShopUseCases shop) {
        return shop.searchProducts();
    }

    @Singleton
    UpdateProduct updateProduct(ShopUseCases shop) {
        return shop.updateProduct();
    }
}
