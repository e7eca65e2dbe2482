package uk.skillsplan.response.transfer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails as soon as there are more than allowed, so that an oversized
 * upload is refused without being read to the end (a declared size could lie).
 */
final class SizeLimitedInputStream extends FilterInputStream {

    /** Thrown when the limit is passed; an IOException so that readers pass it through. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** A number of bytes that several streams may share, such as the parts of one workbook. */
    static final class Budget {

        private final long limit;
        private long count;

        Budget(long limit) {
            this.limit = limit;
        }

        private void spend(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }

    private final Budget budget;

    SizeLimitedInputStream(InputStream in, long limit) {
        this(in, new Budget(limit));
    }

    SizeLimitedInputStream(InputStream in, Budget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLarge {
        budget.spend(n);
    }
}
