package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report suite's data set. Reports aggregate over every order in a period, so each test
 * places its data in a random month far in the future that no other test or earlier run uses
 * (about 80,000 candidates): the suites need no empty store and no reset.
 */
final class ReportData {

    private final UnitOfWork unitOfWork;
    private final ProductRepository products;
    private final OrderRepository orders;

    ReportData(UnitOfWork unitOfWork, ProductRepository products, OrderRepository orders) {
        this.unitOfWork = unitOfWork;
        this.products = products;
        this.orders = orders;
    }

    static YearMonth unusedMonth() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return YearMonth.of(2200 + random.nextInt(6800), 1 + random.nextInt(12));
    }

    Product product(String category, String price, String currency) {
        Product product = ProductMother.aProduct()
                .withCategory(category)
                .withPrice(price, currency)
                .build();
        return unitOfWork.execute(() -> products.save(product));
    }

    Order order(OrderMother order) {
        Order built = order.build();
        return unitOfWork.execute(() -> orders.save(built));
    }
}
