package de.nahbar.shared.web;

/**
 * A request no page of nahbar's sends: a record id changed in a post, a tab or a view state that
 * the page never had. Answered 400 before anything of it runs, and written to the security log
 * like any other refusal (see {@link NahbarExceptionHandlerFactory}).
 */
public class ForgedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForgedRequestException(String what) {
        super(what);
    }
}
