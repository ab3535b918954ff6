/** Shared kernel of the services: the exceptions every context throws, schema migration, query helpers. */
package de.nahbar.shared.service;
