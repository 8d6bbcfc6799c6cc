package dev.portside.domain.bank.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatementCursorTest {

    private static final Instant AT = Instant.parse("2025-04-05T06:07:08.009Z");

    private static Transfer transferAt(Instant at, TransferId id) {
        return new Transfer(id, AccountId.newId(), AccountId.newId(), Money.of("1.00", "EUR"), Optional.empty(), at);
    }

    @Test
    void encodes_to_an_opaque_url_safe_string_and_decodes_back() {
        StatementCursor cursor =
                new StatementCursor(AT, new TransferId(UUID.fromString("ffffffff-ffff-7fff-bfff-ffffffffffff")));

        String text = cursor.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(StatementCursor.decode(text)).isEqualTo(cursor);
    }

    @Test
    void decoding_garbage_is_a_validation_failure_on_cursor() {
        String wrongVersion = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(29).put((byte) 9).array());
        String badNanos = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(29)
                        .put((byte) 1)
                        .putLong(0)
                        .putInt(-1)
                        .array());
        String hugeSeconds = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(29)
                        .put((byte) 1)
                        .putLong(Long.MAX_VALUE)
                        .array());
        String tooShort = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {1, 2, 3});

        for (String garbage : new String[] {
            "", "not a cursor!", "%%%", "x".repeat(65), wrongVersion, badNanos, hugeSeconds, tooShort, null
        }) {
            assertThatThrownBy(() -> StatementCursor.decode(garbage))
                    .as(String.valueOf(garbage))
                    .isInstanceOf(ValidationException.class)
                    .extracting("errorCode", "field")
                    .containsExactly(ErrorCode.VALIDATION_FAILED, "cursor");
        }
    }

    @Test
    void a_cursor_precedes_older_transfers_and_younger_ids_of_the_same_instant() {
        TransferId middle = new TransferId(UUID.fromString("00000000-0000-7000-8000-000000000005"));
        TransferId lower = new TransferId(UUID.fromString("00000000-0000-7000-8000-000000000004"));
        TransferId higher = new TransferId(UUID.fromString("00000000-0000-7000-8000-000000000006"));
        StatementCursor cursor = new StatementCursor(AT, middle);

        assertThat(cursor.precedes(transferAt(AT.minusMillis(1), higher))).isTrue();
        assertThat(cursor.precedes(transferAt(AT, lower))).isTrue();
        assertThat(cursor.precedes(transferAt(AT, middle))).isFalse();
        assertThat(cursor.precedes(transferAt(AT, higher))).isFalse();
        assertThat(cursor.precedes(transferAt(AT.plusMillis(1), lower))).isFalse();
    }

    @Test
    void newest_first_orders_by_time_then_id_descending() {
        TransferId a = new TransferId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
        TransferId b = new TransferId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
        Transfer older = transferAt(AT.minusSeconds(1), b);
        Transfer sameTimeLowId = transferAt(AT, a);
        Transfer sameTimeHighId = transferAt(AT, b);

        assertThat(Stream.of(older, sameTimeLowId, sameTimeHighId).sorted(Transfer.NEWEST_FIRST))
                .containsExactly(sameTimeHighId, sameTimeLowId, older);
    }
}
