/** Caseload: the caseworker's list, the case file and its records, deputies; every case access is checked and logged. */
package de.nahbar.caseload.service;
