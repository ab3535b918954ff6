/** Staff: login, password change, the signed-in user, navigation and start page per role, administration pages. */
package de.nahbar.staff.web;
