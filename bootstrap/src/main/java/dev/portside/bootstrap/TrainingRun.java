package dev.portside.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The build's run that records which classes the service loads, for the class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit} on JDK 17, the AOT cache on JDK 25; bootstrap pom, ADR 18): with
 * {@code -Dportside.training-run=true} the service starts as usual, answers a few requests to itself
 * so that the request path's classes (routing, security, JSON, JDBC) are loaded too, and exits.
 * Loading those classes from the archive instead of from the fat jar halves the start.
 */
final class TrainingRun {

    static final String PROPERTY = "portside.training-run";

    private static final List<String> PATHS =
            List.of("/health", "/api/posts?page=0&size=1", "/api/products?page=0&size=1", "/api/users/me");

    private TrainingRun() {}

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Sends the requests (any status will do: what counts is the code they run), then stops the service. */
    static void exerciseAndExit(ApplicationContext context) {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpClient client = HttpClient.newHttpClient();
        int status = 0;
        for (String path : PATHS) {
            try {
                client.send(
                        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                System.err.println("portside training run: GET " + path + " failed: " + e);
                status = 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 1;
                break;
            }
        }
        context.close();
        System.exit(status);
    }
}
