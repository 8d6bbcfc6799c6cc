package dev.portside.adapters.mongo.idempotency;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * An idempotency record in {@code idempotency_records}, one per caller-scoped key ({@code _id} is the
 * scope and key). The response is absent while the request that claimed the key is running.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(IdempotencyRecordDocument.COLLECTION)
record IdempotencyRecordDocument(
        @EmbeddedId Key id,
        String fingerprint,
        Instant claimedAt,
        Instant expiresAt,
        @Nullable @Relation(Relation.Kind.EMBEDDED) Response response) {

    static final String COLLECTION = "idempotency_records";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Embeddable
    record Key(String scope, String key) {}

    /** Headers as name/value pairs: header names may hold '.' or '$', which field names should not. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Embeddable
    record Response(int status, List<Header> headers, String body) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Embeddable
    record Header(String name, String value) {}
}
