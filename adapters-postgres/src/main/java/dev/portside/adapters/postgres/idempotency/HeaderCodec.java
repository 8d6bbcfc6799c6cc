package dev.portside.adapters.postgres.idempotency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Stores replayed response headers as "name: value" lines; HTTP header names never hold ':' or newlines. */
final class HeaderCodec {

    private HeaderCodec() {}

    static String encode(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return headers;
        }
        for (String line : encoded.split("\n")) {
            int colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return headers;
    }
}
