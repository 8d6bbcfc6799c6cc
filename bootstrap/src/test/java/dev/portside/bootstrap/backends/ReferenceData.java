package dev.portside.bootstrap.backends;

import dev.portside.bootstrap.migration.BackendPorts;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.bank.AccountMother;
import dev.portside.testkit.bank.TransferMother;
import dev.portside.testkit.blog.CommentMother;
import dev.portside.testkit.blog.PostMother;
import dev.portside.testkit.shop.OrderMother;
import dev.portside.testkit.shop.ProductMother;
import dev.portside.testkit.user.FakePasswordHasher;
import dev.portside.testkit.user.UserMother;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One small data set of every aggregate, with fixed ids and times, stored through the ports so that
 * both backends hold exactly the same thing. Half of the ids start with {@code f}: a backend or a
 * migration that ordered uuids as signed numbers would put them first and show up in the listings.
 */
public final class ReferenceData {

    /** "Now" for the time-relative statistics. */
    public static final Instant NOW = Instant.parse("2025-03-31T12:00:00Z");

    public static final UserId ALICE = new UserId(id(1, 1));
    public static final UserId BOB = new UserId(id(1, 2));
    public static final UserId CAROL = new UserId(id(1, 3));
    public static final UserId DAVE = new UserId(id(1, 4));
    public static final UserId ERIN = new UserId(id(1, 5));
    public static final UserId FRANK = new UserId(id(1, 6));

    public static final PostId PORTS = new PostId(id(2, 1));
    public static final List<AccountId> ACCOUNTS =
            List.of(new AccountId(id(6, 1)), new AccountId(id(6, 2)), new AccountId(id(6, 3)), new AccountId(id(6, 4)));

    private static final PasswordHash PASSWORD_HASH = FakePasswordHasher.hashOf(UserMother.PASSWORD);

    private ReferenceData() {}

    /** A fixed uuid (version 7 layout) per kind and number; odd numbers start with {@code f}. */
    public static UUID id(int kind, int number) {
        return UUID.fromString(
                String.format("%s%03x%04x-0000-7000-8000-%012x", number % 2 == 1 ? "f" : "0", kind, number, number));
    }

    public static void seed(BackendPorts ports) {
        ports.unitOfWork().run(() -> {
            users().forEach(ports.users()::save);
            posts().forEach(ports.posts()::save);
            comments(ports);
            products().forEach(ports.products()::save);
            orders(ports);
            bank(ports);
        });
    }

    private static List<User> users() {
        return List.of(
                user(ALICE, "alice")
                        .lastLoginAt(NOW.minus(Duration.ofDays(1)))
                        .withProfile("Alice", "Liddell", "Curious")
                        .build(),
                user(BOB, "Bob").lastLoginAt(NOW.minus(Duration.ofDays(30))).build(),
                user(CAROL, "carol")
                        .lastLoginAt(NOW.minus(Duration.ofDays(31)))
                        .failedLoginAttempts(2)
                        .build(),
                user(DAVE, "dave").build(),
                user(ERIN, "erin")
                        .lastLoginAt(NOW.minus(Duration.ofDays(2)))
                        .deleted()
                        .build(),
                user(FRANK, "frank")
                        .withRoles(Role.ADMIN, Role.USER)
                        .lastLoginAt(NOW.minus(Duration.ofDays(10)))
                        .lockedUntil(NOW.plus(Duration.ofMinutes(5)))
                        .build());
    }

    private static UserMother user(UserId id, String name) {
        // a fixed hash: the mother's default is salted afresh for every user built
        return UserMother.aUser()
                .withId(id)
                .withUsername(name)
                .withPasswordHash(PASSWORD_HASH)
                .createdAt(Instant.parse("2024-12-01T09:00:00Z")
                        .plusSeconds((id.value().getLeastSignificantBits() & 0xFF) * 60));
    }

    private static List<Post> posts() {
        return List.of(
                PostMother.aPublishedPost()
                        .withId(PORTS)
                        .by(ALICE)
                        .titled("Ports and Adapters")
                        .withContent("Why the domain never imports a framework. Java inside.")
                        .taggedWith("architecture", "java")
                        .createdAt(at("2025-01-09T08:00:00Z"))
                        .publishedAt(at("2025-01-10T08:00:00Z"))
                        .build(),
                PostMother.aPublishedPost()
                        .withId(new PostId(id(2, 2)))
                        .by(ALICE)
                        .titled("Zebra crossings")
                        .withContent("Stripes, 100% of them.")
                        .taggedWith("life")
                        .createdAt(at("2025-02-01T10:00:00Z"))
                        .publishedAt(at("2025-02-01T10:00:00Z"))
                        .build(),
                PostMother.aPublishedPost()
                        .withId(new PostId(id(2, 3)))
                        .by(BOB)
                        .titled("apple pie")
                        .withContent("Bake it in JAVA time.")
                        .taggedWith("food", "java")
                        .createdAt(at("2025-02-14T10:00:00Z"))
                        .publishedAt(at("2025-02-15T10:00:00Z"))
                        .build(),
                PostMother.aDraft()
                        .withId(new PostId(id(2, 4)))
                        .by(BOB)
                        .titled("Draft about Java")
                        .createdAt(at("2025-03-01T10:00:00Z"))
                        .build(),
                PostMother.aPublishedPost()
                        .withId(new PostId(id(2, 5)))
                        .by(CAROL)
                        .titled("Hexagonal JAVA")
                        .withContent("Six sides.")
                        .taggedWith("architecture")
                        .createdAt(at("2025-03-05T10:00:00Z"))
                        .publishedAt(at("2025-03-05T10:00:00Z"))
                        .build(),
                PostMother.aDraft()
                        .withId(new PostId(id(2, 6)))
                        .by(FRANK)
                        .titled("Unfinished")
                        .createdAt(at("2025-03-20T10:00:00Z"))
                        .build());
    }

    private static void comments(BackendPorts ports) {
        ports.comments()
                .add(CommentMother.aComment()
                        .withId(new CommentId(id(3, 1)))
                        .on(PORTS)
                        .by(BOB)
                        .saying("Nice one")
                        .at(at("2025-01-11T08:00:00Z"))
                        .build());
        ports.comments()
                .add(CommentMother.aComment()
                        .withId(new CommentId(id(3, 2)))
                        .on(PORTS)
                        .by(CAROL)
                        .saying("Agreed")
                        .at(at("2025-01-11T08:00:00Z"))
                        .build());
        ports.comments()
                .add(CommentMother.aComment()
                        .withId(new CommentId(id(3, 3)))
                        .on(new PostId(id(2, 3)))
                        .by(ALICE)
                        .saying("Yum")
                        .at(at("2025-02-16T08:00:00Z"))
                        .build());
        ports.comments()
                .add(CommentMother.aComment()
                        .withId(new CommentId(id(3, 4)))
                        .on(new PostId(id(2, 5)))
                        .by(FRANK)
                        .saying("Seven?")
                        .at(at("2025-03-06T08:00:00Z"))
                        .build());
    }

    private static List<Product> products() {
        return List.of(
                product(1, "KB-1", "Keyboard", "Peripherals", "49.90", "EUR"),
                product(2, "MS-2", "Mouse", "Peripherals", "19.99", "EUR"),
                product(3, "MN-3", "Monitor", "Displays", "199.00", "EUR"),
                product(4, "CB-4", "Cable", "Accessories", "5.00", "USD"),
                product(5, "HB-5", "USB hub", "Accessories", "25.50", "USD"),
                product(6, "KC-6", "keyboard cover", "accessories", "7.25", "EUR"));
    }

    private static Product product(
            int number, String sku, String name, String category, String price, String currency) {
        return ProductMother.aProduct()
                .withId(new ProductId(id(4, number)))
                .withSku(sku)
                .withName(name)
                .withCategory(category)
                .withPrice(price, currency)
                .withStock(100)
                .createdAt(at("2024-11-01T00:00:00Z").plusSeconds(number))
                .build();
    }

    private static void orders(BackendPorts ports) {
        List<Product> p = products();
        order(
                ports,
                1,
                ALICE,
                "2025-01-15T10:00:00Z",
                OrderStatus.DELIVERED,
                OrderMother.anOrder().line(p.get(0), 1).line(p.get(1), 2));
        order(
                ports,
                2,
                BOB,
                "2025-01-15T23:59:59Z",
                OrderStatus.SHIPPED,
                OrderMother.anOrder().line(p.get(2), 1));
        order(
                ports,
                3,
                CAROL,
                "2025-02-01T00:00:00Z",
                OrderStatus.PENDING,
                OrderMother.anOrder().line(p.get(3), 3));
        order(
                ports,
                4,
                ALICE,
                "2025-02-10T12:00:00Z",
                OrderStatus.CANCELLED,
                OrderMother.anOrder().line(p.get(1), 1));
        order(
                ports,
                5,
                FRANK,
                "2025-02-28T23:00:00Z",
                OrderStatus.PROCESSING,
                OrderMother.anOrder().line(p.get(4), 2).line(p.get(3), 1));
        order(
                ports,
                6,
                DAVE,
                "2025-03-03T09:00:00Z",
                OrderStatus.PENDING,
                OrderMother.anOrder().line(p.get(5), 4).line(p.get(0), 1));
        order(
                ports,
                7,
                BOB,
                "2025-03-03T09:30:00Z",
                OrderStatus.CANCELLED,
                OrderMother.anOrder().line(p.get(2), 2));
        order(
                ports,
                8,
                ERIN,
                "2025-03-30T18:00:00Z",
                OrderStatus.DELIVERED,
                OrderMother.anOrder().line(p.get(1), 3));
    }

    private static void order(
            BackendPorts ports, int number, UserId customer, String at, OrderStatus status, OrderMother order) {
        ports.orders()
                .save(order.withId(new OrderId(id(5, number)))
                        .by(customer)
                        .createdAt(at(at))
                        .withStatus(status)
                        .build());
    }

    private static void bank(BackendPorts ports) {
        List<Account> accounts = List.of(
                account(0, ALICE, "EUR", "170.00"), account(1, BOB, "EUR", "40.00"),
                account(2, CAROL, "USD", "75.00"), account(3, FRANK, "EUR", "0.00"));
        accounts.forEach(ports.accounts()::save);
        ports.ledger()
                .record(new Deposit(
                        new DepositId(id(7, 1)),
                        ACCOUNTS.get(0),
                        Money.of("200.00", "EUR"),
                        at("2025-01-02T08:00:00Z")));
        ports.ledger()
                .record(new Deposit(
                        new DepositId(id(7, 2)),
                        ACCOUNTS.get(1),
                        Money.of("10.00", "EUR"),
                        at("2025-01-03T08:00:00Z")));
        ports.ledger()
                .record(new Deposit(
                        new DepositId(id(7, 3)),
                        ACCOUNTS.get(2),
                        Money.of("75.00", "USD"),
                        at("2025-01-04T08:00:00Z")));
        ports.ledger()
                .record(TransferMother.aTransfer()
                        .withId(new TransferId(id(8, 1)))
                        .from(ACCOUNTS.get(0))
                        .to(ACCOUNTS.get(1))
                        .amount("50.00", "EUR")
                        .reference("rent")
                        .at(at("2025-02-01T08:00:00Z"))
                        .build());
        ports.ledger()
                .record(TransferMother.aTransfer()
                        .withId(new TransferId(id(8, 2)))
                        .from(ACCOUNTS.get(1))
                        .to(ACCOUNTS.get(0))
                        .amount("20.00", "EUR")
                        .at(at("2025-02-02T08:00:00Z"))
                        .build());
    }

    private static Account account(int index, UserId owner, String currency, String balance) {
        return AccountMother.anAccount()
                .withId(ACCOUNTS.get(index))
                .ownedBy(owner)
                .inCurrency(currency)
                .withBalance(balance)
                .createdAt(at("2025-01-01T00:00:00Z").plusSeconds(index))
                .build();
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
