/** Provider relations: directory, provider page, deficiency page, their PDFs, the observations on a measure's page. */
package de.nahbar.provider.web;
