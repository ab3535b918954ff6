package de.nahbar.shared.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts exports on the server's default managed executor, away from the request threads. */
@ApplicationScoped
public class BackgroundExports {

    @Resource
    private ManagedExecutorService executor;

    public BackgroundExport start(BackgroundExport export) {
        executor.execute(export);
        return export;
    }
}
