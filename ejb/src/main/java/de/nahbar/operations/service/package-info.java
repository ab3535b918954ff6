/**
 * Operations: what a node tells the load balancer and the monitoring about itself. Readiness and
 * liveness checks (MicroProfile Health, on WildFly's management interface) and nahbar's figures
 * for Prometheus (Micrometer): counts of the Jobcenter as a whole, never of a person.
 */
package de.nahbar.operations.service;
