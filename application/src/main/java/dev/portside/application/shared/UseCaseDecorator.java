package dev.portside.application.shared;

/**
 * What a feature's composition (e.g. {@code BankUseCases}) does to each use case it builds before handing
 * it out: the one hook for behaviour around every use case, such as the composition root's timers and
 * spans (ADR 20). Plain Java, so the application stays free of any framework; a decorator returns an
 * implementation of the use case's interface, typically a proxy around the service.
 */
public interface UseCaseDecorator {

    /** Hands out the services themselves. */
    UseCaseDecorator IDENTITY = new UseCaseDecorator() {
        @Override
        public <T> T decorate(Class<T> useCase, T service) {
            return service;
        }
    };

    /**
     * The use case to hand out in place of {@code service}.
     *
     * @param useCase the use case's interface (e.g. {@code TransferMoney.class}), which the result implements
     * @param service the service that carries the use case out
     * @param <T> the use case's interface
     * @return {@code service} or an implementation of {@code useCase} that calls it
     */
    <T> T decorate(Class<T> useCase, T service);
}
