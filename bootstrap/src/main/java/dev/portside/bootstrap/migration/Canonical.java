package dev.portside.bootstrap.migration;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.Tag;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.Product;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * One stable text per aggregate, the same whichever backend it was read from, for the verification
 * checksums. Every field that a copy must preserve is in it; the version is not, because a copy is
 * stored fresh (version 1) on the target. Field order, separators and the spelling of absent values
 * are fixed here, so a checksum printed today compares with one printed by a later run.
 */
final class Canonical {

    private Canonical() {}

    static String of(User user) {
        return fields(
                "user",
                user.id(),
                user.username().value(),
                user.email().value(),
                user.passwordHash().value(),
                user.profile().firstName(),
                user.profile().lastName(),
                user.profile().bio(),
                user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                user.status(),
                user.createdAt(),
                user.lastLoginAt(),
                user.failedLoginAttempts(),
                user.lockedUntil());
    }

    static String of(Post post) {
        return fields(
                "post",
                post.id(),
                post.authorId(),
                post.title().value(),
                post.content().value(),
                post.tags().values().stream().map(Tag::value).collect(Collectors.joining(",")),
                post.status(),
                post.createdAt(),
                post.updatedAt(),
                post.publishedAt());
    }

    static String of(Comment comment) {
        return fields(
                "comment",
                comment.id(),
                comment.postId(),
                comment.authorId(),
                comment.content().value(),
                comment.createdAt());
    }

    static String of(Product product) {
        return fields(
                "product",
                product.id(),
                product.sku().value(),
                product.name().value(),
                product.category().value(),
                money(product.price()),
                product.stock(),
                product.createdAt());
    }

    static String of(Order order) {
        String items = order.items().stream().map(Canonical::item).collect(Collectors.joining(";"));
        return fields("order", order.id(), order.customerId(), items, order.status(), order.createdAt());
    }

    static String of(Account account) {
        return fields(
                "account",
                account.id(),
                account.ownerId(),
                account.currency().getCurrencyCode(),
                money(account.balance()),
                account.status(),
                account.createdAt());
    }

    static String of(Deposit deposit) {
        return fields(
                "deposit", deposit.id().value(), deposit.accountId(), money(deposit.amount()), deposit.createdAt());
    }

    static String of(Transfer transfer) {
        return fields(
                "transfer",
                transfer.id().value(),
                transfer.fromAccountId(),
                transfer.toAccountId(),
                money(transfer.amount()),
                transfer.reference(),
                transfer.createdAt());
    }

    private static String item(OrderItem item) {
        return fields(
                "item",
                item.productId().value(),
                item.sku().value(),
                item.name().value(),
                item.category().value(),
                item.quantity().value(),
                money(item.unitPrice()));
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    /** Values joined by a unit separator (never part of user text); absent optionals as a lone NUL. */
    private static String fields(Object... values) {
        StringJoiner joined = new StringJoiner("\u001f");
        for (Object value : values) {
            joined.add(text(value));
        }
        return joined.toString();
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Canonical::text).orElse("\u0000");
        }
        return String.valueOf(value);
    }
}
