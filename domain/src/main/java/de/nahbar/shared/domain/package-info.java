/** Shared kernel: the Jobcenter's clock and time zone, guards for arguments, nothing about people. */
package de.nahbar.shared.domain;
