package de.nahbar.shared.web;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.primefaces.model.StreamedContent;

/**
 * A file made on a managed thread, so that a large export holds no request thread: the page
 * polls {@link #percent()} and offers the file once {@link #isFinished()}. Lives in the view
 * only (transient): after a fail-over the user starts the export again.
 */
public final class BackgroundExport implements Runnable {

    private final String fileName;
    private final String contentType;
    private final int steps;
    private final Function<IntConsumer, byte[]> work;
    private final AtomicInteger done = new AtomicInteger();
    private volatile byte[] bytes;
    private volatile boolean failed;

    public BackgroundExport(String fileName, String contentType, int steps, Function<IntConsumer, byte[]> work) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.steps = Math.max(1, steps);
        this.work = work;
    }

    @Override
    public void run() {
        try {
            bytes = work.apply(done::set);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Share of the steps done, 0–100; 100 only when the file is ready. */
    public int percent() {
        if (isFinished()) {
            return 100;
        }
        return Math.min(99, done.get() * 100 / steps);
    }

    public boolean isFinished() {
        return bytes != null;
    }

    public boolean isFailed() {
        return failed;
    }

    public String fileName() {
        return fileName;
    }

    public StreamedContent download() {
        if (bytes == null) {
            throw new IllegalStateException("export not finished: " + fileName);
        }
        return Downloads.of(fileName, contentType, bytes);
    }
}
