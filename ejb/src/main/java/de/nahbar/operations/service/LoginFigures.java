package de.nahbar.operations.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import de.nahbar.staff.service.LoginFailed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/** Counts refused logins (wrong password, or tried while waiting): a sudden rise is someone guessing. */
@ApplicationScoped
public class LoginFigures {

    @Inject
    private MeterRegistry registry;

    private Counter failed;

    @PostConstruct
    void register() {
        // the registry's own method: WildFly 39 exports no meter registered by a builder (WFLY-21339)
        failed = registry.counter("nahbar.logins.failed", Tags.empty());
    }

    /** Created with the application, so that the count is there (at 0) before the first refusal. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing: observing the event creates the bean
    }

    void count(@Observes LoginFailed refused) {
        failed.increment();
    }
}
