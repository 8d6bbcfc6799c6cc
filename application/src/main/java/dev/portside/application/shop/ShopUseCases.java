package dev.portside.application.shop;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;

/**
 * The shop use cases over their ports: the one place that knows which service needs which port.
 * Bootstrap's composition root and the tests (the HTTP adapter's in-memory backend, this module's
 * fixtures) all build the use cases through it, with whichever adapters or fakes implement the ports.
 * Services hold no state, so each call may build a new one; callers keep what they build.
 */
public final class ShopUseCases {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final SalesReports salesReports;
    private final DailyOrderReport dailyOrderReport;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ShopUseCases(ProductRepository products, OrderRepository orders, SalesReports salesReports, DailyOrderReport dailyOrderReport, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.salesReports = salesReports;
        this.dailyOrderReport = dailyOrderReport;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public CancelOrder cancelOrder() {
        return new CancelOrderService(products, orders, outbox, unitOfWork);
    }

    public ChangeOrderStatus changeOrderStatus() {
        return new ChangeOrderStatusService(products, orders, outbox, unitOfWork);
    }

    public CreateProduct createProduct() {
        return new CreateProductService(products, unitOfWork, clock);
    }

    public GetDailyOrderReport getDailyOrderReport() {
        return new GetDailyOrderReportService(dailyOrderReport, unitOfWork, clock);
    }

    public GetOrder getOrder() {
        return new GetOrderService(orders, unitOfWork);
    }

    public GetProduct getProduct() {
        return new GetProductService(products, unitOfWork);
    }

    public GetSalesReport getSalesReport() {
        return new GetSalesReportService(salesReports, unitOfWork);
    }

    public ListOrders listOrders() {
        return new ListOrdersService(orders, unitOfWork);
    }

    public PlaceOrder placeOrder() {
        return new PlaceOrderService(products, orders, outbox, unitOfWork, clock);
    }

    public SearchProducts searchProducts() {
        return new SearchProductsService(products, unitOfWork);
    }

    public UpdateProduct updateProduct() {
        return new UpdateProductService(products, outbox, unitOfWork);
    }
}
