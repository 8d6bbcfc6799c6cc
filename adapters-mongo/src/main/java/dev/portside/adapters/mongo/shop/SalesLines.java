package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.shop.port.SalesReport;
import io.micronaut.data.mongodb.annotation.MongoAggregateQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The shop's reports over {@code orders}: each one aggregation, in the order the report lists its lines. */
@MongoRepository
@MongoAdapter
interface SalesLines extends GenericRepository<SalesLine, String> {

    /** Orders created in {@code [from, to)} that were not cancelled (served by {@code orders_created_at}). */
    String COUNTED_ORDERS = "{$match: {createdAt: {$gte: :from, $lt: :to}, status: {$ne: 'CANCELLED'}}}";

    /**
     * The period's counted orders fanned out by {@code $facet} into the four figures, each grouped per
     * currency and sorted as the report lists them; the top customers are cut to
     * {@value SalesReport#TOP_CUSTOMERS} per currency inside the pipeline. The facets' lines are then
     * concatenated into one stream of {@link SalesLine}s.
     */
    @MongoAggregateQuery("[" + COUNTED_ORDERS + ", {$facet: {"
            + "byCategory: [{$unwind: '$items'},"
            + " {$group: {_id: {currency: '$currency', category: '$items.category'}, revenue: {$sum: '$items.lineTotal'}}},"
            + " {$sort: {'_id.currency': 1, revenue: -1, '_id.category': 1}},"
            + " {$project: {_id: {$literal: 'byCategory'}, currency: '$_id.currency', category: '$_id.category', revenue: 1}}],"
            + "byCurrency: [{$group: {_id: '$currency', orders: {$sum: 1}, revenue: {$sum: '$total'}}}, {$sort: {_id: 1}},"
            + " {$project: {_id: {$literal: 'byCurrency'}, currency: '$_id', orders: 1, revenue: 1}}],"
            + "topCustomers: [{$group: {_id: {currency: '$currency', customer: '$customerId'}, orders: {$sum: 1}, revenue: {$sum: '$total'}}},"
            + " {$sort: {'_id.currency': 1, revenue: -1, '_id.customer': 1}},"
            + " {$group: {_id: '$_id.currency', customers: {$push: {customer: '$_id.customer', orders: '$orders', revenue: '$revenue'}}}},"
            + " {$sort: {_id: 1}}, {$project: {customers: {$slice: ['$customers', " + SalesReport.TOP_CUSTOMERS
            + "]}}},"
            + " {$unwind: '$customers'},"
            + " {$project: {_id: {$literal: 'topCustomer'}, currency: '$_id', customer: '$customers.customer', orders: '$customers.orders',"
            + " revenue: '$customers.revenue'}}],"
            + "byMonth: [{$group: {_id: {year: {$year: '$createdAt'}, month: {$month: '$createdAt'}, currency: '$currency'},"
            + " revenue: {$sum: '$total'}}},"
            + " {$sort: {'_id.year': 1, '_id.month': 1, '_id.currency': 1}},"
            + " {$project: {_id: {$literal: 'byMonth'}, currency: '$_id.currency', year: '$_id.year', month: '$_id.month', revenue: 1}}]}},"
            + "{$project: {lines: {$concatArrays: ['$byCategory', '$byCurrency', '$topCustomers', '$byMonth']}}},"
            + "{$unwind: '$lines'}, {$replaceRoot: {newRoot: '$lines'}}]")
    List<SalesLine> report(Instant from, Instant to);

    /** Orders per UTC day and currency ({@code $dateToString} formats in UTC); the day is the line's {@code _id}. */
    @MongoAggregateQuery("[" + COUNTED_ORDERS + ","
            + " {$group: {_id: {day: {$dateToString: {format: '%Y-%m-%d', date: '$createdAt'}}, currency: '$currency'},"
            + " orders: {$sum: 1}, revenue: {$sum: '$total'}}},"
            + " {$sort: {'_id.day': 1, '_id.currency': 1}},"
            + " {$project: {_id: '$_id.day', currency: '$_id.currency', orders: 1, revenue: 1}}]")
    List<SalesLine> daily(Instant from, Instant to);
}
