package de.nahbar.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.service.RuleViolationException;

/**
 * A change the user asked for, sent to a service, and what the page says about it: done, the
 * done message; refused, the service's own message (at the field the refusal belongs to, where a
 * page names one); changed by someone else first, the explanation. Page beans say only what
 * differs, for example {@code ServiceCall.of(() -> service.save(form)).done("x.saved").run()}.
 */
public final class ServiceCall {

    private final Runnable change;
    private String doneKey;
    private String concurrentChangeKey;
    private Runnable afterConcurrentChange = () -> {};
    private final Map<Class<? extends NahbarException>, String> fields = new LinkedHashMap<>();
    private final Map<String, String> ruleFields = new LinkedHashMap<>();
    private final Map<String, Runnable> afterRefusal = new LinkedHashMap<>();

    private ServiceCall(Runnable change) {
        this.change = change;
    }

    public static ServiceCall of(Runnable change) {
        return new ServiceCall(change);
    }

    /** The message shown when the change was made. */
    public ServiceCall done(String key) {
        this.doneKey = key;
        return this;
    }

    /** The page's own words for a concurrent change, instead of the general ones. */
    public ServiceCall concurrentChange(String key) {
        this.concurrentChangeKey = key;
        return this;
    }

    /** What to do after a concurrent change was explained, typically showing the other version. */
    public ServiceCall onConcurrentChange(Runnable action) {
        this.afterConcurrentChange = action;
        return this;
    }

    /** Shows a refusal of this kind at the field with this client id rather than at the top. */
    public ServiceCall at(Class<? extends NahbarException> refusal, String clientId) {
        fields.put(refusal, clientId);
        return this;
    }

    /** Shows a broken domain rule about {@code field} (see {@code RuleBroken}) at the input with this client id. */
    public ServiceCall field(String field, String clientId) {
        ruleFields.put(field, clientId);
        return this;
    }

    /** What to do after a refusal with this message key was shown, e.g. showing what it was about. */
    public ServiceCall onRefused(String messageKey, Runnable action) {
        afterRefusal.put(messageKey, action);
        return this;
    }

    /** Runs the change; returns whether it was made. */
    public boolean run() {
        try {
            change.run();
            if (doneKey != null) {
                FacesMessages.info(doneKey);
            }
            return true;
        } catch (ConcurrentChangeException e) {
            FacesMessages.error(null, concurrentChangeKey != null ? concurrentChangeKey : e.messageKey());
            afterConcurrentChange.run();
            return false;
        } catch (NahbarException e) {
            FacesMessages.error(fieldOf(e), e.messageKey());
            afterRefusal.getOrDefault(e.messageKey(), () -> {}).run();
            return false;
        } catch (ConstraintViolationException e) {
            FacesMessages.error(null, "error.invalidInput");
            return false;
        }
    }

    private String fieldOf(NahbarException refusal) {
        if (refusal instanceof RuleViolationException broken && ruleFields.containsKey(broken.field())) {
            return ruleFields.get(broken.field());
        }
        return fields.entrySet().stream()
                .filter(field -> field.getKey().isInstance(refusal))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
