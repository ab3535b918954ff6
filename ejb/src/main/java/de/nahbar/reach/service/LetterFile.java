package de.nahbar.reach.service;

/** A stored letter for download. */
public record LetterFile(String fileName, byte[] pdf) {}
