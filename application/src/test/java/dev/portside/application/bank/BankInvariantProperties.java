package dev.portside.application.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Slice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The bank's invariants under random work through the real use cases over the in-memory fakes:
 * money is only created by deposits, no balance is ever negative, every balance is what its ledger
 * explains, and a refused operation changes nothing. Refusals are expected; which one happens is
 * predicted by a model of the rules, except insufficient funds under true concurrency, where it
 * depends on the interleaving.
 */
class BankInvariantProperties {

    /** Accounts 0-3 EUR, 4-5 USD, 6 EUR but frozen; even indexes belong to one owner, odd to another. */
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "EUR", "USD", "USD", "EUR"};

    private static final int FROZEN = 6;
    private static final String OPENING_DEPOSIT = "100.00";

    sealed interface Action permits DepositAction, TransferAction {}

    record DepositAction(int account, long cents, String currency) implements Action {}

    record TransferAction(int from, int to, long cents, String currency, boolean byOwner) implements Action {}

    @Provide
    Arbitrary<List<Action>> actions() {
        return action().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<List<Action>>> actionsPerThread() {
        return action().list().ofMinSize(5).ofMaxSize(30).list().ofMinSize(2).ofMaxSize(4);
    }

    private Arbitrary<Action> action() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, CURRENCIES.length - 1);
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 30_000);
        Arbitrary<String> currency = Arbitraries.frequency(Tuple.of(4, "EUR"), Tuple.of(2, "USD"));
        Arbitrary<Boolean> byOwner = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        Arbitrary<Action> deposit =
                Combinators.combine(account, cents, currency).as(DepositAction::new);
        Arbitrary<Action> transfer =
                Combinators.combine(account, account, cents, currency, byOwner).as(TransferAction::new);
        return Arbitraries.frequencyOf(Tuple.of(1, deposit), Tuple.of(3, transfer));
    }

    @Property(tries = 300)
    void every_interleaving_keeps_the_books_balanced_and_refusals_change_nothing(
            @ForAll("actions") List<Action> actions) {
        Bank bank = new Bank();
        Map<Integer, BigDecimal> model = new HashMap<>();
        for (int i = 0; i < CURRENCIES.length; i++) {
            model.put(i, new BigDecimal(OPENING_DEPOSIT));
        }

        for (Action action : actions) {
            Optional<ErrorCode> expected = bank.ruleRefusal(action).or(() -> insufficientInModel(action, model));
            Optional<ErrorCode> actual = bank.perform(action);

            assertThat(actual).as("outcome of %s", action).isEqualTo(expected);
            if (actual.isEmpty()) {
                applyToModel(action, model);
            }
            for (int i = 0; i < CURRENCIES.length; i++) {
                assertThat(bank.balance(i).amount())
                        .as("balance of account %d after %s", i, action)
                        .isEqualByComparingTo(model.get(i));
            }
            bank.assertInvariants();
        }
    }

    @Property(tries = 40)
    void concurrent_deposits_and_transfers_keep_the_books_balanced(
            @ForAll("actionsPerThread") List<List<Action>> actionsPerThread) throws Exception {
        Bank bank = new Bank();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger transfersDone = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(actionsPerThread.size() + 1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (List<Action> actions : actionsPerThread) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (Action action : actions) {
                        Optional<ErrorCode> rule = bank.ruleRefusal(action);
                        Optional<ErrorCode> actual = bank.perform(action);
                        boolean fundsDependent = rule.isEmpty() && action instanceof TransferAction;
                        boolean allowed = actual.equals(rule)
                                || (fundsDependent && actual.equals(Optional.of(ErrorCode.INSUFFICIENT_FUNDS)));
                        if (!allowed) {
                            problems.add(action + " ended with " + actual + ", expected " + rule);
                        }
                        if (actual.isEmpty() && action instanceof TransferAction) {
                            transfersDone.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            // An auditor reads alongside the workers: no unit may ever show half of a transfer.
            Future<?> auditor = pool.submit(() -> {
                start.await();
                while (working.get()) {
                    bank.auditInOneUnit().ifPresent(problems::add);
                }
                return null;
            });
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            working.set(false);
            auditor.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(problems).isEmpty();
        bank.assertInvariants();
        assertThat(bank.transfersInLedger()).isEqualTo(transfersDone.get());
    }

    private static Optional<ErrorCode> insufficientInModel(Action action, Map<Integer, BigDecimal> model) {
        if (action instanceof TransferAction transfer
                && model.get(transfer.from()).compareTo(amountOf(transfer.cents())) < 0) {
            return Optional.of(ErrorCode.INSUFFICIENT_FUNDS);
        }
        return Optional.empty();
    }

    private static void applyToModel(Action action, Map<Integer, BigDecimal> model) {
        if (action instanceof DepositAction deposit) {
            model.merge(deposit.account(), amountOf(deposit.cents()), BigDecimal::add);
        } else if (action instanceof TransferAction transfer) {
            model.merge(transfer.from(), amountOf(transfer.cents()).negate(), BigDecimal::add);
            model.merge(transfer.to(), amountOf(transfer.cents()), BigDecimal::add);
        }
    }

    private static BigDecimal amountOf(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** The bank under test, its accounts, and what successful deposits brought in per currency. */
    private static final class Bank {
        private final BankFixture fixture = new BankFixture();
        private final Actor evenOwner = BankFixture.user();
        private final Actor oddOwner = BankFixture.user();
        private final Actor stranger = BankFixture.user();
        private final List<AccountId> ids = new ArrayList<>();
        private final Map<String, BigDecimal> deposited = new ConcurrentHashMap<>();

        Bank() {
            for (int i = 0; i < CURRENCIES.length; i++) {
                Account account = fixture.openWith(owner(i), OPENING_DEPOSIT, CURRENCIES[i]);
                deposited.merge(CURRENCIES[i], new BigDecimal(OPENING_DEPOSIT), BigDecimal::add);
                ids.add(account.id());
            }
            fixture.freeze(ids.get(FROZEN));
        }

        private Actor owner(int index) {
            return index % 2 == 0 ? evenOwner : oddOwner;
        }

        /** The refusal the rules demand regardless of balances, in the order the use cases check them. */
        Optional<ErrorCode> ruleRefusal(Action action) {
            if (action instanceof DepositAction deposit) {
                if (!CURRENCIES[deposit.account()].equals(deposit.currency())) {
                    return Optional.of(ErrorCode.CURRENCY_MISMATCH);
                }
                return deposit.account() == FROZEN ? Optional.of(ErrorCode.ACCOUNT_NOT_OPEN) : Optional.empty();
            }
            TransferAction transfer = (TransferAction) action;
            if (!transfer.byOwner()) {
                return Optional.of(ErrorCode.ACCOUNT_NOT_FOUND);
            }
            if (transfer.from() == transfer.to()) {
                return Optional.of(ErrorCode.SAME_ACCOUNT);
            }
            if (!CURRENCIES[transfer.from()].equals(transfer.currency())
                    || !CURRENCIES[transfer.to()].equals(transfer.currency())) {
                return Optional.of(ErrorCode.CURRENCY_MISMATCH);
            }
            if (transfer.from() == FROZEN || transfer.to() == FROZEN) {
                return Optional.of(ErrorCode.ACCOUNT_NOT_OPEN);
            }
            return Optional.empty();
        }

        /** Runs the action through the use case; empty on success, else the refusal's code. */
        Optional<ErrorCode> perform(Action action) {
            try {
                if (action instanceof DepositAction deposit) {
                    Money amount = new Money(amountOf(deposit.cents()), Money.currency(deposit.currency()));
                    fixture.depositMoney.deposit(
                            new DepositMoneyCommand(owner(deposit.account()), ids.get(deposit.account()), amount));
                    deposited.merge(deposit.currency(), amount.amount(), BigDecimal::add);
                } else if (action instanceof TransferAction transfer) {
                    Actor actor = transfer.byOwner() ? owner(transfer.from()) : stranger;
                    fixture.transferMoney.transfer(new TransferMoneyCommand(
                            actor,
                            ids.get(transfer.from()),
                            ids.get(transfer.to()),
                            new Money(amountOf(transfer.cents()), Money.currency(transfer.currency())),
                            Optional.empty()));
                }
                return Optional.empty();
            } catch (DomainException refused) {
                return Optional.of(refused.errorCode());
            }
        }

        Money balance(int index) {
            return fixture.balance(ids.get(index));
        }

        void assertInvariants() {
            Map<String, BigDecimal> totals = new HashMap<>();
            for (AccountId id : ids) {
                Money balance = fixture.balance(id);
                assertThat(balance.isNegative())
                        .as("balance of %s is negative", id)
                        .isFalse();
                assertThat(fixture.ledgerBalance(id))
                        .as("ledger balance of %s", id)
                        .isEqualTo(balance);
                totals.merge(balance.currency().getCurrencyCode(), balance.amount(), BigDecimal::add);
            }
            assertThat(totals.keySet()).isEqualTo(deposited.keySet());
            totals.forEach((currency, total) ->
                    assertThat(total).as("total %s", currency).isEqualByComparingTo(deposited.get(currency)));
        }

        /** Reads every balance and its ledger balance in one unit; describes the first disagreement. */
        Optional<String> auditInOneUnit() {
            return fixture.unitOfWork.execute(() -> {
                for (AccountId id : ids) {
                    Money balance = fixture.accounts.findById(id).orElseThrow().balance();
                    Money explained = fixture.ledger.ledgerBalanceOf(id).orElse(Money.zero(balance.currency()));
                    if (!balance.equals(explained) || balance.isNegative()) {
                        return Optional.of(
                                "account " + id + " holds " + balance + " but its ledger explains " + explained);
                    }
                }
                return Optional.<String>empty();
            });
        }

        /** Every transfer appears in two statements, the source's and the target's. */
        int transfersInLedger() {
            int lines = 0;
            for (int i = 0; i < ids.size(); i++) {
                Optional<StatementCursor> cursor = Optional.empty();
                do {
                    GetStatementQuery query = new GetStatementQuery(owner(i), ids.get(i), 100, cursor);
                    Slice<Transfer, StatementCursor> slice = fixture.getStatement.get(query);
                    lines += slice.items().size();
                    cursor = slice.next();
                } while (cursor.isPresent());
            }
            return lines / 2;
        }
    }
}
