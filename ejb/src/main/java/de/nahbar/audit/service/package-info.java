/** Access log: the auditor's filtered, paged view of who opened which case when. */
package de.nahbar.audit.service;
