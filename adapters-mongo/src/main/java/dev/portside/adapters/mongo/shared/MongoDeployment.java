package dev.portside.adapters.mongo.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connected deployment can do, asked once when the adapter starts. Without transactions the
 * adapter says so in one log line and {@link MongoUnitOfWork} refuses every unit, because the
 * service's invariants (a transfer moves money out of one account and into another, or not at all)
 * cannot hold without them.
 */
@Singleton
@MongoAdapter
public final class MongoDeployment {

    /** Test-only escape hatch, see {@link #nonTransactionalAllowed()}. */
    public static final String ALLOW_NON_TRANSACTIONAL = "portside.mongo.allow-non-transactional-for-tests";

    private static final Logger LOG = LoggerFactory.getLogger(MongoDeployment.class);

    private final TransactionSupport support;
    private final boolean nonTransactionalAllowed;

    MongoDeployment(MongoStorage storage, @Value("${" + ALLOW_NON_TRANSACTIONAL + ":false}") boolean nonTransactionalAllowed) {
        this.support = TransactionSupport.probe(storage.client());
        this.nonTransactionalAllowed = nonTransactionalAllowed;
        if (!support.available() && nonTransactionalAllowed) {
            LOG.warn("MongoDB {} has no transactions and {}=true: units of work run WITHOUT atomicity "
                    + "(test setting, never use it for a service)", support.deployment(), ALLOW_NON_TRANSACTIONAL);
        } else if (!support.available()) {
            LOG.error("MongoDB {} cannot run transactions: every unit of work will fail until MONGODB_URI points "
                    + "at a replica set (a single-node replica set will do: mongod --replSet rs0, then rs.initiate())", support.deployment());
        }
    }

    public boolean supportsTransactions() {
        return support.available();
    }

    public String deployment() {
        return support.deployment();
    }

    /**
     * Whether units of work may run without a transaction on a server that has none. Only the test
     * configuration for the in-process server sets it, so that the CRUD and query contracts can run
     * there; anything that relies on a rollback is wrong in this mode.
     */
    public boolean nonTransactionalAllowed() {
        return nonTransactionalAllowed;
    }
}
