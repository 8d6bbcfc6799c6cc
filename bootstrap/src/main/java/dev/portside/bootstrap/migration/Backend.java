package dev.portside.bootstrap.migration;

import java.util.Arrays;
import java.util.Locale;

/** A storage backend and the Micronaut environments that select it (docs/architecture.md, "Choosing backends"). */
public enum Backend {
    POSTGRES(new String[0]),
    MONGO(new String[] {"mongo"});

    private final String[] environments;

    Backend(String[] environments) {
        this.environments = environments;
    }

    String[] environments() {
        return environments.clone();
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Backend parse(String text) {
        return Arrays.stream(values())
                .filter(backend -> backend.cliName().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown backend '" + text + "' (postgres or mongo)"));
    }
}
