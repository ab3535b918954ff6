/**
 * nahbar's readiness checks (MicroProfile Health). They live in the EAR's {@code lib/}
 * (nahbar-health.jar, built by the ear module), because WildFly looks for health checks only in
 * the top level of an EAR, never in its EJB or web modules (WFLY-12835); so they use nothing of
 * nahbar but the datasource and the settings of the server's configuration.
 */
package de.nahbar.operations.health;
