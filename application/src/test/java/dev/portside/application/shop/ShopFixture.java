package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shared.MutableClock;
import dev.portside.testkit.shop.InMemoryDailyOrderReport;
import dev.portside.testkit.shop.InMemoryOrderRepository;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.InMemorySalesReports;
import dev.portside.testkit.shop.ProductMother;
import java.util.Set;

/** The shop's use cases wired over the in-memory fakes, plus the actors the tests play. */
final class ShopFixture {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final MutableClock clock = MutableClock.at("2024-05-10T09:00:00Z");
    final InMemoryProductRepository products = new InMemoryProductRepository(database);
    final InMemoryOrderRepository orders = new InMemoryOrderRepository(database);
    final InMemoryOutbox outbox = new InMemoryOutbox(database, clock);

    final ShopUseCases useCases = new ShopUseCases(
            products,
            orders,
            new InMemorySalesReports(orders),
            new InMemoryDailyOrderReport(orders),
            outbox,
            unitOfWork,
            clock);
    final CreateProduct createProduct = useCases.createProduct();
    final GetProduct getProduct = useCases.getProduct();
    final SearchProducts searchProducts = useCases.searchProducts();
    final UpdateProduct updateProduct = useCases.updateProduct();
    final PlaceOrder placeOrder = useCases.placeOrder();
    final GetOrder getOrder = useCases.getOrder();
    final ListOrders listOrders = useCases.listOrders();
    final CancelOrder cancelOrder = useCases.cancelOrder();
    final ChangeOrderStatus changeOrderStatus = useCases.changeOrderStatus();
    final GetSalesReport getSalesReport = useCases.getSalesReport();
    final GetDailyOrderReport getDailyOrderReport = useCases.getDailyOrderReport();

    final Actor admin = new Actor(UserId.newId(), Set.of(Role.USER, Role.ADMIN));
    final Actor alice = new Actor(UserId.newId(), Set.of(Role.USER));
    final Actor bob = new Actor(UserId.newId(), Set.of(Role.USER));
    final Actor moderator = new Actor(UserId.newId(), Set.of(Role.USER, Role.MODERATOR));

    Product stored(ProductMother product) {
        Product built = product.build();
        return unitOfWork.execute(() -> products.save(built));
    }

    Product stored(String price, String currency, int stock) {
        return stored(ProductMother.aProduct().withPrice(price, currency).withStock(stock));
    }

    int stockOf(ProductId id) {
        return products.findById(id).orElseThrow().stock();
    }

    Order storedOrder(OrderId id) {
        return orders.findById(id).orElseThrow();
    }

    Order order(Actor actor, Product product, int quantity) {
        return placeOrder.place(PlaceOrderCommand.of(actor, OrderLine.of(product.id(), quantity)));
    }
}
