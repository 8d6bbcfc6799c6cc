package dev.portside.application.shop;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ShopEvents;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class UpdateProductService implements UpdateProduct {

    private final ProductRepository products;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public UpdateProductService(ProductRepository products, Outbox outbox, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products, "products");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Product update(UpdateProductCommand command) {
        Admins.require(command.actor());
        return unitOfWork.execute(() -> {
            Product current =
                    products.findById(command.productId()).orElseThrow(() -> DomainException.notFound("product"));
            if (command.expectedVersion().isPresent()
                    && command.expectedVersion().getAsLong() != current.version()) {
                throw new DomainException(
                        ErrorCode.VERSION_MISMATCH,
                        "product is at version " + current.version() + ", not "
                                + command.expectedVersion().getAsLong());
            }
            Product changed = current;
            changed = command.name().map(changed::rename).orElse(changed);
            changed = command.category().map(changed::recategorize).orElse(changed);
            changed = command.price().map(changed::reprice).orElse(changed);
            if (command.stock().isPresent()) {
                changed = changed.restock(command.stock().getAsInt());
            }
            // an empty or no-op patch keeps the version, so the client's ETag stays valid
            if (changed.equals(current)) {
                return current;
            }
            Product saved = products.save(changed);
            if (saved.stock() != current.stock()) {
                outbox.append(ShopEvents.stockChanged(current, saved));
            }
            return saved;
        });
    }
}
