/** Staff: who is logged in, the administration of members and teams, the four-eyes role grants, passwords. */
package de.nahbar.staff.service;
