package dev.portside.adapters.http.testing;

import dev.portside.application.bank.DepositMoney;
import dev.portside.application.bank.DepositMoneyService;
import dev.portside.application.bank.GetAccount;
import dev.portside.application.bank.GetAccountService;
import dev.portside.application.bank.GetStatement;
import dev.portside.application.bank.GetStatementService;
import dev.portside.application.bank.ListMyAccounts;
import dev.portside.application.bank.ListMyAccountsService;
import dev.portside.application.bank.OpenAccount;
import dev.portside.application.bank.OpenAccountService;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.bank.TransferMoneyService;
import dev.portside.application.blog.AddComment;
import dev.portside.application.blog.AddCommentService;
import dev.portside.application.blog.CreatePost;
import dev.portside.application.blog.CreatePostService;
import dev.portside.application.blog.DeletePost;
import dev.portside.application.blog.DeletePostService;
import dev.portside.application.blog.GetBlogStatistics;
import dev.portside.application.blog.GetBlogStatisticsService;
import dev.portside.application.blog.GetPost;
import dev.portside.application.blog.GetPostService;
import dev.portside.application.blog.ListComments;
import dev.portside.application.blog.ListCommentsService;
import dev.portside.application.blog.PublishPost;
import dev.portside.application.blog.PublishPostService;
import dev.portside.application.blog.SearchPosts;
import dev.portside.application.blog.SearchPostsService;
import dev.portside.application.blog.UnpublishPost;
import dev.portside.application.blog.UnpublishPostService;
import dev.portside.application.blog.UpdatePost;
import dev.portside.application.blog.UpdatePostService;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.InMemoryIdempotencyStore;
import dev.portside.application.shop.CancelOrder;
import dev.portside.application.shop.CancelOrderService;
import dev.portside.application.shop.ChangeOrderStatus;
import dev.portside.application.shop.ChangeOrderStatusService;
import dev.portside.application.shop.CreateProduct;
import dev.portside.application.shop.CreateProductService;
import dev.portside.application.shop.GetDailyOrderReport;
import dev.portside.application.shop.GetDailyOrderReportService;
import dev.portside.application.shop.GetOrder;
import dev.portside.application.shop.GetOrderService;
import dev.portside.application.shop.GetProduct;
import dev.portside.application.shop.GetProductService;
import dev.portside.application.shop.GetSalesReport;
import dev.portside.application.shop.GetSalesReportService;
import dev.portside.application.shop.ListOrders;
import dev.portside.application.shop.ListOrdersService;
import dev.portside.application.shop.PlaceOrder;
import dev.portside.application.shop.PlaceOrderService;
import dev.portside.application.shop.SearchProducts;
import dev.portside.application.shop.SearchProductsService;
import dev.portside.application.shop.UpdateProduct;
import dev.portside.application.shop.UpdateProductService;
import dev.portside.application.user.ChangePassword;
import dev.portside.application.user.ChangePasswordService;
import dev.portside.application.user.ChangeRoles;
import dev.portside.application.user.ChangeRolesService;
import dev.portside.application.user.DeleteUser;
import dev.portside.application.user.DeleteUserService;
import dev.portside.application.user.EnsureBootstrapAdmin;
import dev.portside.application.user.EnsureBootstrapAdminService;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetCurrentUserService;
import dev.portside.application.user.GetUser;
import dev.portside.application.user.GetUserService;
import dev.portside.application.user.GetUserStatistics;
import dev.portside.application.user.GetUserStatisticsService;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.LogInService;
import dev.portside.application.user.RegisterUser;
import dev.portside.application.user.RegisterUserService;
import dev.portside.application.user.SearchUsers;
import dev.portside.application.user.SearchUsersService;
import dev.portside.application.user.UpdateProfile;
import dev.portside.application.user.UpdateProfileService;
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
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryDailyOrderReport;
import dev.portside.testkit.shop.InMemoryOrderRepository;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.InMemorySalesReports;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.InMemoryUserStatistics;
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

    // users

    @Singleton
    RegisterUser registerUser(PasswordHasher hasher) {
        return new RegisterUserService(users, hasher, unitOfWork, clock);
    }

    @Singleton
    LogIn logIn(PasswordHasher hasher) {
        return new LogInService(users, hasher, unitOfWork, clock);
    }

    @Singleton
    ChangePassword changePassword(PasswordHasher hasher) {
        return new ChangePasswordService(users, hasher, unitOfWork);
    }

    @Singleton
    EnsureBootstrapAdmin ensureBootstrapAdmin(PasswordHasher hasher) {
        return new EnsureBootstrapAdminService(users, hasher, unitOfWork, clock);
    }

    @Singleton
    ChangeRoles changeRoles() {
        return new ChangeRolesService(users, unitOfWork);
    }

    @Singleton
    DeleteUser deleteUser() {
        return new DeleteUserService(users, unitOfWork);
    }

    @Singleton
    GetCurrentUser getCurrentUser() {
        return new GetCurrentUserService(users, unitOfWork);
    }

    @Singleton
    GetUser getUser() {
        return new GetUserService(users, unitOfWork);
    }

    @Singleton
    GetUserStatistics getUserStatistics() {
        return new GetUserStatisticsService(new InMemoryUserStatistics(users), unitOfWork, clock);
    }

    @Singleton
    SearchUsers searchUsers() {
        return new SearchUsersService(users, unitOfWork);
    }

    @Singleton
    UpdateProfile updateProfile() {
        return new UpdateProfileService(users, unitOfWork);
    }

    // blog

    @Singleton
    AddComment addComment() {
        return new AddCommentService(posts, comments, unitOfWork, clock);
    }

    @Singleton
    CreatePost createPost() {
        return new CreatePostService(posts, unitOfWork, clock);
    }

    @Singleton
    DeletePost deletePost() {
        return new DeletePostService(posts, comments, unitOfWork);
    }

    @Singleton
    GetBlogStatistics getBlogStatistics() {
        return new GetBlogStatisticsService(new InMemoryBlogStatistics(posts, usernames), unitOfWork, clock);
    }

    @Singleton
    GetPost getPost() {
        return new GetPostService(posts, unitOfWork);
    }

    @Singleton
    ListComments listComments() {
        return new ListCommentsService(posts, new InMemoryCommentCatalog(comments, usernames), unitOfWork);
    }

    @Singleton
    PublishPost publishPost() {
        return new PublishPostService(posts, unitOfWork, clock);
    }

    @Singleton
    SearchPosts searchPosts() {
        return new SearchPostsService(new InMemoryPostCatalog(posts, comments, usernames), unitOfWork);
    }

    @Singleton
    UnpublishPost unpublishPost() {
        return new UnpublishPostService(posts, unitOfWork, clock);
    }

    @Singleton
    UpdatePost updatePost() {
        return new UpdatePostService(posts, unitOfWork, clock);
    }

    // shop

    @Singleton
    CancelOrder cancelOrder() {
        return new CancelOrderService(products, orders, unitOfWork);
    }

    @Singleton
    ChangeOrderStatus changeOrderStatus() {
        return new ChangeOrderStatusService(products, orders, unitOfWork);
    }

    @Singleton
    CreateProduct createProduct() {
        return new CreateProductService(products, unitOfWork, clock);
    }

    @Singleton
    GetDailyOrderReport getDailyOrderReport() {
        return new GetDailyOrderReportService(new InMemoryDailyOrderReport(orders), unitOfWork, clock);
    }

    @Singleton
    GetOrder getOrder() {
        return new GetOrderService(orders, unitOfWork);
    }

    @Singleton
    GetProduct getProduct() {
        return new GetProductService(products, unitOfWork);
    }

    @Singleton
    GetSalesReport getSalesReport() {
        return new GetSalesReportService(new InMemorySalesReports(orders), unitOfWork);
    }

    @Singleton
    ListOrders listOrders() {
        return new ListOrdersService(orders, unitOfWork);
    }

    @Singleton
    PlaceOrder placeOrder() {
        return new PlaceOrderService(products, orders, unitOfWork, clock);
    }

    @Singleton
    SearchProducts searchProducts() {
        return new SearchProductsService(products, unitOfWork);
    }

    @Singleton
    UpdateProduct updateProduct() {
        return new UpdateProductService(products, unitOfWork);
    }

    // bank

    @Singleton
    DepositMoney depositMoney() {
        return new DepositMoneyService(accounts, ledger, unitOfWork, clock);
    }

    @Singleton
    GetAccount getAccount() {
        return new GetAccountService(accounts, unitOfWork);
    }

    @Singleton
    GetStatement getStatement() {
        return new GetStatementService(accounts, ledger, unitOfWork);
    }

    @Singleton
    ListMyAccounts listMyAccounts() {
        return new ListMyAccountsService(accounts, unitOfWork);
    }

    @Singleton
    OpenAccount openAccount() {
        return new OpenAccountService(accounts, unitOfWork, clock);
    }

    @Singleton
    TransferMoney transferMoney() {
        return new TransferMoneyService(accounts, ledger, unitOfWork, clock);
    }
}
