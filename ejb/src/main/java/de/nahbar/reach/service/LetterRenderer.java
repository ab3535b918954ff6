package de.nahbar.reach.service;

/**
 * Makes the PDF of a letter (the web module knows the layout); the service keeps what it made,
 * so that the letter can be downloaded again exactly as it was sent.
 */
@FunctionalInterface
public interface LetterRenderer {

    byte[] render(InvitationLetter letter);
}
