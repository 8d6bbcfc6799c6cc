package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two compare-and-set steps of the cache, as Lua so each is atomic in Redis and costs one round
 * trip. An id key holds one of (ASCII header, then the payload):
 * <ul>
 *   <li>{@code V<version>|<payload>}: the entity at that version;</li>
 *   <li>{@code T<version>|}: a write marker: a unit of work is writing, or has just committed, that
 *       version; reads miss, and only a fill of at least that version may replace it;</li>
 *   <li>{@code D0|}: the entity was deleted; reads miss and nothing may be filled until it expires.</li>
 * </ul>
 */
final class CacheScripts {

    /**
     * KEYS[1] id key, KEYS[2..] unique-key pointers to set; ARGV[1] version, ARGV[2] entry, ARGV[3] ttl ms.
     * Refuses (0) when the key holds the same or a newer version, a newer write marker, or a deletion:
     * this is what stops a slow reader from caching what it read before a concurrent write committed.
     */
    static final Script FILL = new Script("""
            local current = redis.call('GET', KEYS[1])
            if current then
              local kind, version = string.match(current, '^(%u)(%d+)|')
              version = tonumber(version)
              local incoming = tonumber(ARGV[1])
              if kind == 'D' or (kind == 'V' and version >= incoming) or (kind == 'T' and version > incoming) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            for i = 2, #KEYS do
              redis.call('SET', KEYS[i], KEYS[1], 'PX', ARGV[3])
            end
            return 1
            """);

    /**
     * KEYS[1] id key, KEYS[2..] keys to delete; ARGV[1] 'T' or 'D', ARGV[2] version, ARGV[3] ttl ms.
     * Puts a write marker (never lowering a newer one, never replacing a deletion or a cached entry that
     * is already at least that version) and returns what the id key held before ('' when nothing).
     */
    static final Script MARK = new Script("""
            local current = redis.call('GET', KEYS[1])
            local kind = ARGV[1]
            local version = ARGV[2]
            local keep = false
            if current then
              local k, v = string.match(current, '^(%u)(%d+)|')
              if k == 'D' then
                keep = true
              elseif kind == 'T' and k == 'V' and tonumber(v) >= tonumber(version) then
                keep = true
              elseif kind == 'T' and k == 'T' and tonumber(v) > tonumber(version) then
                version = v
              end
            end
            if not keep then
              redis.call('SET', KEYS[1], kind .. version .. '|', 'PX', ARGV[3])
            end
            for i = 2, #KEYS do
              redis.call('DEL', KEYS[i])
            end
            return current or ''
            """);

    private CacheScripts() {}

    /** A script run by its SHA-1, sent in full only when Redis does not know it (e.g. after a restart). */
    record Script(String source, String sha) {

        Script(String source) {
            this(source, sha1(source));
        }

        <T> T run(RedisCommands<String, byte[]> commands, ScriptOutputType type, String[] keys, byte[]... args) {
            try {
                return commands.evalsha(sha, type, keys, args);
            } catch (RedisNoScriptException unknown) {
                return commands.eval(source, type, keys, args);
            }
        }

        private static String sha1(String source) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is part of every JDK", e);
            }
        }
    }
}
