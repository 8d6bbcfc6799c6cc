package dev.portside.adapters.mongo.shared;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean of the MongoDB adapter. It exists only in the {@code mongo} environment and with a
 * {@code mongodb.uri}: the environment alone decides the backend, so a stray {@code MONGODB_URI} in the
 * shell of a PostgreSQL service starts nothing of this module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Requires(env = MongoAdapter.ENVIRONMENT)
@Requires(property = "mongodb.uri")
public @interface MongoAdapter {

    /** The Micronaut environment that selects MongoDB as the storage. */
    String ENVIRONMENT = "mongo";
}
