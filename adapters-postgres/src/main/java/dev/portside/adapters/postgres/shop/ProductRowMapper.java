package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shop.Product;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Products to and from their rows; the product's constructor re-checks its invariants. */
@Mapper(uses = StoredValues.class, imports = StoredValues.class)
interface ProductRowMapper {

    @Mapping(target = "price", expression = "java(StoredValues.money(row.price(), row.currency()))")
    // the product's behaviours, which MapStruct takes for fluent setters
    @Mapping(target = "reserve", ignore = true)
    @Mapping(target = "release", ignore = true)
    @Mapping(target = "rename", ignore = true)
    @Mapping(target = "recategorize", ignore = true)
    @Mapping(target = "reprice", ignore = true)
    @Mapping(target = "restock", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Product toProduct(ProductRow row);

    @Mapping(target = "price", source = "price.amount")
    @Mapping(target = "currency", source = "price.currency")
    ProductRow toRow(Product product);
}
