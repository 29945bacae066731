package org.renrentong.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A blob's bytes, handed to the HTTP response in large writes: Spring MVC copies a whole-file body with
 * {@link #transferTo}, and the JDK's default of 8 KB writes costs a large video a third of its throughput.
 */
class BlobInputStream extends FilterInputStream {

    private static final int TRANSFER_BUFFER = 256 * 1024;

    BlobInputStream(InputStream in) {
        super(in);
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[TRANSFER_BUFFER];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
