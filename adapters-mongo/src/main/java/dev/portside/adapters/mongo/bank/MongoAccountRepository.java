package dev.portside.adapters.mongo.bank;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.LockingReads;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
@MongoAdapter
final class MongoAccountRepository implements AccountRepository {

    private final MongoStorage storage;

    MongoAccountRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection accounts() {
        return storage.collection(AccountDocuments.COLLECTION);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts().findFirst(eq("_id", id.value()))).map(AccountDocuments::toAccount);
    }

    @Override
    public List<Account> findByOwner(UserId ownerId) {
        return accounts().find(eq("ownerId", ownerId.value()))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(AccountDocuments::toAccount)
                .into(new ArrayList<>());
    }

    @Override
    public Account save(Account account) {
        long version = VersionedDocuments.save(accounts(), account.id().value(), account.version(),
                AccountDocuments.toDocument(account), "account " + account.id());
        return account.withVersion(version);
    }

    /** See {@link LockingReads}: a concurrent transfer touching these accounts conflicts at once. */
    @Override
    public List<Account> lockAllById(Collection<AccountId> ids) {
        return LockingReads.lockAll(accounts(), ids.stream().map(AccountId::value).toList()).stream()
                .map(AccountDocuments::toAccount).toList();
    }
}
