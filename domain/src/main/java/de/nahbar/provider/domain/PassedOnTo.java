package de.nahbar.provider.domain;

/** Where a deficiency was passed on outside the Jobcenter. */
public enum PassedOnTo {
    /** The regional purchasing centre (Regionales Einkaufszentrum) that holds the contract. */
    PURCHASING_CENTRE,
    /** The BA's audit service for labour-market services (Prüfdienst Arbeitsmarktdienstleistungen). */
    AUDIT_SERVICE,
    /** The certifying body (fachkundige Stelle) that certified the provider under the AZAV. */
    CERTIFYING_BODY
}
