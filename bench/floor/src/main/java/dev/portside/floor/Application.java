package dev.portside.floor;

import io.micronaut.runtime.Micronaut;

/** The floor service: bench/floor/README.md. */
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
