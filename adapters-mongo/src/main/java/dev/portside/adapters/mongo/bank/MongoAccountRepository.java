package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
@MongoAdapter
final class MongoAccountRepository implements AccountRepository {

    private final AccountDocuments accounts;
    private final AccountDocumentMapper mapper;

    MongoAccountRepository(AccountDocuments accounts, AccountDocumentMapper mapper) {
        this.accounts = accounts;
        this.mapper = mapper;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return accounts.findById(id.value()).map(mapper::toAccount);
    }

    @Override
    public List<Account> findByOwner(UserId ownerId) {
        return accounts.findByOwner(ownerId.value()).stream()
                .map(mapper::toAccount)
                .toList();
    }

    @Override
    public Account save(Account account) {
        AccountDocument stored = VersionedDocuments.save(
                account.version(),
                mapper.toDocument(account),
                accounts::save,
                accounts::update,
                "account " + account.id());
        return mapper.toAccount(stored);
    }

    /** See {@link AccountDocuments#lock}: a concurrent transfer touching these accounts conflicts at once. */
    @Override
    public List<Account> lockAllById(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> distinct = Set.copyOf(ids.stream().map(AccountId::value).toList());
        accounts.lock(distinct);
        return accounts.findAllByIdOrdered(distinct).stream()
                .map(mapper::toAccount)
                .toList();
    }
}
