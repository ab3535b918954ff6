/** Team lead's pages: the team page, occupancy overview and its spreadsheet, the team's caseloads. */
package de.nahbar.team.web;
