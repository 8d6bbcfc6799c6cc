package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.InsufficientStockException;

/** Translates the domain's refusals into problems: the status follows the code's kind. */
public final class DomainProblems {

    private DomainProblems() {}

    public static Problem from(DomainException refusal) {
        if (refusal instanceof ValidationException invalid) {
            return Problems.invalid(invalid);
        }
        Problem problem = Problems.of(refusal.errorCode(), refusal.getMessage());
        if (refusal instanceof InsufficientStockException shortage) {
            return new Problem(
                    problem.type(),
                    problem.title(),
                    problem.status(),
                    problem.detail(),
                    problem.code(),
                    problem.errors(),
                    shortage.productId().toString());
        }
        return problem;
    }
}
