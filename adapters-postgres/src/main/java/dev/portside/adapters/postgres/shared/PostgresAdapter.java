package dev.portside.adapters.postgres.shared;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.sql.DataSource;

/**
 * Marks a bean of the PostgreSQL adapter. It exists only when a {@link DataSource} does: the MongoDB
 * configuration switches the data source off ({@code datasources.default.enabled=false}), and then
 * nothing of this module starts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Requires(beans = DataSource.class)
public @interface PostgresAdapter {}
