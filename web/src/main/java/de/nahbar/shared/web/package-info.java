/** Shared kernel of the pages: messages, formats, converters, PDF and Excel writers, security headers, error pages. */
package de.nahbar.shared.web;
