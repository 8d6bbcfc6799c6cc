package dev.portside.adapters.redis.shared;

import io.lettuce.core.resource.ClientResources;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Caps Lettuce's reconnect backoff (see {@link LettuceTuning#reconnectDelay}). */
@Singleton
@Requires(env = "redis")
final class FastReconnect implements ClientResourcesMutator {

    private final CacheSettings settings;

    FastReconnect(CacheSettings settings) {
        this.settings = settings;
    }

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration config) {
        builder.reconnectDelay(LettuceTuning.reconnectDelay(settings));
    }
}
