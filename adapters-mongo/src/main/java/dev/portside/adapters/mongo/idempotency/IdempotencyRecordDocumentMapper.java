package dev.portside.adapters.mongo.idempotency;

import dev.portside.application.idempotency.StoredResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;

@Mapper
interface IdempotencyRecordDocumentMapper {

    IdempotencyRecordDocument.Response toDocument(StoredResponse response);

    StoredResponse toResponse(IdempotencyRecordDocument.Response response);

    default List<IdempotencyRecordDocument.Header> headers(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> new IdempotencyRecordDocument.Header(header.getKey(), header.getValue()))
                .toList();
    }

    default Map<String, String> headers(List<IdempotencyRecordDocument.Header> headers) {
        Map<String, String> map = new LinkedHashMap<>();
        headers.forEach(header -> map.put(header.name(), header.value()));
        return map;
    }
}
