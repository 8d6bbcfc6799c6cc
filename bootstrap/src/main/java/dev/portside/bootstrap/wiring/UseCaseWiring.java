package dev.portside.bootstrap.wiring;

import dev.portside.application.bank.BankUseCases;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.shared.UseCaseDecorator;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Makes each feature's composition of use cases ({@link UserUseCases}, ...) a bean over whichever adapters
 * implement their ports in this configuration. The compositions are the one place use cases are built;
 * the driving adapter takes a feature's composition and asks it for the use cases it drives, so no use
 * case is listed here or anywhere else a second time. Each composition gets the observability's
 * {@link UseCaseDecorator} (the one bean of that type, {@code observability.UseCaseObservation}), which
 * wraps every use case it builds in a timer (and a span when tracing is on; ADR 20).
 */
@Factory
class UseCaseWiring {

    @Singleton
    UserUseCases userUseCases(
            UserRepository users,
            UserStatistics statistics,
            PasswordHasher passwordHasher,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator observation) {
        return new UserUseCases(users, statistics, passwordHasher, unitOfWork, clock, observation);
    }

    @Singleton
    BlogUseCases blogUseCases(
            PostRepository posts,
            CommentRepository comments,
            PostCatalog postCatalog,
            CommentCatalog commentCatalog,
            BlogStatistics statistics,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator observation) {
        return new BlogUseCases(
                posts, comments, postCatalog, commentCatalog, statistics, outbox, unitOfWork, clock, observation);
    }

    @Singleton
    ShopUseCases shopUseCases(
            ProductRepository products,
            OrderRepository orders,
            SalesReports salesReports,
            DailyOrderReport dailyOrderReport,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator observation) {
        return new ShopUseCases(
                products, orders, salesReports, dailyOrderReport, outbox, unitOfWork, clock, observation);
    }

    @Singleton
    BankUseCases bankUseCases(
            AccountRepository accounts,
            Ledger ledger,
            AccountStatements statements,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator observation) {
        return new BankUseCases(accounts, ledger, statements, outbox, unitOfWork, clock, observation);
    }
}
