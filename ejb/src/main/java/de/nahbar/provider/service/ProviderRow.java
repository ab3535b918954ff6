package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider in the directory: address, certification, contracts and lots, its running measures
 * with the places purchased and taken from today on, its staff and its open deficiencies.
 */
public record ProviderRow(
        long id,
        String name,
        String address,
        String phone,
        String certification,
        LocalDate certifiedUntil,
        boolean certifiedNow,
        List<String> contracts,
        long measures,
        long places,
        long taken,
        long contacts,
        long openDeficiencies,
        long overdueDeficiencies)
        implements Serializable {

    public ProviderRow {
        contracts = List.copyOf(contracts);
    }

    /** Contracts and lots, as one line. */
    public String contractList() {
        return String.join(", ", contracts);
    }

    /** Places taken as a share of the places purchased, in percent; 0 without places. */
    public int occupancyPercent() {
        return places == 0 ? 0 : (int) Math.round(100.0 * taken / places);
    }
}
