package de.nahbar.staff.service;

/**
 * Whether staff log in with their directory account: set by the directory configurations
 * (directory.cli, system property {@code nahbar.directory}); the built-in realm alone otherwise.
 */
public final class DirectoryMode {

    private DirectoryMode() {}

    public static boolean on() {
        return Boolean.getBoolean("nahbar.directory");
    }
}
