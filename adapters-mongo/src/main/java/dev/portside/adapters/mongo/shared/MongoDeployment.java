package dev.portside.adapters.mongo.shared;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the connected deployment can do, asked once while the context starts. A deployment without
 * transactions (a standalone server) stops the start as an invalid setting (ADR 12): the service's
 * invariants (a transfer moves money out of one account and into another, or not at all) cannot hold
 * without them, and a service that reports healthy and then answers 503 to every request helps nobody.
 */
@Context
@MongoAdapter
public final class MongoDeployment {

    /** Test-only escape hatch, see {@link #nonTransactionalAllowed()}. */
    public static final String ALLOW_NON_TRANSACTIONAL = "portside.mongo.allow-non-transactional-for-tests";

    private static final Logger LOG = LoggerFactory.getLogger(MongoDeployment.class);

    private final TransactionSupport support;
    private final boolean nonTransactionalAllowed;

    MongoDeployment(
            MongoStorage storage, @Value("${" + ALLOW_NON_TRANSACTIONAL + ":false}") boolean nonTransactionalAllowed) {
        this.support = TransactionSupport.probe(storage.client());
        this.nonTransactionalAllowed = nonTransactionalAllowed;
        if (!support.available() && nonTransactionalAllowed) {
            LOG.warn(
                    "MongoDB {} has no transactions and {}=true: units of work run WITHOUT atomicity "
                            + "(test setting, never use it for a service)",
                    support.deployment(),
                    ALLOW_NON_TRANSACTIONAL);
        } else if (!support.available()) {
            throw new ConfigurationException(refusal(support.deployment()));
        }
    }

    /** The one line an operator sees (PortsideMicronaut prints it and exits with status 2). */
    static String refusal(String deployment) {
        return "invalid setting MONGODB_URI (mongodb.uri): must point at a replica set, the MongoDB " + deployment
                + " has no transactions (a single-node replica set will do: start mongod --replSet rs0, run"
                + " rs.initiate() once, and add ?replicaSet=rs0 to the URI)";
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
