package dev.portside.bootstrap.migration;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every dataset a migration copies, in {@link Dataset} order. Aggregates with a repository are read
 * with {@code findById} and written with {@code save}/{@code add} (so each adapter's own mapping,
 * validation and unique keys apply); ledger entries, which no port reads back, are read natively and
 * written with {@code Ledger.record}.
 */
final class Kinds {

    private Kinds() {}

    static List<Kind<?>> all() {
        return List.of(
                byId(
                        Dataset.USERS,
                        (ports, id) -> ports.users().findById(new UserId(id)),
                        user -> user.id().value(),
                        (ports, user) -> ports.users().save(user.withVersion(0)),
                        Canonical::of),
                byId(
                        Dataset.POSTS,
                        (ports, id) -> ports.posts().findById(new PostId(id)),
                        post -> post.id().value(),
                        (ports, post) -> ports.posts().save(post.withVersion(0)),
                        Canonical::of),
                byId(
                        Dataset.COMMENTS,
                        (ports, id) -> ports.comments().findById(new CommentId(id)),
                        comment -> comment.id().value(),
                        (ports, comment) -> ports.comments().add(comment.withVersion(0)),
                        Canonical::of),
                byId(
                        Dataset.PRODUCTS,
                        (ports, id) -> ports.products().findById(new ProductId(id)),
                        product -> product.id().value(),
                        (ports, product) -> ports.products().save(product.withVersion(0)),
                        Canonical::of),
                byId(
                        Dataset.ORDERS,
                        (ports, id) -> ports.orders().findById(new OrderId(id)),
                        order -> order.id().value(),
                        (ports, order) -> ports.orders().save(order.withVersion(0)),
                        Canonical::of),
                byId(
                        Dataset.ACCOUNTS,
                        (ports, id) -> ports.accounts().findById(new AccountId(id)),
                        account -> account.id().value(),
                        (ports, account) -> ports.accounts().save(account.withVersion(0)),
                        Canonical::of),
                ledger(
                        Dataset.DEPOSITS,
                        (backend, ids) -> backend.natives().deposits(ids),
                        deposit -> deposit.id().value(),
                        (ports, deposit) -> ports.ledger().record(deposit),
                        Canonical::of),
                ledger(
                        Dataset.TRANSFERS,
                        (backend, ids) -> backend.natives().transfers(ids),
                        transfer -> transfer.id().value(),
                        (ports, transfer) -> ports.ledger().record(transfer),
                        Canonical::of));
    }

    private static <T> Kind<T> byId(
            Dataset dataset,
            BiFunction<BackendPorts, UUID, Optional<T>> find,
            Function<T, UUID> id,
            BiConsumer<BackendPorts, T> insert,
            Function<T, String> canonical) {
        return new Generic<>(
                dataset,
                (backend, ids) -> ids.stream()
                        .map(each -> find.apply(backend.ports(), each))
                        .flatMap(Optional::stream)
                        .toList(),
                id,
                insert,
                canonical);
    }

    private static <T> Kind<T> ledger(
            Dataset dataset,
            BiFunction<BackendContext, List<UUID>, List<T>> read,
            Function<T, UUID> id,
            BiConsumer<BackendPorts, T> insert,
            Function<T, String> canonical) {
        return new Generic<>(dataset, read, id, insert, canonical);
    }

    private record Generic<T>(
            Dataset dataset,
            BiFunction<BackendContext, List<UUID>, List<T>> loader,
            Function<T, UUID> id,
            BiConsumer<BackendPorts, T> inserter,
            Function<T, String> canonicalForm)
            implements Kind<T> {

        @Override
        public List<T> load(BackendContext backend, List<UUID> ids) {
            return loader.apply(backend, ids);
        }

        @Override
        public UUID idOf(T aggregate) {
            return id.apply(aggregate);
        }

        @Override
        public void insert(BackendPorts target, T aggregate) {
            inserter.accept(target, aggregate);
        }

        @Override
        public String canonical(T aggregate) {
            return canonicalForm.apply(aggregate);
        }
    }
}
