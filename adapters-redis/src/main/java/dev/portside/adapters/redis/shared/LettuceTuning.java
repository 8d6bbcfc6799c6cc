package dev.portside.adapters.redis.shared;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lettuce settings that make a Redis outage cheap. By default Lettuce queues commands while it is
 * disconnected and times them out after 60 s, which would stall every request during an outage.
 */
public final class LettuceTuning {

    private LettuceTuning() {}

    public static ClientOptions clientOptions(CacheSettings settings) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(settings.connectTimeout())
                        .build())
                .build();
    }

    /** Lettuce's default backoff grows to 30 s; the cache should be back within a couple of seconds. */
    public static Delay reconnectDelay(CacheSettings settings) {
        return Delay.exponential(Duration.ofMillis(20), settings.maxReconnectDelay(), 2, TimeUnit.MILLISECONDS);
    }
}
