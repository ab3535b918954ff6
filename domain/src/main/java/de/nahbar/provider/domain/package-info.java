/** Provider relations: provider staff, visits, quality observations, deficiencies with entries and evidence. */
package de.nahbar.provider.domain;
