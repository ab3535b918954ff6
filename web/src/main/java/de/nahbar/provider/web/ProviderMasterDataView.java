package de.nahbar.provider.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.provider.service.MasterDataForm;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.web.ProviderPageView.Editing;
import de.nahbar.shared.web.ServiceCall;

/**
 * The provider's master data on its page: address, phone, e-mail and its certification (AZAV or
 * similar) with who certified it and until when.
 */
@Named
@ViewScoped
public class ProviderMasterDataView implements Serializable {

    @EJB
    private ProviderRelationsService relations;

    @Inject
    private ProviderPageView providerPage;

    private String address;
    private String phone;
    private String email;
    private String certification;
    private String certifiedBy;
    private LocalDate certifiedUntil;

    public void startMaster() {
        providerPage.open(Editing.MASTER);
        ProviderPage.MasterData m = providerPage.getPage().master();
        address = m.address();
        phone = m.phone();
        email = m.email();
        certification = m.certification();
        certifiedBy = m.certifiedBy();
        certifiedUntil = m.certifiedUntil();
    }

    public void saveMaster() {
        MasterDataForm form = new MasterDataForm(address, phone, email, certification, certifiedBy, certifiedUntil);
        long version = providerPage.getPage().master().version();
        providerPage.run(ServiceCall.of(() -> relations.changeMasterData(providerPage.getId(), version, form))
                .done("provider.masterSaved")
                .field("certification", "masterForm:certification")
                .field("certifiedUntil", "masterForm:certifiedUntil"));
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCertification() {
        return certification;
    }

    public void setCertification(String certification) {
        this.certification = certification;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }

    public void setCertifiedBy(String certifiedBy) {
        this.certifiedBy = certifiedBy;
    }

    public LocalDate getCertifiedUntil() {
        return certifiedUntil;
    }

    public void setCertifiedUntil(LocalDate certifiedUntil) {
        this.certifiedUntil = certifiedUntil;
    }
}
