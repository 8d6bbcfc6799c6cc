package dev.portside.domain.bank;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.Topic;
import java.util.List;

/**
 * The bank's events, one per account whose balance changed, on that account's topic and for its owner
 * and admins (who may read any account). A transfer is two events: the sender's ({@code direction}
 * {@code out}) and the receiver's ({@code in}); each carries only its own account's new balance.
 */
public final class BankEvents {

    private BankEvents() {}

    /** {@code account} as saved after the deposit. */
    public static DomainEvent depositBooked(Account account, Deposit deposit) {
        return new DomainEvent(
                EventType.DEPOSIT_BOOKED,
                account.id().value(),
                Topic.account(account.id().value()),
                Audience.ownerAndAdmins(account.ownerId()),
                EventData.builder()
                        .put("depositId", deposit.id())
                        .put("amount", deposit.amount().amountText())
                        .put("currency", deposit.amount().currency().getCurrencyCode())
                        .put("balance", account.balance().amountText())
                        .put("createdAt", deposit.createdAt())
                        .build());
    }

    /** Both sides of a booked transfer, the sender's first. */
    public static List<DomainEvent> transferBooked(TransferBooking booking) {
        return List.of(
                side(
                        booking.from(),
                        booking.transfer(),
                        "out",
                        booking.transfer().toAccountId()),
                side(booking.to(), booking.transfer(), "in", booking.transfer().fromAccountId()));
    }

    private static DomainEvent side(Account account, Transfer transfer, String direction, AccountId counterparty) {
        return new DomainEvent(
                EventType.TRANSFER_BOOKED,
                account.id().value(),
                Topic.account(account.id().value()),
                Audience.ownerAndAdmins(account.ownerId()),
                EventData.builder()
                        .put("transferId", transfer.id())
                        .put("direction", direction)
                        .put("counterpartyAccountId", counterparty)
                        .put("amount", transfer.amount().amountText())
                        .put("currency", transfer.amount().currency().getCurrencyCode())
                        .put("reference", transfer.reference().orElse(null))
                        .put("balance", account.balance().amountText())
                        .put("createdAt", transfer.createdAt())
                        .build());
    }
}
