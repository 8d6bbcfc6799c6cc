package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.Actors;
import dev.portside.application.shared.Actor;
import dev.portside.application.shop.GetDailyOrderReport;
import dev.portside.application.shop.GetDailyOrderReportQuery;
import dev.portside.application.shop.GetSalesReport;
import dev.portside.application.shop.GetSalesReportQuery;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/reports")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "shop")
class ReportsController {

    private final GetSalesReport getSalesReport;
    private final GetDailyOrderReport getDailyOrderReport;
    private final ShopMapper mapper;

    ReportsController(ShopUseCases shop, ShopMapper mapper) {
        this.getSalesReport = shop.getSalesReport();
        this.getDailyOrderReport = shop.getDailyOrderReport();
        this.mapper = mapper;
    }

    @Get("/sales")
    @Ok
    @Operation(
            summary =
                    "Sales in [from, to): revenue by category, average order value, top 10 customers, monthly revenue")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    SalesReportResponse sales(
            Authentication authentication,
            @Nullable @QueryValue @Size(max = 40) String from,
            @Nullable @QueryValue @Size(max = 40) String to) {
        GetSalesReportQuery query = GetSalesReportQuery.of(
                Actors.from(authentication),
                QueryValues.instant("from", from).orElseThrow(() -> new ValidationException("from", "is required")),
                QueryValues.instant("to", to).orElseThrow(() -> new ValidationException("to", "is required")));
        return mapper.salesReport(getSalesReport.get(query));
    }

    @Get("/orders/daily")
    @Ok
    @Operation(summary = "Orders, revenue and average order value per day for the last `days` days (1-366, default 30)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "403", ref = DocumentedProblems.FORBIDDEN)
    List<DailyOrdersResponse> daily(
            Authentication authentication, @Nullable @QueryValue @Min(1) @Max(366) Integer days) {
        Actor actor = Actors.from(authentication);
        GetDailyOrderReportQuery query =
                days == null ? GetDailyOrderReportQuery.lastMonth(actor) : new GetDailyOrderReportQuery(actor, days);
        return mapper.days(getDailyOrderReport.get(query));
    }
}
