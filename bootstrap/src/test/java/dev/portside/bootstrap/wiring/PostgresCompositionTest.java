package dev.portside.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.bank.BankUseCases;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default configuration composes every use case from the PostgreSQL adapter and nothing else: each
 * feature's composition is a bean, and every use case it offers can be built from it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCompositionTest implements OnTestPostgres {

    @Inject
    ApplicationContext context;

    /** Every use case the application's compositions offer, as the composition's method that builds it. */
    static Stream<Method> useCases() {
        return Stream.of(UserUseCases.class, BlogUseCases.class, ShopUseCases.class, BankUseCases.class)
                .flatMap(composition -> Arrays.stream(composition.getDeclaredMethods()))
                .filter(method -> !method.isSynthetic() && Modifier.isPublic(method.getModifiers()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("useCases")
    void every_use_case_is_composed(Method useCase) throws ReflectiveOperationException {
        Object composition = context.getBean(useCase.getDeclaringClass());
        assertThat(useCase.invoke(composition)).isInstanceOf(useCase.getReturnType());
    }

    @Test
    void exactly_one_unit_of_work_and_one_transaction_manager_exist() {
        assertThat(context.getBeansOfType(UnitOfWork.class)).hasSize(1);
        assertThat(context.getBeansOfType(TransactionOperations.class)).hasSize(1);
    }

    @Test
    void no_use_case_is_missing_from_the_compositions() {
        List<String> composed =
                useCases().map(method -> method.getReturnType().getSimpleName()).toList();
        assertThat(composed).hasSize(38).doesNotHaveDuplicates();
    }
}
