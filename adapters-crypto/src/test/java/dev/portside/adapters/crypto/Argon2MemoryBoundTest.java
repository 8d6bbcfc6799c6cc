package dev.portside.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each Argon2id derivation holds 19 MiB of heap. Sixteen at once need over 300 MiB; in a 96 MiB heap
 * that is an OutOfMemoryError (a 500 for every caller) unless the hasher bounds how many run at once.
 */
class Argon2MemoryBoundTest {

    @Test
    void a_burst_of_hashes_fits_a_small_heap_when_concurrency_is_bounded() throws Exception {
        Result bounded = runBurst(2);

        assertThat(bounded.exitCode()).as(bounded.output()).isZero();
        assertThat(bounded.output()).contains("all 16 hashes verified");
    }

    @Test
    void the_same_burst_unbounded_exhausts_the_heap() throws Exception {
        // the control: proves the heap really is too small for 16 at once, so the test above is meaningful
        Result unbounded = runBurst(16);

        assertThat(unbounded.exitCode()).isNotZero();
        assertThat(unbounded.output()).contains("OutOfMemoryError");
    }

    private record Result(int exitCode, String output) {}

    private static Result runBurst(int permits) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx96m",
                        "-XX:+UseSerialGC",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HashBurst.class.getName(),
                        String.valueOf(permits)))
                .redirectErrorStream(true)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hash burst did not finish in 60 s");
        }
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
