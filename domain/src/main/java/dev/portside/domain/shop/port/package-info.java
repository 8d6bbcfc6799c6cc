/**
 * The shop's driven ports. Their behaviour is pinned down by the contract suites in
 * {@code dev.portside.testkit.shop}, which every adapter runs: ids ordered like PostgreSQL uuids
 * (unsigned, most significant half first), sorts tie-broken by id in the sort's direction, search
 * text literal and case-insensitive (ASCII), reports grouped per currency with cancelled orders
 * excluded and averages derived from exact sums ({@link dev.portside.domain.shop.port.OrderValue}).
 */
package dev.portside.domain.shop.port;
