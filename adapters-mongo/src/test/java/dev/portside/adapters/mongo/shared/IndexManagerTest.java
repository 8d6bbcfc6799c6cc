package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexManagerTest implements OnTestMongo {

    @Inject
    MongoStorage storage;

    private List<String> indexNames(String collection) {
        List<String> names = new ArrayList<>();
        storage.database().getCollection(collection).listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }

    @Test
    void startup_creates_every_index_of_every_version_and_records_the_versions() {
        for (IndexVersion version : PortsideIndexes.versions()) {
            for (IndexSpec index : version.create()) {
                assertThat(indexNames(index.collection()))
                        .as(index.collection())
                        .contains(index.name());
            }
            assertThat(storage.database()
                            .getCollection(IndexManager.SCHEMA_VERSIONS)
                            .find(Filters.eq("_id", version.version()))
                            .first())
                    .isNotNull();
        }
    }

    @Test
    void a_later_version_adds_and_drops_indexes_once_and_skips_recorded_versions() {
        String collection = "index_probe_" + System.nanoTime();
        List<IndexVersion> released = new ArrayList<>(PortsideIndexes.versions());
        int next = released.get(released.size() - 1).version() + 1;
        released.add(IndexVersion.creating(
                next, "probe: add", List.of(IndexSpec.on(collection, "probe_a", new Document("a", 1)))));
        IndexManager.apply(storage, released);
        assertThat(indexNames(collection)).contains("probe_a");

        released.add(new IndexVersion(
                next + 1,
                "probe: replace",
                List.of(IndexSpec.on(collection, "probe_b", new Document("b", 1))),
                List.of(new IndexVersion.DroppedIndex(collection, "probe_a"))));
        IndexManager.apply(storage, released);
        IndexManager.apply(storage, released);

        assertThat(indexNames(collection)).contains("probe_b").doesNotContain("probe_a");
        storage.database()
                .getCollection(IndexManager.SCHEMA_VERSIONS)
                .deleteMany(Filters.in("_id", List.of(next, next + 1)));
    }
}
