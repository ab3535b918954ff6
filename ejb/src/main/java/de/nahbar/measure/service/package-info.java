/** Measures: the catalogue, reserving and filling places, coordination, fill requests, FbW, the import. */
package de.nahbar.measure.service;
