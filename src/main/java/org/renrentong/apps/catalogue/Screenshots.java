package org.renrentong.apps.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenshots of apps: PNG or JPEG images (recognised from their bytes) that the provider adds, kept by the storage
 * module like any upload of theirs; anyone signed in sees them, as they see the app centre.
 */
@Service
public class Screenshots {

    static final int MAX = 5;
    static final long MAX_BYTES = 2L << 20;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Apps apps;
    private final AppRepository repository;
    private final ServerUploads uploads;
    private final StoredFiles files;
    private final AuditLog audit;

    Screenshots(Apps apps, AppRepository repository, ServerUploads uploads, StoredFiles files, AuditLog audit) {
        this.apps = apps;
        this.repository = repository;
        this.uploads = uploads;
        this.files = files;
        this.audit = audit;
    }

    /** A screenshot as it is sent: the stored file and its content. */
    public record Image(StoredFile file, Resource content) {
    }

    @Transactional
    public App add(Actor actor, long appId, long size, Resource image) {
        App app = apps.owned(actor, appId);
        if (app.screenshots().size() >= MAX) {
            throw DomainException.invalid("apps.app.screenshot.tooMany", MAX);
        }
        byte[] bytes = read(size, image);
        String name = startsWith(bytes, PNG) ? "screenshot.png" : startsWith(bytes, JPEG) ? "screenshot.jpg" : null;
        if (name == null) {
            throw DomainException.invalid("apps.app.screenshot.type");
        }
        StoredFile file = files.claim(actor, uploads.upload(actor, name, bytes));
        int position = repository.addScreenshot(appId, file.id());
        audit.record(actor.audited("APP_SCREENSHOT_ADDED", "app", appId, null, null, app.name(), position));
        return apps.find(appId);
    }

    public Image get(long appId, int position) {
        long fileId = repository.screenshotFile(appId, position)
                .orElseThrow(() -> DomainException.notFound("apps.app.screenshot.unknown"));
        StoredFile file = files.file(fileId).orElseThrow(() -> DomainException.notFound("apps.app.screenshot.unknown"));
        return new Image(file, files.content(file));
    }

    private static byte[] read(long size, Resource image) {
        if (image == null || size <= 0) {
            throw DomainException.invalid("apps.app.screenshot.required");
        }
        if (size > MAX_BYTES) {
            throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "apps.app.screenshot.tooLarge", MAX_BYTES >> 20);
        }
        try (InputStream in = image.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "apps.app.screenshot.tooLarge",
                        MAX_BYTES >> 20);
            }
            return bytes;
        } catch (IOException e) {
            throw DomainException.invalid("apps.app.screenshot.type");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
