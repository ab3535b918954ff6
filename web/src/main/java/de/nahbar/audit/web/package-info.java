/** Access log: the auditor's page. */
package de.nahbar.audit.web;
