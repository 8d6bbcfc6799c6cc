/**
 * The shop: products with stock, and orders that reserve it.
 *
 * <p>Decisions every adapter and client relies on:
 * <ul>
 *   <li>SKUs are case-insensitive and stored upper case ({@link dev.portside.domain.shop.Sku}).</li>
 *   <li>An order has one currency ({@code currency_mismatch} otherwise), 1-50 lines, at most one
 *       line per product (a repeated product is refused, not merged) and 1-1000 units a line.</li>
 *   <li>Order lines snapshot sku, name, category and unit price; later product edits never change
 *       an order or the sales reports.</li>
 *   <li>Status: {@code PENDING -> PROCESSING -> SHIPPED -> DELIVERED}, {@code CANCELLED} only from
 *       {@code PENDING}; cancelling restores the stock.</li>
 *   <li>Creation times are kept to the millisecond, the precision every backend stores.</li>
 * </ul>
 */
package dev.portside.domain.shop;
