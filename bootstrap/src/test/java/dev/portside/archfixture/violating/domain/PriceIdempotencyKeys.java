package dev.portside.archfixture.violating.domain;

/** Breaks "the domain holds no idempotency or retry machinery": a transport concern in the domain. */
public class PriceIdempotencyKeys {}
