package de.nahbar.provider.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.provider.service.ProviderAgendaQueries;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;

/** The provider agenda on Mein Tag, Meine Maßnahmen and the team page. */
@Named
@ViewScoped
public class ProviderAgendaView implements Serializable {

    @EJB
    private ProviderAgendaQueries agendas;

    @EJB
    private ProviderRelationsService relations;

    private ProviderAgendaQueries.Agenda agenda;

    public ProviderAgendaQueries.Agenda getAgenda() {
        if (agenda == null) {
            agenda = agendas.mine();
        }
        return agenda;
    }

    public void done(long visitId) {
        try {
            relations.followUpDone(visitId);
            FacesMessages.info("agenda.doneSaved");
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
        agenda = agendas.mine();
    }
}
