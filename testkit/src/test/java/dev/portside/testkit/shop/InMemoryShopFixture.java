package dev.portside.testkit.shop;

import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

/** One in-memory database with every shop fake on it, as the contract tests need. */
final class InMemoryShopFixture {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final InMemoryProductRepository products = new InMemoryProductRepository(database);
    final InMemoryOrderRepository orders = new InMemoryOrderRepository(database);
    final InMemorySalesReports salesReports = new InMemorySalesReports(orders);
    final InMemoryDailyOrderReport dailyOrderReport = new InMemoryDailyOrderReport(orders);
}
