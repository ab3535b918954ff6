/** Provider relations: the directory, a provider's page, visits, observations, deficiencies, dossier and demand letters. */
package de.nahbar.provider.service;
