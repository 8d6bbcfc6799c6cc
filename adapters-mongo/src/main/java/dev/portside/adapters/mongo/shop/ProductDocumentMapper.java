package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shop.Product;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
interface ProductDocumentMapper {

    @Mapping(target = "categoryKey", expression = "java(ProductDocument.categoryKey(product.category()))")
    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(product.version()))")
    ProductDocument toDocument(Product product);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    // the aggregate's transitions look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "reserve", ignore = true)
    @Mapping(target = "release", ignore = true)
    @Mapping(target = "rename", ignore = true)
    @Mapping(target = "recategorize", ignore = true)
    @Mapping(target = "reprice", ignore = true)
    @Mapping(target = "restock", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Product toProduct(ProductDocument document);
}
