/** Operations' figures of the web tier: requests and response times per page. */
package de.nahbar.operations.web;
