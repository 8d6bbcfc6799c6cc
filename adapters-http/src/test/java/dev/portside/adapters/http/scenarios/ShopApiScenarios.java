package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shop, docs/api.md, section "Shop". */
public abstract class ShopApiScenarios extends ApiScenarios {

    protected ApiResponse product(String name, String category, String price, String currency, int stock) {
        ApiResponse created = api().post(
                        "/api/products",
                        admin().token(),
                        body(
                                "sku",
                                unique("SKU"),
                                "name",
                                name,
                                "category",
                                category,
                                "price",
                                money(price, currency),
                                "stock",
                                stock));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    protected ApiResponse order(Session customer, String productId, int quantity) {
        return api().post(
                        "/api/orders",
                        customer.token(),
                        Map.of("items", List.of(Map.of("productId", productId, "quantity", quantity))));
    }

    @Test
    void admins_create_products_with_a_unique_sku() {
        String sku = unique("sku");
        ApiResponse created = api().post(
                        "/api/products",
                        admin().token(),
                        body(
                                "sku",
                                sku,
                                "name",
                                "Kettle",
                                "category",
                                "kitchen",
                                "price",
                                money("24.90", "EUR"),
                                "stock",
                                5));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/products/" + created.text("id"));
        assertThat(created.header("ETag")).isPresent();
        assertThat(created.text("sku")).isEqualTo(sku.toUpperCase());
        assertThat(created.json().get("price").get("amount").getStringValue()).isEqualTo("24.90");
        assertThat(created.json().get("price").get("currency").getStringValue()).isEqualTo("EUR");

        assertProblem(
                api().post(
                                "/api/products",
                                admin().token(),
                                body(
                                        "sku",
                                        sku.toLowerCase(),
                                        "name",
                                        "Other",
                                        "category",
                                        "kitchen",
                                        "price",
                                        money("1.00", "EUR"),
                                        "stock",
                                        1)),
                409,
                "sku_taken");
        assertProblem(
                api().post(
                                "/api/products",
                                newUser("shopper").token(),
                                body(
                                        "sku",
                                        unique("s"),
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        money("1.00", "EUR"),
                                        "stock",
                                        1)),
                403,
                "forbidden");
    }

    @Test
    void products_refuse_invalid_prices_and_stock() {
        String token = admin().token();
        assertInvalid(
                api().post(
                                "/api/products",
                                token,
                                body(
                                        "sku",
                                        unique("s"),
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        money("1.001", "EUR"),
                                        "stock",
                                        1)),
                "price.amount");
        assertInvalid(
                api().post(
                                "/api/products",
                                token,
                                body(
                                        "sku",
                                        unique("s"),
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        money("0.00", "EUR"),
                                        "stock",
                                        1)),
                "price");
        assertInvalid(
                api().post(
                                "/api/products",
                                token,
                                body(
                                        "sku",
                                        unique("s"),
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        money("1.00", "EUR"),
                                        "stock",
                                        -1)),
                "stock");
        assertInvalid(
                api().post(
                                "/api/products",
                                token,
                                body(
                                        "sku",
                                        "bad sku!",
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        money("1.00", "EUR"),
                                        "stock",
                                        1)),
                "sku");
        assertInvalid(
                api().post(
                                "/api/products",
                                token,
                                body(
                                        "sku",
                                        unique("s"),
                                        "name",
                                        "x",
                                        "category",
                                        "c",
                                        "price",
                                        Map.of("amount", 10.5, "currency", "EUR"),
                                        "stock",
                                        1)),
                "amount");
    }

    @Test
    void anyone_browses_the_catalogue_with_search_paging_and_sort() {
        String category = unique("cat");
        String cheap = product("Alpha " + category, category, "1.00", "EUR", 1).text("id");
        String dear = product("Beta " + category, category, "9.00", "EUR", 1).text("id");

        ApiResponse byPrice = api().get("/api/products?category=" + category + "&sort=price,desc", null);
        assertThat(byPrice.status()).as(byPrice.toString()).isEqualTo(200);
        assertThat(byPrice.json().get("totalItems").getLongValue()).isEqualTo(2);
        assertThat(byPrice.json().get("items").get(0).get("id").getStringValue())
                .isEqualTo(dear);
        ApiResponse page = api().get("/api/products?q=" + category + "&size=1&page=1&sort=name,asc", null);
        assertThat(page.json().get("items").get(0).get("id").getStringValue()).isEqualTo(dear);
        assertThat(page.json().get("totalPages").getLongValue()).isEqualTo(2);

        ApiResponse one = api().get("/api/products/" + cheap, null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).isPresent();
        assertProblem(api().get("/api/products/" + UUID.randomUUID(), null), 404, "not_found");
        assertInvalid(api().get("/api/products?sort=stock,asc", null), "sort");
        assertInvalid(api().get("/api/products?size=101", null), "size");
    }

    @Test
    void admins_patch_products_with_if_match() {
        ApiResponse created = product("Lamp", "home", "10.00", "EUR", 3);
        String path = "/api/products/" + created.text("id");
        String etag = created.header("ETag").orElseThrow();

        ApiResponse patched = api().patch(
                        path,
                        admin().token(),
                        Map.of("price", money("12.50", "EUR"), "stock", 7),
                        Map.of("If-Match", etag));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("price").get("amount").getStringValue()).isEqualTo("12.50");
        assertThat(patched.json().get("stock").getIntValue()).isEqualTo(7);
        assertThat(patched.text("name")).isEqualTo("Lamp");

        assertProblem(
                api().patch(path, admin().token(), Map.of("name", "Stale"), Map.of("If-Match", etag)),
                412,
                "version_mismatch");
        assertProblem(
                api().patch(path, newUser("notadmin").token(), Map.of("name", "Mine"), Map.of()), 403, "forbidden");
        assertProblem(
                api().patch("/api/products/" + UUID.randomUUID(), admin().token(), Map.of("name", "x"), Map.of()),
                404,
                "not_found");
        assertInvalid(api().patch(path, admin().token(), Map.of("sku", "NEW"), Map.of()), "sku");
        assertInvalid(api().patch(path, admin().token(), Map.of("stock", -5), Map.of()), "stock");
    }

    @Test
    void checkout_reserves_stock_and_cancel_restores_it() {
        String productId = product("Mug", "kitchen", "4.50", "EUR", 10).text("id");
        Session customer = newUser("buyer");

        ApiResponse placed = order(customer, productId, 3);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.header("Location")).hasValue("/api/orders/" + placed.text("id"));
        assertThat(placed.text("status")).isEqualTo("PENDING");
        assertThat(placed.text("customerId")).isEqualTo(customer.id());
        JsonNode item = placed.json().get("items").get(0);
        assertThat(item.get("quantity").getIntValue()).isEqualTo(3);
        assertThat(item.get("unitPrice").get("amount").getStringValue()).isEqualTo("4.50");
        assertThat(item.get("lineTotal").get("amount").getStringValue()).isEqualTo("13.50");
        assertThat(placed.json().get("total").get("amount").getStringValue()).isEqualTo("13.50");
        assertThat(stock(productId)).isEqualTo(7);

        ApiResponse cancelled = api().post("/api/orders/" + placed.text("id") + "/cancel", customer.token(), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(stock(productId)).isEqualTo(10);
        assertProblem(
                api().post("/api/orders/" + placed.text("id") + "/cancel", customer.token(), null),
                409,
                "illegal_status_transition");
    }

    @Test
    void checkout_refusals_name_their_cause_and_change_no_stock() {
        String productId = product("Rare", "collectibles", "100.00", "EUR", 2).text("id");
        String dollars = product("Import", "collectibles", "5.00", "USD", 5).text("id");
        Session customer = newUser("refused");

        ApiResponse shortage = order(customer, productId, 3);
        assertProblem(shortage, 409, "insufficient_stock");
        assertThat(shortage.text("productId")).isEqualTo(productId);
        assertThat(shortage.json().get("detail").getStringValue()).contains(productId);

        assertProblem(order(customer, UUID.randomUUID().toString(), 1), 404, "product_not_found");
        assertProblem(
                api().post(
                                "/api/orders",
                                customer.token(),
                                Map.of(
                                        "items",
                                        List.of(
                                                Map.of("productId", productId, "quantity", 1),
                                                Map.of("productId", dollars, "quantity", 1)))),
                422,
                "currency_mismatch");
        assertInvalid(order(customer, productId, 0), "items[0].quantity");
        assertInvalid(order(customer, "not-a-uuid", 1), "items[0].productId");
        assertInvalid(api().post("/api/orders", customer.token(), Map.of("items", List.of())), "items");
        assertInvalid(
                api().post(
                                "/api/orders",
                                customer.token(),
                                Map.of(
                                        "items",
                                        List.of(Map.of("productId", productId, "quantity", 1)),
                                        "status",
                                        "DELIVERED")),
                "status");
        assertThat(stock(productId)).isEqualTo(2);
        assertThat(stock(dollars)).isEqualTo(5);
    }

    @Test
    void a_checkout_with_several_bad_lines_names_each_of_them() {
        String productId = product("Twice", "office", "1.00", "EUR", 5).text("id");
        Session customer = newUser("twice");

        // both pass the edge's checks and fail the command's own, which report every line
        ApiResponse refused = api().post(
                        "/api/orders",
                        customer.token(),
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("productId", "not-a-uuid", "quantity", 1),
                                        Map.of("productId", productId, "quantity", 1),
                                        Map.of("productId", "nor-this", "quantity", 1))));

        assertInvalid(refused, "items[0].productId");
        assertInvalid(refused, "items[2].productId");
        assertThat(stock(productId)).isEqualTo(5);
    }

    @Test
    void orders_belong_to_their_customer_and_admins() {
        String productId = product("Pen", "office", "2.00", "EUR", 100).text("id");
        Session owner = newUser("owner");
        Session other = newUser("other");
        String orderId = order(owner, productId, 1).text("id");

        assertThat(api().get("/api/orders/" + orderId, owner.token()).status()).isEqualTo(200);
        assertProblem(api().get("/api/orders/" + orderId, other.token()), 404, "not_found");
        assertProblem(api().post("/api/orders/" + orderId + "/cancel", other.token(), null), 404, "not_found");
        assertThat(api().get("/api/orders/" + orderId, admin().token()).status())
                .isEqualTo(200);

        ApiResponse mine = api().get("/api/orders", owner.token());
        assertThat(mine.json().get("totalItems").getLongValue()).isEqualTo(1);
        assertThat(api().get("/api/orders", other.token())
                        .json()
                        .get("totalItems")
                        .getLongValue())
                .isZero();
        assertProblem(api().get("/api/orders?customer=" + owner.id(), other.token()), 403, "forbidden");

        ApiResponse forAdmin = api().get("/api/orders?customer=" + owner.id() + "&status=PENDING", admin().token());
        assertThat(forAdmin.json().get("totalItems").getLongValue()).isEqualTo(1);
        assertInvalid(api().get("/api/orders?status=LOST", owner.token()), "status");
        assertInvalid(api().get("/api/orders?customer=someone", admin().token()), "customer");
    }

    @Test
    void admins_move_orders_through_their_life_cycle() {
        String productId = product("Desk", "office", "150.00", "EUR", 5).text("id");
        Session customer = newUser("lifecycle");
        String path = "/api/orders/" + order(customer, productId, 1).text("id") + "/status";

        assertProblem(api().post(path, customer.token(), Map.of("status", "SHIPPED")), 403, "forbidden");
        assertProblem(api().post(path, admin().token(), Map.of("status", "SHIPPED")), 409, "illegal_status_transition");
        for (String status : List.of("PROCESSING", "SHIPPED", "DELIVERED")) {
            ApiResponse moved = api().post(path, admin().token(), Map.of("status", status));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.text("status")).isEqualTo(status);
        }
        assertInvalid(api().post(path, admin().token(), Map.of("status", "LOST")), "status");
        assertProblem(
                api().post(
                                "/api/orders/" + UUID.randomUUID() + "/status",
                                admin().token(),
                                Map.of("status", "PROCESSING")),
                404,
                "not_found");
    }

    @Test
    void admins_read_sales_and_daily_reports() {
        String category = unique("rep");
        String productId = product("Report item", category, "10.00", "EUR", 50).text("id");
        Session customer = newUser("reported");
        order(customer, productId, 2);
        String cancelled = order(customer, productId, 5).text("id");
        api().post("/api/orders/" + cancelled + "/cancel", customer.token(), null);

        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        ApiResponse sales = api().get("/api/reports/sales?from=" + today + "&to=" + tomorrow, admin().token());
        assertThat(sales.status()).as(sales.toString()).isEqualTo(200);
        JsonNode categories = sales.json().get("revenueByCategory");
        String revenue = null;
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).get("category").getStringValue().equals(category)) {
                revenue = categories.get(i).get("revenue").get("amount").getStringValue();
            }
        }
        assertThat(revenue).isEqualTo("20.00");
        assertThat(sales.json().get("topCustomers").size()).isBetween(1, 10);
        assertThat(sales.json().get("monthlyRevenue").size()).isPositive();
        assertThat(sales.json().get("averageOrderValue").size()).isPositive();

        assertInvalid(api().get("/api/reports/sales?from=" + today, admin().token()), "to");
        assertInvalid(api().get("/api/reports/sales?from=" + tomorrow + "&to=" + today, admin().token()), "to");
        assertInvalid(api().get("/api/reports/sales?from=soon&to=" + today, admin().token()), "from");
        assertProblem(
                api().get("/api/reports/sales?from=" + today + "&to=" + tomorrow, customer.token()), 403, "forbidden");

        ApiResponse daily = api().get("/api/reports/orders/daily?days=7", admin().token());
        assertThat(daily.status()).as(daily.toString()).isEqualTo(200);
        assertThat(daily.json().size()).isPositive();
        assertThat(daily.json().get(0).get("orders").getLongValue()).isPositive();
        assertThat(api().get("/api/reports/orders/daily", admin().token()).status())
                .isEqualTo(200);
        assertInvalid(api().get("/api/reports/orders/daily?days=0", admin().token()), "days");
        assertInvalid(api().get("/api/reports/orders/daily?days=367", admin().token()), "days");
        assertProblem(api().get("/api/reports/orders/daily", customer.token()), 403, "forbidden");
    }

    private int stock(String productId) {
        return api().get("/api/products/" + productId, null).json().get("stock").getIntValue();
    }
}
