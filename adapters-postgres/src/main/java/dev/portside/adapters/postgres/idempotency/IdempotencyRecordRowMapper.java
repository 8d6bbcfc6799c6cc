package dev.portside.adapters.postgres.idempotency;

import dev.portside.application.idempotency.StoredResponse;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The stored response of a completed record, and the header column's text form. */
@Mapper
interface IdempotencyRecordRowMapper {

    @Mapping(target = "status", source = "responseStatus")
    @Mapping(target = "headers", source = "responseHeaders")
    @Mapping(target = "body", source = "responseBody")
    StoredResponse storedResponse(IdempotencyRecordRow row);

    default Map<String, String> headers(String encoded) {
        return HeaderCodec.decode(encoded);
    }

    default String headers(Map<String, String> headers) {
        return HeaderCodec.encode(headers);
    }
}
