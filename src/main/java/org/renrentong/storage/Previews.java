package org.renrentong.storage;

import jakarta.annotation.PreDestroy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.renrentong.shared.Bookkeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.FileSystemUtils;

/**
 * PDF previews of office documents, made by LibreOffice ({@code soffice --headless --convert-to pdf}) in the
 * background, one at a time (a conversion takes a core), with a timeout. Without LibreOffice on the PATH there are
 * no previews and the page says to download the file.
 */
@Component
@Bookkeeping
class Previews {

    private static final Logger log = LoggerFactory.getLogger(Previews.class);

    private final StorageSettings settings;
    private final DerivationRepository derivations;
    private final DerivedFiles derived;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "office-preview");
        t.setDaemon(true);
        return t;
    });
    private final boolean converterPresent;

    Previews(StorageSettings settings, DerivationRepository derivations, DerivedFiles derived) {
        this.settings = settings;
        this.derivations = derivations;
        this.derived = derived;
        this.converterPresent = onPath(settings.officeCommand());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    boolean available() {
        return converterPresent;
    }

    /** Starts the conversion once the current transaction (if any) has committed the file. */
    void request(StoredFile file) {
        if (!converterPresent || !FileTypes.office(file.mediaType())) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(file);
                }
            });
        } else {
            submit(file);
        }
    }

    private void submit(StoredFile file) {
        if (derivations.start(file.id(), DerivationRepository.PREVIEW, settings.previewTimeout().multipliedBy(3))) {
            worker.submit(() -> convert(file));
        }
    }

    private void convert(StoredFile file) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("preview");
            Path input = dir.resolve("source." + FileTypes.officeExtension(file.mediaType()));
            derived.copyContent(file, input);
            Process process = new ProcessBuilder(List.of(settings.officeCommand(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf",
                    "--outdir", dir.toString(), input.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            boolean done = process.waitFor(settings.previewTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Path pdf = dir.resolve("source.pdf");
            if (!done) {
                process.destroyForcibly();
                log.warn("Preview of file {} timed out", file.id());
                derivations.failed(file.id(), DerivationRepository.PREVIEW);
            } else if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                log.warn("Preview of file {} failed with exit code {}", file.id(), process.exitValue());
                derivations.failed(file.id(), DerivationRepository.PREVIEW);
            } else {
                derived.keep(file, DerivationRepository.PREVIEW, pdf, FileTypes.PDF, baseName(file.name()) + ".pdf");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Preview of file {} failed: {}", file.id(), e.toString());
            derivations.failed(file.id(), DerivationRepository.PREVIEW);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean onPath(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
