package de.nahbar.shared.service;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a domain rule's refusal (IllegalArgumentException, IllegalStateException) into a
 * {@link RuleViolationException}, so bad input that slipped past a form rolls back and is told
 * to the user instead of surfacing as a server error.
 */
public class DomainRules {

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException(e);
        }
    }
}
