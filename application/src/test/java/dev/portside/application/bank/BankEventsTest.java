package dev.portside.application.bank;

import static dev.portside.application.bank.BankFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bank's use cases write their events in the unit of their change, and only when it commits. */
class BankEventsTest {

    private final BankFixture bank = new BankFixture();
    private final Actor alice = user();
    private final Actor bob = user();

    private List<DomainEvent> eventsAfter(long position) {
        return bank.outbox.readAfter(position, 100).stream()
                .map(StoredEvent::event)
                .toList();
    }

    @Test
    void a_deposit_is_one_event_on_the_account_for_its_owner() {
        Account account = bank.open(alice, "EUR");
        long before = bank.outbox.lastId();

        bank.depositMoney.deposit(new DepositMoneyCommand(alice, account.id(), Money.of("25.00", "EUR")));

        DomainEvent event = eventsAfter(before).get(0);
        assertThat(eventsAfter(before)).hasSize(1);
        assertThat(event.type()).isEqualTo(EventType.DEPOSIT_BOOKED);
        assertThat(event.aggregateId()).isEqualTo(account.id().value());
        assertThat(event.topic()).isEqualTo(Topic.account(account.id().value()));
        assertThat(event.audience()).isEqualTo(Audience.ownerAndAdmins(alice.id()));
        assertThat(event.data().json())
                .contains("\"amount\":\"25.00\"", "\"currency\":\"EUR\"", "\"balance\":\"25.00\"");
    }

    @Test
    void a_transfer_is_one_event_per_account_each_with_its_own_balance_and_owner() {
        Account from = bank.openWith(alice, "100.00", "EUR");
        Account to = bank.openWith(bob, "5.00", "EUR");
        long before = bank.outbox.lastId();

        bank.transferMoney.transfer(
                new TransferMoneyCommand(alice, from.id(), to.id(), Money.of("40.00", "EUR"), Optional.of("rent")));

        List<DomainEvent> events = eventsAfter(before);
        assertThat(events).extracting(DomainEvent::type).containsOnly(EventType.TRANSFER_BOOKED);
        assertThat(events)
                .extracting(DomainEvent::topic)
                .containsExactly(
                        Topic.account(from.id().value()), Topic.account(to.id().value()));
        assertThat(events)
                .extracting(DomainEvent::audience)
                .containsExactly(Audience.ownerAndAdmins(alice.id()), Audience.ownerAndAdmins(bob.id()));
        assertThat(events.get(0).data().json())
                .contains("\"direction\":\"out\"", "\"balance\":\"60.00\"", "\"reference\":\"rent\"")
                .doesNotContain("\"balance\":\"45.00\"");
        assertThat(events.get(1).data().json())
                .contains("\"direction\":\"in\"", "\"balance\":\"45.00\"")
                .doesNotContain("\"balance\":\"60.00\"");
    }

    @Test
    void a_refused_transfer_writes_no_event() {
        Account from = bank.openWith(alice, "10.00", "EUR");
        Account to = bank.open(bob, "EUR");
        long before = bank.outbox.lastId();

        assertThatThrownBy(() -> bank.transferMoney.transfer(new TransferMoneyCommand(
                        alice, from.id(), to.id(), Money.of("40.00", "EUR"), Optional.empty())))
                .isInstanceOf(DomainException.class);

        assertThat(eventsAfter(before)).isEmpty();
    }
}
