/** Access log: one append-only entry for every access to a customer's case. */
package de.nahbar.audit.domain;
