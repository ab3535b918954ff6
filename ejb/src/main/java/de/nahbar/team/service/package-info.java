/** Team lead's overviews: occupancy of measures and the team's caseloads, read across the contexts below. */
package de.nahbar.team.service;
