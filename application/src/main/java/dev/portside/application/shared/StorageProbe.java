package dev.portside.application.shared;

/**
 * Asks the storage whether it answers right now, for readiness: returns when it does, throws when it
 * does not. A probe may block as long as the storage's own timeouts allow; its caller bounds the wait.
 */
public interface StorageProbe {

    void ping();
}
