package dev.portside.testkit.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.AccountStatus;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountRepository} must do. Subclass it in an adapter's tests and supply the
 * repository and the unit of work it runs in. Tests create their own accounts and owners with fresh
 * ids, so the store need not be empty.
 */
public abstract class AccountRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-02-03T04:05:06.789Z");

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private AccountRepository repository;

    @Inject
    private UnitOfWork unitOfWork;

    protected AccountRepository repository() {
        return repository;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    private <T> T inUnit(Supplier<T> work) {
        return unitOfWork().execute(work);
    }

    private Account save(Account account) {
        return inUnit(() -> repository().save(account));
    }

    @Test
    void save_inserts_a_new_account_at_version_1_and_find_by_id_reads_it_back() {
        Account account = AccountMother.anAccount().createdAt(T0).build();

        Account saved = save(account);

        assertThat(saved).isEqualTo(account.withVersion(1));
        assertThat(inUnit(() -> repository().findById(account.id()))).contains(saved);
    }

    @Test
    void save_keeps_every_field_including_status_scale_and_currency() {
        Account bhd = AccountMother.anAccount()
                .inCurrency("BHD")
                .withBalance("12.345")
                .frozen()
                .createdAt(T0)
                .build();
        Account jpy = AccountMother.anAccount()
                .inCurrency("JPY")
                .withBalance("1000")
                .closed()
                .createdAt(T0)
                .build();

        save(bhd);
        save(jpy);

        assertThat(inUnit(() -> repository().findById(bhd.id()))).contains(bhd.withVersion(1));
        assertThat(inUnit(() -> repository().findById(jpy.id()))).contains(jpy.withVersion(1));
    }

    @Test
    void find_by_id_of_an_unknown_account_is_empty() {
        assertThat(inUnit(() -> repository().findById(AccountId.newId()))).isEmpty();
    }

    @Test
    void save_updates_a_current_account_and_returns_the_next_version() {
        Account v1 = save(AccountMother.anAccount().createdAt(T0).build());

        Account v2 = save(v1.deposit(Money.of("25.50", "EUR")));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(inUnit(() -> repository().findById(v1.id()))).hasValueSatisfying(stored -> {
            assertThat(stored.balance()).isEqualTo(Money.of("25.50", "EUR"));
            assertThat(stored.version()).isEqualTo(2);
        });
    }

    @Test
    void save_refuses_stale_version() {
        Account v1 = save(AccountMother.anAccount().createdAt(T0).build());
        save(v1.deposit(Money.of("1.00", "EUR")));

        assertThatThrownBy(() -> save(v1.deposit(Money.of("99.00", "EUR"))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(inUnit(() -> repository().findById(v1.id())))
                .hasValueSatisfying(stored -> assertThat(stored.balance()).isEqualTo(Money.of("1.00", "EUR")));
    }

    @Test
    void save_refuses_to_insert_an_id_that_already_exists() {
        Account account = AccountMother.anAccount().createdAt(T0).build();
        save(account);

        assertThatThrownBy(() -> save(account)).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void save_refuses_to_update_an_account_that_was_never_stored() {
        Account ghost = AccountMother.anAccount().createdAt(T0).withVersion(3).build();

        assertThatThrownBy(() -> save(ghost)).isInstanceOf(VersionConflictException.class);
        assertThat(inUnit(() -> repository().findById(ghost.id()))).isEmpty();
    }

    @Test
    void save_all_updates_each_account_and_returns_them_at_the_next_version_in_the_given_order() {
        Account a = save(AccountMother.anAccount().createdAt(T0).build());
        Account b = save(AccountMother.anAccount().createdAt(T0).build());

        List<Account> saved = inUnit(() ->
                repository().saveAll(List.of(b.deposit(Money.of("2.50", "EUR")), a.deposit(Money.of("1.25", "EUR")))));

        assertThat(saved).extracting(Account::id).containsExactly(b.id(), a.id());
        assertThat(saved).extracting(Account::version).containsExactly(2L, 2L);
        assertThat(saved.get(0).balance()).isEqualTo(Money.of("2.50", "EUR"));
        assertThat(inUnit(() -> repository().findById(b.id()))).contains(saved.get(0));
        assertThat(inUnit(() -> repository().findById(a.id()))).contains(saved.get(1));
    }

    @Test
    void save_all_refuses_a_stale_version_and_leaves_every_account_as_it_was() {
        Account a = save(AccountMother.anAccount().createdAt(T0).build());
        Account b = save(AccountMother.anAccount().createdAt(T0).build());
        Account aMovedOn = save(a.deposit(Money.of("1.00", "EUR")));

        assertThatThrownBy(() -> inUnit(() -> repository()
                        .saveAll(List.of(a.deposit(Money.of("99.00", "EUR")), b.deposit(Money.of("5.00", "EUR"))))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(inUnit(() -> repository().findById(a.id()))).contains(aMovedOn);
        assertThat(inUnit(() -> repository().findById(b.id()))).contains(b);
    }

    @Test
    void save_all_inserts_new_accounts_as_save_does() {
        Account a = AccountMother.anAccount().createdAt(T0).build();
        Account b = AccountMother.anAccount().createdAt(T0).build();

        List<Account> saved = inUnit(() -> repository().saveAll(List.of(a, b)));

        assertThat(saved).containsExactly(a.withVersion(1), b.withVersion(1));
        assertThat(inUnit(() -> repository().findById(b.id()))).contains(b.withVersion(1));
    }

    @Test
    void a_save_in_a_unit_that_fails_is_rolled_back() {
        Account account = AccountMother.anAccount().createdAt(T0).build();

        assertThatThrownBy(() -> inUnit(() -> {
                    repository().save(account);
                    throw new IllegalStateException("work failed after the save");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(inUnit(() -> repository().findById(account.id()))).isEmpty();
    }

    @Test
    void find_by_owner_returns_only_that_owners_accounts_oldest_first() {
        UserId owner = UserId.newId();
        Account newest = save(AccountMother.anAccount()
                .ownedBy(owner)
                .createdAt(T0.plusSeconds(60))
                .build());
        Account oldest =
                save(AccountMother.anAccount().ownedBy(owner).createdAt(T0).build());
        Account sameInstantA = save(AccountMother.anAccount()
                .ownedBy(owner)
                .createdAt(T0.plusSeconds(1))
                .build());
        Account sameInstantB = save(AccountMother.anAccount()
                .ownedBy(owner)
                .createdAt(T0.plusSeconds(1))
                .build());
        save(AccountMother.anAccount().createdAt(T0).build());
        List<Account> middle = sortedById(sameInstantA, sameInstantB);

        List<Account> found = inUnit(() -> repository().findByOwner(owner));

        assertThat(found).containsExactly(oldest, middle.get(0), middle.get(1), newest);
    }

    @Test
    void find_by_owner_without_accounts_is_empty() {
        assertThat(inUnit(() -> repository().findByOwner(UserId.newId()))).isEmpty();
    }

    @Test
    void lock_all_by_id_returns_accounts_in_ascending_uuid_order_whatever_the_request_order() {
        // ids whose halves differ in the top bit: signed and unsigned comparison disagree on them
        UUID base = UUID.randomUUID();
        long msb = base.getMostSignificantBits();
        long lsb = base.getLeastSignificantBits();
        Account lowHigh = savedWithId(new UUID(msb & Long.MAX_VALUE, lsb | Long.MIN_VALUE));
        Account lowLow = savedWithId(new UUID(msb & Long.MAX_VALUE, lsb & Long.MAX_VALUE));
        Account highLow = savedWithId(new UUID(msb | Long.MIN_VALUE, lsb & Long.MAX_VALUE));
        Account highHigh = savedWithId(new UUID(msb | Long.MIN_VALUE, lsb | Long.MIN_VALUE));

        List<Account> locked =
                inUnit(() -> repository().lockAllById(List.of(highHigh.id(), lowLow.id(), highLow.id(), lowHigh.id())));

        assertThat(locked).containsExactly(lowLow, lowHigh, highLow, highHigh);
    }

    @Test
    void lock_all_by_id_leaves_out_unknown_ids_and_returns_duplicates_once() {
        Account a = save(AccountMother.anAccount().createdAt(T0).build());
        Account b = save(AccountMother.anAccount().createdAt(T0).build());

        List<Account> locked =
                inUnit(() -> repository().lockAllById(List.of(b.id(), AccountId.newId(), a.id(), b.id())));

        assertThat(locked).containsExactlyElementsOf(sortedById(a, b));
        assertThat(inUnit(() -> repository().lockAllById(List.of()))).isEmpty();
    }

    @Test
    void lock_all_by_id_returns_the_current_state() {
        Account v1 = save(AccountMother.anAccount().createdAt(T0).build());
        Account v2 = save(v1.deposit(Money.of("7.00", "EUR")));

        List<Account> locked = inUnit(() -> repository().lockAllById(List.of(v1.id())));

        assertThat(locked).containsExactly(v2);
    }

    @Test
    void an_account_locked_and_saved_in_one_unit_keeps_the_change() {
        Account v1 = save(AccountMother.anAccount().createdAt(T0).build());

        Account v2 = inUnit(() -> {
            Account locked = repository().lockAllById(List.of(v1.id())).get(0);
            return repository().save(locked.deposit(Money.of("3.00", "EUR")));
        });

        assertThat(inUnit(() -> repository().findById(v1.id()))).contains(v2);
        assertThat(v2.status()).isEqualTo(AccountStatus.OPEN);
    }

    private Account savedWithId(UUID id) {
        return save(AccountMother.anAccount()
                .withId(new AccountId(id))
                .createdAt(T0)
                .build());
    }

    private static List<Account> sortedById(Account... accounts) {
        List<Account> sorted = new ArrayList<>(List.of(accounts));
        sorted.sort((x, y) -> x.id().compareTo(y.id()));
        return sorted;
    }
}
