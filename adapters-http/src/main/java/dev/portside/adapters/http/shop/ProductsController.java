package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.PageParams;
import dev.portside.adapters.http.paging.PageResponse;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.shared.ETags;
import dev.portside.application.shop.CreateProduct;
import dev.portside.application.shop.CreateProductCommand;
import dev.portside.application.shop.GetProduct;
import dev.portside.application.shop.GetProductQuery;
import dev.portside.application.shop.SearchProducts;
import dev.portside.application.shop.SearchProductsQuery;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.application.shop.UpdateProduct;
import dev.portside.application.shop.UpdateProductCommand;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
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
import java.util.UUID;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "shop")
class ProductsController {

    private final CreateProduct createProduct;
    private final SearchProducts searchProducts;
    private final GetProduct getProduct;
    private final UpdateProduct updateProduct;
    private final ShopMapper mapper;

    ProductsController(ShopUseCases shop, ShopMapper mapper) {
        this.createProduct = shop.createProduct();
        this.searchProducts = shop.searchProducts();
        this.getProduct = shop.getProduct();
        this.updateProduct = shop.updateProduct();
        this.mapper = mapper;
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Add a product to the catalogue (admins); a taken sku is 409 sku_taken")
    @Created
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.SKU_TAKEN)
    HttpResponse<ProductResponse> create(Authentication authentication, @Body @Valid CreateProductRequest request) {
        CreateProductCommand command = new CreateProductCommand(
                Actors.from(authentication),
                new Sku(request.sku()),
                new ProductName(request.name()),
                new Category(request.category()),
                request.price().toMoney("price"),
                request.stock());
        Product product = createProduct.create(command);
        return HttpResponse.created(mapper.product(product), URI.create("/api/products/" + product.id()))
                .header(HttpHeaders.ETAG, ETags.of(product.version()));
    }

    @Get
    @Ok
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The catalogue: q in name or sku, category, paging, sort name|price|createdAt")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    PageResponse<ProductResponse> search(
            @Nullable @QueryValue @Size(max = 255) String q,
            @Nullable @QueryValue @Size(max = 100) String category,
            @Nullable @QueryValue @Min(0) @Max(Integer.MAX_VALUE) Integer page,
            @Nullable @QueryValue @Min(1) @Max(100) Integer size,
            @Nullable @QueryValue @Size(max = 100) String sort) {
        ProductSearch criteria = new ProductSearch(
                QueryValues.text(q), QueryValues.text(category).map(Category::new));
        return PageResponse.of(
                searchProducts.search(new SearchProductsQuery(
                        criteria,
                        PageParams.parse(
                                ProductSortField.class, page, size, sort, ProductSortField.NAME, SortDirection.ASC))),
                mapper::product);
    }

    @Get("/{id}")
    @Ok
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One product")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<ProductResponse> get(@PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        return withETag(getProduct.get(new GetProductQuery(new ProductId(id))));
    }

    @Patch("/{id}")
    @Ok
    @Secured("ADMIN")
    @Operation(summary = "Change name, category, price or stock (admins); honours If-Match")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "412", ref = DocumentedProblems.VERSION_MISMATCH)
    HttpResponse<ProductResponse> update(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Nullable @Schema(maxLength = 64) @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Body @Valid UpdateProductRequest request) {
        UpdateProductCommand command = UpdateProductCommand.of(Actors.from(authentication), new ProductId(id));
        if (request.name() != null) {
            command = command.withName(new ProductName(request.name()));
        }
        if (request.category() != null) {
            command = command.withCategory(new Category(request.category()));
        }
        if (request.price() != null) {
            command = command.withPrice(request.price().toMoney("price"));
        }
        if (request.stock() != null) {
            command = command.withStock(request.stock());
        }
        var expected = ETags.expectedVersion(ifMatch);
        if (expected.isPresent()) {
            command = command.expectingVersion(expected.getAsLong());
        }
        return withETag(updateProduct.update(command));
    }

    private HttpResponse<ProductResponse> withETag(Product product) {
        return HttpResponse.ok(mapper.product(product)).header(HttpHeaders.ETAG, ETags.of(product.version()));
    }
}
