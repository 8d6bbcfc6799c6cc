package dev.portside.adapters.http.testing;

import dev.portside.application.bank.BankUseCases;
import dev.portside.application.bank.DepositMoney;
import dev.portside.application.bank.GetAccount;
import dev.portside.application.bank.GetStatement;
import dev.portside.application.bank.ListMyAccounts;
import dev.portside.application.bank.OpenAccount;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.blog.AddComment;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.blog.CreatePost;
import dev.portside.application.blog.DeletePost;
import dev.portside.application.blog.GetBlogStatistics;
import dev.portside.application.blog.GetPost;
import dev.portside.application.blog.ListComments;
import dev.portside.application.blog.PublishPost;
import dev.portside.application.blog.SearchPosts;
import dev.portside.application.blog.UnpublishPost;
import dev.portside.application.blog.UpdatePost;
import dev.portside.application.event.EventHub;
import dev.portside.application.event.EventHubSettings;
import dev.portside.application.event.SubscribeToEvents;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.InMemoryIdempotencyStore;
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
import dev.portside.application.user.ChangePassword;
import dev.portside.application.user.ChangeRoles;
import dev.portside.application.user.DeleteUser;
import dev.portside.application.user.EnsureBootstrapAdmin;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetUser;
import dev.portside.application.user.GetUserStatistics;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.RegisterUser;
import dev.portside.application.user.SearchUsers;
import dev.portside.application.user.UpdateProfile;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.testkit.bank.InMemoryAccountRepository;
import dev.portside.testkit.bank.InMemoryLedger;
import dev.portside.testkit.blog.InMemoryBlogStatistics;
import dev.portside.testkit.blog.InMemoryCommentCatalog;
import dev.portside.testkit.blog.InMemoryCommentRepository;
import dev.portside.testkit.blog.InMemoryPostCatalog;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryDailyOrderReport;
import dev.portside.testkit.shop.InMemoryOrderRepository;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.InMemorySalesReports;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.InMemoryUserStatistics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Composes every use case over the testkit's in-memory fakes, the way bootstrap composes them over a
 * real backend. Active only with {@code portside.test.backend=in-memory}, so that bootstrap's
 * end-to-end tests, which have this test-jar on their classpath, never pick it up.
 */
@Factory
@Requires(property = "portside.test.backend", value = "in-memory")
class InMemoryBackend {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryUserRepository users = new InMemoryUserRepository(database);
    private final InMemoryPostRepository posts = new InMemoryPostRepository(database);
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository(database);
    private final InMemoryProductRepository products = new InMemoryProductRepository(database);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(database);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(database);
    private final InMemoryLedger ledger = new InMemoryLedger(database);
    private final InMemoryIdempotencyStore idempotency =
            new InMemoryIdempotencyStore(database, Duration.ofHours(24));
    private final Clock clock = Clock.system();
    private final InMemoryOutbox outbox = new InMemoryOutbox(database, clock);
    private final Function<UserId, Optional<String>> usernames =
            id -> users.findById(id).map(user -> user.username().value());

    @Singleton
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Singleton
    IdempotencyStore idempotencyStore() {
        return idempotency;
    }

    @Singleton
    Clock clock() {
        return clock;
    }

    /** Live events: the in-memory outbox wakes the hub on every append (ADR 21); settings as in EventsApiScenarios. */
    @Singleton
    @Bean(preDestroy = "close")
    EventHub eventHub() {
        EventHub hub = new EventHub(outbox, onChange -> {
            outbox.onAppend(onChange);
            return () -> { };
        }, clock, EventsTestSettings.HUB);
        hub.start();
        return hub;
    }

    @Singleton
    SubscribeToEvents subscribeToEvents(EventHub hub) {
        return hub;
    }

    // the compositions, as bootstrap's wiring makes them over a real backend

    @Singleton
    UserUseCases userUseCases(PasswordHasher passwordHasher) {
        return new UserUseCases(users, new InMemoryUserStatistics(users), passwordHasher, unitOfWork, clock);
    }

    @Singleton
    BlogUseCases blogUseCases() {
        return new BlogUseCases(posts, comments, new InMemoryPostCatalog(posts, comments, usernames),
                new InMemoryCommentCatalog(comments, usernames), new InMemoryBlogStatistics(posts, usernames), outbox, unitOfWork, clock);
    }

    @Singleton
    ShopUseCases shopUseCases() {
        return new ShopUseCases(products, orders, new InMemorySalesReports(orders), new InMemoryDailyOrderReport(orders),
                outbox, unitOfWork, clock);
    }

    @Singleton
    BankUseCases bankUseCases() {
        return new BankUseCases(accounts, ledger, ledger, outbox, unitOfWork, clock);
    }

    // user

    @Singleton
    ChangePassword changePassword(UserUseCases user) {
        return user.changePassword();
    }

    @Singleton
    ChangeRoles changeRoles(UserUseCases user) {
        return user.changeRoles();
    }

    @Singleton
    DeleteUser deleteUser(UserUseCases user) {
        return user.deleteUser();
    }

    @Singleton
    EnsureBootstrapAdmin ensureBootstrapAdmin(UserUseCases user) {
        return user.ensureBootstrapAdmin();
    }

    @Singleton
    GetCurrentUser getCurrentUser(UserUseCases user) {
        return user.getCurrentUser();
    }

    @Singleton
    GetUser getUser(UserUseCases user) {
        return user.getUser();
    }

    @Singleton
    GetUserStatistics getUserStatistics(UserUseCases user) {
        return user.getUserStatistics();
    }

    @Singleton
    LogIn logIn(UserUseCases user) {
        return user.logIn();
    }

    @Singleton
    RegisterUser registerUser(UserUseCases user) {
        return user.registerUser();
    }

    @Singleton
    SearchUsers searchUsers(UserUseCases user) {
        return user.searchUsers();
    }

    @Singleton
    UpdateProfile updateProfile(UserUseCases user) {
        return user.updateProfile();
    }

    // blog

    @Singleton
    AddComment addComment(BlogUseCases blog) {
        return blog.addComment();
    }

    @Singleton
    CreatePost createPost(BlogUseCases blog) {
        return blog.createPost();
    }

    @Singleton
    DeletePost deletePost(BlogUseCases blog) {
        return blog.deletePost();
    }

    @Singleton
    GetBlogStatistics getBlogStatistics(BlogUseCases blog) {
        return blog.getBlogStatistics();
    }

    @Singleton
    GetPost getPost(BlogUseCases blog) {
        return blog.getPost();
    }

    @Singleton
    ListComments listComments(BlogUseCases blog) {
        return blog.listComments();
    }

    @Singleton
    PublishPost publishPost(BlogUseCases blog) {
        return blog.publishPost();
    }

    @Singleton
    SearchPosts searchPosts(BlogUseCases blog) {
        return blog.searchPosts();
    }

    @Singleton
    UnpublishPost unpublishPost(BlogUseCases blog) {
        return blog.unpublishPost();
    }

    @Singleton
    UpdatePost updatePost(BlogUseCases blog) {
        return blog.updatePost();
    }

    // shop

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

    // bank

    @Singleton
    DepositMoney depositMoney(BankUseCases bank) {
        return bank.depositMoney();
    }

    @Singleton
    GetAccount getAccount(BankUseCases bank) {
        return bank.getAccount();
    }

    @Singleton
    GetStatement getStatement(BankUseCases bank) {
        return bank.getStatement();
    }

    @Singleton
    ListMyAccounts listMyAccounts(BankUseCases bank) {
        return bank.listMyAccounts();
    }

    @Singleton
    OpenAccount openAccount(BankUseCases bank) {
        return bank.openAccount();
    }

    @Singleton
    TransferMoney transferMoney(BankUseCases bank) {
        return bank.transferMoney();
    }
}
