package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.idempotency.Idempotent;
import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.PageParams;
import dev.portside.adapters.http.paging.PageResponse;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.shared.ETags;
import dev.portside.adapters.http.shared.Ids;
import dev.portside.application.shared.Actor;
import dev.portside.application.shop.CancelOrder;
import dev.portside.application.shop.CancelOrderCommand;
import dev.portside.application.shop.ChangeOrderStatus;
import dev.portside.application.shop.ChangeOrderStatusCommand;
import dev.portside.application.shop.GetOrder;
import dev.portside.application.shop.GetOrderQuery;
import dev.portside.application.shop.ListOrders;
import dev.portside.application.shop.ListOrdersQuery;
import dev.portside.application.shop.OrderLine;
import dev.portside.application.shop.PlaceOrder;
import dev.portside.application.shop.PlaceOrderCommand;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.user.UserId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "shop")
class OrdersController {

    private final PlaceOrder placeOrder;
    private final ListOrders listOrders;
    private final GetOrder getOrder;
    private final CancelOrder cancelOrder;
    private final ChangeOrderStatus changeOrderStatus;
    private final ShopMapper mapper;

    OrdersController(ShopUseCases shop, ShopMapper mapper) {
        this.placeOrder = shop.placeOrder();
        this.listOrders = shop.listOrders();
        this.getOrder = shop.getOrder();
        this.cancelOrder = shop.cancelOrder();
        this.changeOrderStatus = shop.changeOrderStatus();
        this.mapper = mapper;
    }

    @Post
    @Idempotent
    @Created
    @Operation(
            summary =
                    "Check out: reserves stock for every line or none; an optional Idempotency-Key makes retries safe")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.PRODUCT_NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.INSUFFICIENT_STOCK_OR_KEY_IN_USE)
    @ApiResponse(responseCode = "422", ref = DocumentedProblems.ORDER_REFUSED)
    HttpResponse<OrderResponse> place(
            Authentication authentication,
            // bound (though @Idempotent reads it) so that the document names it
            @Nullable @Schema(minLength = 1, maxLength = 255) @Header(Idempotent.HEADER) String idempotencyKey,
            @Body @Valid PlaceOrderRequest request) {
        Order order = placeOrder.place(command(Actors.from(authentication), request));
        return HttpResponse.created(mapper.order(order), URI.create("/api/orders/" + order.id()))
                .header(HttpHeaders.ETAG, ETags.of(order.version()));
    }

    @Get
    @Ok
    @Operation(summary = "Orders, newest first: a user's own; an admin's all, or one customer's")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    PageResponse<OrderResponse> list(
            Authentication authentication,
            @Nullable @QueryValue @Size(max = 20) String status,
            @Nullable @QueryValue @Size(max = 36) String customer,
            @Nullable @QueryValue @Min(0) @Max(Integer.MAX_VALUE) Integer page,
            @Nullable @QueryValue @Min(1) @Max(100) Integer size,
            @Nullable @QueryValue @Size(max = 100) String sort) {
        ListOrdersQuery query = new ListOrdersQuery(
                Actors.from(authentication),
                QueryValues.text(customer).map(text -> new UserId(Ids.uuid("customer", text))),
                QueryValues.text(status).map(OrderStatus::parse),
                PageParams.parse(
                        OrderSortField.class, page, size, sort, OrderSortField.CREATED_AT, SortDirection.DESC));
        return PageResponse.of(listOrders.list(query), mapper::order);
    }

    @Get("/{id}")
    @Ok
    @Operation(summary = "One order, for its customer or an admin (404 otherwise)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<OrderResponse> get(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(getOrder.get(new GetOrderQuery(Actors.from(authentication), new OrderId(id))));
    }

    @Post("/{id}/cancel")
    @Ok
    @Operation(summary = "Cancel a pending order and restore its stock (customer or admin)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.ILLEGAL_STATUS_TRANSITION)
    HttpResponse<OrderResponse> cancel(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(cancelOrder.cancel(new CancelOrderCommand(Actors.from(authentication), new OrderId(id))));
    }

    @Post("/{id}/status")
    @Ok
    @Secured("ADMIN")
    @Operation(summary = "Move an order along PENDING -> PROCESSING -> SHIPPED -> DELIVERED (admins)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.ILLEGAL_STATUS_TRANSITION)
    HttpResponse<OrderResponse> changeStatus(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Body @Valid ChangeOrderStatusRequest request) {
        return withETag(changeOrderStatus.change(new ChangeOrderStatusCommand(
                Actors.from(authentication), new OrderId(id), OrderStatus.parse(request.status()))));
    }

    private HttpResponse<OrderResponse> withETag(Order order) {
        return HttpResponse.ok(mapper.order(order)).header(HttpHeaders.ETAG, ETags.of(order.version()));
    }

    private static PlaceOrderCommand command(Actor actor, PlaceOrderRequest request) {
        // every bad line is reported at once, each error named by its line
        Validation check = new Validation();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            PlaceOrderRequest.Line line = request.items().get(i);
            String prefix = "items[" + i + "].";
            ProductId productId =
                    check.parse(() -> prefixed(prefix, () -> ProductId.parse("productId", line.productId())));
            Quantity quantity = check.parse(() -> prefixed(prefix, () -> Quantity.of(line.quantity())));
            if (productId != null && quantity != null) {
                lines.add(new OrderLine(productId, quantity));
            }
        }
        check.done();
        return new PlaceOrderCommand(actor, lines);
    }

    private static <T> T prefixed(String prefix, Supplier<T> value) {
        try {
            return value.get();
        } catch (ValidationException invalid) {
            throw invalid.prefixed(prefix);
        }
    }
}
