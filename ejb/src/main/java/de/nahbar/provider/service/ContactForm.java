package de.nahbar.provider.service;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.provider.domain.ProviderContact;

/** A provider's staff member as entered, with the ids of the measures they look after. */
public record ContactForm(
        @Size(max = ProviderContact.NAME_MAX) String name,
        @Size(max = ProviderContact.FUNCTION_MAX) String function,
        @Size(max = ProviderContact.PHONE_MAX) String phone,
        @Size(max = ProviderContact.EMAIL_MAX) String email,
        @NotNull @Size(max = 100) List<Long> measureIds)
        implements Serializable {

    public ContactForm {
        measureIds = List.copyOf(measureIds);
    }
}
