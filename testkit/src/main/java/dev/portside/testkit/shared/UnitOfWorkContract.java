package dev.portside.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.shared.StorageUnavailableException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} must guarantee, whatever stores it. Implementers provide the unit of
 * work, a way to write a marker through storage inside a unit, a way to read the committed markers,
 * and the failure their storage reports for a transient conflict.
 */
public abstract class UnitOfWorkContract {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private UnitOfWork unitOfWork;

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Writes a marker through the implementation's storage; must be called inside a unit. */
    protected abstract void writeMarker(String marker);

    /** Reads, outside any unit, whether the marker is committed. */
    protected abstract boolean isCommitted(String marker);

    /** An exception the implementation classifies as transient (e.g. PostgreSQL 40001). */
    protected abstract RuntimeException transientFailure();

    /** How many attempts the implementation makes before giving up; at least 2. */
    protected abstract int maxAttempts();

    private static String marker() {
        return "m-" + UUID.randomUUID();
    }

    @Test
    void execute_commits_all_writes_of_the_work() {
        String first = marker();
        String second = marker();

        String result = unitOfWork().execute(() -> {
            writeMarker(first);
            writeMarker(second);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(isCommitted(first)).isTrue();
        assertThat(isCommitted(second)).isTrue();
    }

    @Test
    void exception_rolls_back_every_write_of_the_work() {
        String first = marker();
        String second = marker();
        IllegalStateException boom = new IllegalStateException("refused halfway");

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    writeMarker(first);
                    writeMarker(second);
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(isCommitted(first)).isFalse();
        assertThat(isCommitted(second)).isFalse();
    }

    @Test
    void nested_unit_joins_the_outer_one_and_rolls_back_with_it() {
        String inner = marker();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    unitOfWork().run(() -> writeMarker(inner));
                    throw new IllegalStateException("outer fails after inner returned");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(isCommitted(inner)).isFalse();
    }

    @Test
    void after_commit_hooks_run_only_after_the_commit() {
        String written = marker();
        List<Boolean> seenCommittedByHook = Collections.synchronizedList(new ArrayList<>());

        unitOfWork().run(() -> {
            writeMarker(written);
            unitOfWork().afterCommit(() -> seenCommittedByHook.add(isCommitted(written)));
            assertThat(seenCommittedByHook)
                    .as("hook must not run inside the unit")
                    .isEmpty();
        });

        assertThat(seenCommittedByHook).containsExactly(true);
    }

    @Test
    void a_failing_after_commit_hook_neither_fails_the_unit_nor_stops_the_other_hooks() {
        String written = marker();
        AtomicInteger laterHookRuns = new AtomicInteger();

        String result = unitOfWork().execute(() -> {
            writeMarker(written);
            unitOfWork().afterCommit(() -> {
                throw new IllegalStateException("cache eviction failed");
            });
            unitOfWork().afterCommit(laterHookRuns::incrementAndGet);
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(isCommitted(written)).isTrue();
        assertThat(laterHookRuns).hasValue(1);
    }

    @Test
    void after_commit_hooks_never_run_when_the_unit_rolls_back() {
        AtomicInteger hookRuns = new AtomicInteger();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    writeMarker(marker());
                    unitOfWork().afterCommit(hookRuns::incrementAndGet);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(hookRuns).hasValue(0);
    }

    @Test
    void transient_failure_reruns_the_whole_work_and_commits_once() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger hookRuns = new AtomicInteger();

        unitOfWork().run(() -> {
            String m = marker();
            written.add(m);
            writeMarker(m);
            unitOfWork().afterCommit(hookRuns::incrementAndGet);
            if (attempts.incrementAndGet() == 1) {
                throw transientFailure();
            }
        });

        assertThat(attempts).hasValue(2);
        assertThat(isCommitted(written.get(0))).as("first attempt rolled back").isFalse();
        assertThat(isCommitted(written.get(1))).as("second attempt committed").isTrue();
        assertThat(hookRuns).as("only the committed attempt's hooks run").hasValue(1);
    }

    @Test
    void version_conflict_reruns_the_whole_work() {
        AtomicInteger attempts = new AtomicInteger();

        String result = unitOfWork().execute(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new VersionConflictException("probe");
            }
            return "second try";
        });

        assertThat(result).isEqualTo("second try");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void retries_are_bounded_and_then_the_unit_fails_without_writes() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> written = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    attempts.incrementAndGet();
                    String m = marker();
                    written.add(m);
                    writeMarker(m);
                    throw transientFailure();
                }))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(attempts).hasValue(maxAttempts());
        assertThat(written).noneMatch(this::isCommitted);
    }

    @Test
    void after_commit_outside_a_unit_is_refused() {
        assertThatThrownBy(() -> unitOfWork().afterCommit(() -> {})).isInstanceOf(IllegalStateException.class);
    }

    // units that only read (ADR 23)

    @Test
    void a_read_returns_what_its_work_returns_and_runs_its_hooks_once_it_returned() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());

        String result = unitOfWork().read(() -> {
            unitOfWork().afterCommit(() -> order.add("hook"));
            order.add("work");
            return "read";
        });

        assertThat(result).isEqualTo("read");
        assertThat(order).containsExactly("work", "hook");
    }

    @Test
    void a_read_reruns_on_a_transient_failure() {
        AtomicInteger attempts = new AtomicInteger();

        String result = unitOfWork().read(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw transientFailure();
            }
            return "second try";
        });

        assertThat(result).isEqualTo("second try");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_read_inside_a_unit_joins_it_and_its_hooks_wait_for_the_commit() {
        String written = marker();
        List<Boolean> seenCommittedByHook = Collections.synchronizedList(new ArrayList<>());

        unitOfWork().run(() -> {
            writeMarker(written);
            unitOfWork().read(() -> {
                unitOfWork().afterCommit(() -> seenCommittedByHook.add(isCommitted(written)));
                return null;
            });
            assertThat(seenCommittedByHook)
                    .as("the hook waits for the outer unit")
                    .isEmpty();
        });

        assertThat(seenCommittedByHook).containsExactly(true);
    }

    @Test
    void a_unit_that_writes_cannot_start_inside_a_read() {
        String written = marker();

        assertThatThrownBy(() -> unitOfWork().read(() -> {
                    unitOfWork().run(() -> writeMarker(written));
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a read");

        assertThat(isCommitted(written)).isFalse();
    }

    @Test
    void before_commit_actions_are_refused_inside_a_read() {
        assertThatThrownBy(() -> unitOfWork().read(() -> {
                    retrying().beforeCommit(() -> {});
                    return null;
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a read");
    }

    // before-commit actions and attempt state: the storage adapter base's hooks for late writes (ADR 21)

    private RetryingUnitOfWork retrying() {
        assertThat(unitOfWork())
                .as("every storage unit of work builds on the storage adapter base")
                .isInstanceOf(RetryingUnitOfWork.class);
        return (RetryingUnitOfWork) unitOfWork();
    }

    @Test
    void before_commit_actions_run_inside_the_unit_after_its_work_and_commit_with_it() {
        String late = marker();
        List<String> order = Collections.synchronizedList(new ArrayList<>());

        unitOfWork().run(() -> {
            retrying().beforeCommit(() -> {
                order.add("action");
                writeMarker(late);
            });
            order.add("work");
        });

        assertThat(order).containsExactly("work", "action");
        assertThat(isCommitted(late)).isTrue();
    }

    @Test
    void a_failing_before_commit_action_rolls_the_unit_back() {
        String early = marker();
        IllegalStateException boom = new IllegalStateException("late write refused");
        AtomicInteger hookRuns = new AtomicInteger();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    writeMarker(early);
                    unitOfWork().afterCommit(hookRuns::incrementAndGet);
                    retrying().beforeCommit(() -> {
                        throw boom;
                    });
                }))
                .isSameAs(boom);

        assertThat(isCommitted(early)).isFalse();
        assertThat(hookRuns).hasValue(0);
    }

    @Test
    void before_commit_actions_of_a_failed_attempt_never_run_and_a_rerun_starts_with_fresh_state() {
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> actionRuns = Collections.synchronizedList(new ArrayList<>());
        List<List<Integer>> statePerAttempt = Collections.synchronizedList(new ArrayList<>());

        unitOfWork().run(() -> {
            int attempt = attempts.incrementAndGet();
            List<Integer> state = retrying().attemptState("probe", ArrayList::new);
            state.add(attempt);
            statePerAttempt.add(List.copyOf(retrying().<List<Integer>>attemptState("probe", ArrayList::new)));
            retrying().beforeCommit(() -> actionRuns.add(attempt));
            if (attempt == 1) {
                throw new VersionConflictException("first attempt loses");
            }
        });

        assertThat(statePerAttempt).containsExactly(List.of(1), List.of(2));
        assertThat(actionRuns).containsExactly(2);
    }

    @Test
    void before_commit_and_attempt_state_outside_a_unit_are_refused() {
        assertThatThrownBy(() -> retrying().beforeCommit(() -> {})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> retrying().attemptState("probe", Object::new))
                .isInstanceOf(IllegalStateException.class);
    }
}
