package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
interface OrderDocumentMapper {

    @Mapping(target = "currency", expression = "java(order.currency().getCurrencyCode())")
    @Mapping(target = "total", expression = "java(order.total().amount())")
    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(order.version()))")
    OrderDocument toDocument(Order order);

    @Mapping(target = "lineTotal", expression = "java(item.lineTotal().amount())")
    OrderDocument.Item toDocument(OrderItem item);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    @Mapping(target = "changeStatus", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Order toOrder(OrderDocument document);

    OrderItem toItem(OrderDocument.Item item);
}
