/** Staff: members, teams, roles and role grants, logins (throttle, trusted devices) and their events. */
package de.nahbar.staff.domain;
