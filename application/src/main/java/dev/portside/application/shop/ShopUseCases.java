package dev.portside.application.shop;

import dev.portside.application.shared.UseCaseDecorator;
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
 * Services hold no state, so each call may build a new one; callers keep what they build. Each use case
 * is passed through a {@link UseCaseDecorator} as it is built: the identity, or the composition root's
 * (which times it, ADR 20).
 */
public final class ShopUseCases {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final SalesReports salesReports;
    private final DailyOrderReport dailyOrderReport;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final UseCaseDecorator decorator;

    /** The use cases as the services themselves (the tests, the HTTP adapter's in-memory backend). */
    public ShopUseCases(
            ProductRepository products,
            OrderRepository orders,
            SalesReports salesReports,
            DailyOrderReport dailyOrderReport,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock) {
        this(products, orders, salesReports, dailyOrderReport, outbox, unitOfWork, clock, UseCaseDecorator.IDENTITY);
    }

    /** Each use case passed through {@code decorator} as it is built (the composition root's timers). */
    public ShopUseCases(
            ProductRepository products,
            OrderRepository orders,
            SalesReports salesReports,
            DailyOrderReport dailyOrderReport,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator decorator) {
        this.products = products;
        this.orders = orders;
        this.salesReports = salesReports;
        this.dailyOrderReport = dailyOrderReport;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.decorator = decorator;
    }

    public CancelOrder cancelOrder() {
        return decorator.decorate(CancelOrder.class, new CancelOrderService(products, orders, outbox, unitOfWork));
    }

    public ChangeOrderStatus changeOrderStatus() {
        return decorator.decorate(
                ChangeOrderStatus.class, new ChangeOrderStatusService(products, orders, outbox, unitOfWork));
    }

    public CreateProduct createProduct() {
        return decorator.decorate(CreateProduct.class, new CreateProductService(products, unitOfWork, clock));
    }

    public GetDailyOrderReport getDailyOrderReport() {
        return decorator.decorate(
                GetDailyOrderReport.class, new GetDailyOrderReportService(dailyOrderReport, unitOfWork, clock));
    }

    public GetOrder getOrder() {
        return decorator.decorate(GetOrder.class, new GetOrderService(orders, unitOfWork));
    }

    public GetProduct getProduct() {
        return decorator.decorate(GetProduct.class, new GetProductService(products, unitOfWork));
    }

    public GetSalesReport getSalesReport() {
        return decorator.decorate(GetSalesReport.class, new GetSalesReportService(salesReports, unitOfWork));
    }

    public ListOrders listOrders() {
        return decorator.decorate(ListOrders.class, new ListOrdersService(orders, unitOfWork));
    }

    public PlaceOrder placeOrder() {
        return decorator.decorate(PlaceOrder.class, new PlaceOrderService(products, orders, outbox, unitOfWork, clock));
    }

    public SearchProducts searchProducts() {
        return decorator.decorate(SearchProducts.class, new SearchProductsService(products, unitOfWork));
    }

    public UpdateProduct updateProduct() {
        return decorator.decorate(UpdateProduct.class, new UpdateProductService(products, outbox, unitOfWork));
    }
}
