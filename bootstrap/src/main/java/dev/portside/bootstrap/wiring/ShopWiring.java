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
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.bootstrap.observability.ObservedUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the shop use cases ({@link ShopUseCases}) beans over whichever adapters implement their ports in this configuration, each timed (and traced) by {@link ObservedUseCase}. */
@Factory
class ShopWiring {

    @Singleton
    ShopUseCases shopUseCases(ProductRepository products, OrderRepository orders, SalesReports salesReports, DailyOrderReport dailyOrderReport, UnitOfWork unitOfWork, Clock clock) {
        return new ShopUseCases(products, orders, salesReports, dailyOrderReport, unitOfWork, clock);
    }

    @Singleton
    @ObservedUseCase
    CancelOrder cancelOrder(ShopUseCases shop) {
        return shop.cancelOrder();
    }

    @Singleton
    @ObservedUseCase
    ChangeOrderStatus changeOrderStatus(ShopUseCases shop) {
        return shop.changeOrderStatus();
    }

    @Singleton
    @ObservedUseCase
    CreateProduct createProduct(ShopUseCases shop) {
        return shop.createProduct();
    }

    @Singleton
    @ObservedUseCase
    GetDailyOrderReport getDailyOrderReport(ShopUseCases shop) {
        return shop.getDailyOrderReport();
    }

    @Singleton
    @ObservedUseCase
    GetOrder getOrder(ShopUseCases shop) {
        return shop.getOrder();
    }

    @Singleton
    @ObservedUseCase
    GetProduct getProduct(ShopUseCases shop) {
        return shop.getProduct();
    }

    @Singleton
    @ObservedUseCase
    GetSalesReport getSalesReport(ShopUseCases shop) {
        return shop.getSalesReport();
    }

    @Singleton
    @ObservedUseCase
    ListOrders listOrders(ShopUseCases shop) {
        return shop.listOrders();
    }

    @Singleton
    @ObservedUseCase
    PlaceOrder placeOrder(ShopUseCases shop) {
        return shop.placeOrder();
    }

    @Singleton
    @ObservedUseCase
    SearchProducts searchProducts(ShopUseCases shop) {
        return shop.searchProducts();
    }

    @Singleton
    @ObservedUseCase
    UpdateProduct updateProduct(ShopUseCases shop) {
        return shop.updateProduct();
    }
}
