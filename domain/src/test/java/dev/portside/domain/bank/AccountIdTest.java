package dev.portside.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountIdTest {

    @Test
    void orders_like_postgresql_comparing_both_halves_unsigned() {
        AccountId low = new AccountId(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"));
        AccountId high = new AccountId(UUID.fromString("80000000-0000-7000-8000-000000000000"));
        AccountId sameHighLowTail = new AccountId(UUID.fromString("7fffffff-ffff-7fff-ffff-ffffffffffff"));

        List<AccountId> ids = new ArrayList<>(List.of(high, sameHighLowTail, low));
        ids.sort(null);

        assertThat(ids).containsExactly(low, sameHighLowTail, high);
        // the JDK's signed comparison would put "8..." first: that is the trap this order avoids
        assertThat(high.value().compareTo(low.value())).isNegative();
    }

    @Test
    void parses_api_input_and_names_the_field_when_it_is_not_a_uuid() {
        AccountId id = AccountId.newId();

        assertThat(AccountId.parse("fromAccountId", id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> AccountId.parse("fromAccountId", "not-a-uuid"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("fromAccountId");
        assertThatThrownBy(() -> AccountId.parse("toAccountId", null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("toAccountId");
    }
}
