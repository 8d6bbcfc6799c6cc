package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = {DocumentValues.class, ShopValues.class}, imports = DocumentValues.class)
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

    default UUID orderId(OrderId id) {
        return id.value();
    }

    default OrderId orderId(UUID id) {
        return new OrderId(id);
    }

    default UUID productId(ProductId id) {
        return id.value();
    }

    default ProductId productId(UUID id) {
        return new ProductId(id);
    }

    default UUID userId(UserId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }
}
