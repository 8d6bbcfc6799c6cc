package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.bank.TransferMoney;
import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.application.shared.UseCaseDecorator;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.StorageUnavailableException;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The use-case decorator on its own (tracing off): what each outcome records, and that the proxy is
 * otherwise the service (same results, same exceptions, Object's methods untimed).
 */
class UseCaseObservationTest {

    /** A use case of the test's own: the tag is the interface's simple name. */
    interface Greet {
        String greet(String name);
    }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UseCaseDecorator observation =
            new UseCaseObservation(registry, new TracingSettings(false), OpenTelemetry.noop());

    @Test
    void an_answer_is_ok_and_passed_through() {
        Greet greet = observation.decorate(Greet.class, name -> "hello " + name);

        assertThat(greet.greet("ada")).isEqualTo("hello ada");
        assertThat(greet.greet("bob")).isEqualTo("hello bob");

        assertThat(timer("Greet", "ok", "none").count()).isEqualTo(2);
    }

    @Test
    void a_refusal_is_refused_with_its_code_and_thrown_as_it_is() {
        DomainException refusal = new DomainException(ErrorCode.INSUFFICIENT_FUNDS, "not enough");
        TransferMoney transfer = observation.decorate(TransferMoney.class, command -> {
            throw refusal;
        });

        assertThatThrownBy(() -> transfer.transfer(null)).isSameAs(refusal);

        assertThat(timer("TransferMoney", "refused", "insufficient_funds").count())
                .isEqualTo(1);
    }

    @Test
    void unauthenticated_and_storage_failures_have_their_codes() {
        Greet nobody = observation.decorate(Greet.class, name -> {
            throw new UnauthenticatedException("no such account");
        });
        Greet down = observation.decorate(Greet.class, name -> {
            throw new StorageUnavailableException("down", new IOException("refused"));
        });
        Greet bug = observation.decorate(Greet.class, name -> {
            throw new IllegalStateException("bug");
        });

        assertThatThrownBy(() -> nobody.greet("x")).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> down.greet("x")).isInstanceOf(StorageUnavailableException.class);
        assertThatThrownBy(() -> bug.greet("x")).isInstanceOf(IllegalStateException.class);

        assertThat(timer("Greet", "refused", "unauthenticated").count()).isEqualTo(1);
        assertThat(timer("Greet", "failed", "storage_unavailable").count()).isEqualTo(1);
        assertThat(timer("Greet", "failed", "error").count()).isEqualTo(1);
    }

    @Test
    void object_methods_are_not_use_case_calls() {
        Greet service = name -> name;
        Greet greet = observation.decorate(Greet.class, service);

        assertThat(greet.toString()).isEqualTo(service.toString());
        assertThat(greet.hashCode()).isEqualTo(service.hashCode());

        assertThat(registry.find(UseCaseObservation.TIMER).timers()).isEmpty();
    }

    @Test
    void the_identity_hands_out_the_service_itself() {
        Greet service = name -> name;

        assertThat(UseCaseDecorator.IDENTITY.decorate(Greet.class, service)).isSameAs(service);
    }

    private Timer timer(String useCase, String outcome, String code) {
        return registry.get(UseCaseObservation.TIMER)
                .tag("usecase", useCase)
                .tag("outcome", outcome)
                .tag("code", code)
                .timer();
    }
}
