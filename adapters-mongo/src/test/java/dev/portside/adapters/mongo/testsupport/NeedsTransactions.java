package dev.portside.adapters.mongo.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names the tests of a class (usually inherited from a testkit contract, which this module cannot
 * annotate) that need a rollback. On a server without transactions they are skipped with a reason
 * naming the server; everywhere else they run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TransactionsCondition.class)
public @interface NeedsTransactions {

    /** Test method names. */
    String[] value();
}
