package dev.portside.adapters.mongo.testsupport;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Skips the tests a {@link NeedsTransactions} names when the test server has no transactions. */
final class TransactionsCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> method = context.getTestMethod().map(java.lang.reflect.Method::getName);
        Optional<NeedsTransactions> needs =
                context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, NeedsTransactions.class));
        if (method.isEmpty()
                || needs.isEmpty()
                || !Arrays.asList(needs.get().value()).contains(method.get())) {
            return ConditionEvaluationResult.enabled("does not need transactions");
        }
        TestMongo.Server server = TestMongo.server();
        if (server.supportsTransactions()) {
            return ConditionEvaluationResult.enabled("transactions available on " + server.source());
        }
        return ConditionEvaluationResult.disabled(server.source() + " has no transactions; " + method.get()
                + " needs a rollback and runs on a replica set (" + TestMongo.URI_VARIABLE + " or Docker)");
    }
}
