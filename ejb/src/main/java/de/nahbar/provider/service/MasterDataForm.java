package de.nahbar.provider.service;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.Provider;

/** A provider's address, ways to reach it and certification, as the administrator maintains them. */
public record MasterDataForm(
        @Size(max = Provider.ADDRESS_MAX) String address,
        @Size(max = Provider.PHONE_MAX) String phone,
        @Size(max = Provider.EMAIL_MAX) String email,
        @Size(max = Provider.CERTIFICATION_MAX) String certification,
        @Size(max = Provider.CERTIFIED_BY_MAX) String certifiedBy,
        LocalDate certifiedUntil)
        implements Serializable {}
