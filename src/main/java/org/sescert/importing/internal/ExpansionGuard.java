package org.sescert.importing.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.sescert.importing.ImportRefusedException;

/**
 * Counts the bytes actually read from a CSV file or zip entry, whatever size the zip's directory
 * claims, and refuses past the limit; a zip entry that expands far more than data does (a zip
 * bomb) is refused early, as POI refuses it in a workbook.
 */
final class ExpansionGuard extends FilterInputStream {

    /** Small entries may compress well without being bombs: POI's grace, too. */
    private static final long GRACE_BYTES = 100 * 1024;

    private final String name;
    private final long limit;
    private final long compressedSize;
    private final double minInflateRatio;
    /** Read on the step's thread for its progress while the reading thread counts: volatile. */
    private volatile long read;

    /**
     * @param compressedSize the entry's compressed size, or -1 for a plain file
     */
    ExpansionGuard(InputStream in, String name, long limit, long compressedSize, double minInflateRatio) {
        super(in);
        this.name = name;
        this.limit = limit;
        this.compressedSize = compressedSize;
        this.minInflateRatio = minInflateRatio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    long bytesRead() {
        return read;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new ImportRefusedException(name + " is larger than the limit of " + limit
                    + " bytes (sescert.import.max-file-bytes, or max-entry-bytes in a zip); split it, or raise the limit.");
        }
        if (compressedSize >= 0 && read > GRACE_BYTES && (double) compressedSize / read < minInflateRatio) {
            throw new ImportRefusedException(name + " expands to more than " + Math.round(1 / minInflateRatio)
                    + " times its compressed size, as a zip bomb does, and is not read (sescert.import.min-inflate-ratio).");
        }
    }
}
