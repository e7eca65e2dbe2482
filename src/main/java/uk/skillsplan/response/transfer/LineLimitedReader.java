package uk.skillsplan.response.transfer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a CSV file at the first line longer than allowed. Commons CSV keeps a whole record
 * in memory and has no limit of its own, so one 50 MB line would otherwise be held at once. A
 * carriage return alone ends a line too, as it does for the parser.
 */
final class LineLimitedReader extends FilterReader {

    /** Thrown at the first line over the limit; an IOException so that the CSV parser passes it through. */
    static final class LineTooLong extends IOException {

        private final int line;

        LineTooLong(int line, int limit) {
            super("line " + line + " is longer than " + limit + " characters");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private final int limit;
    private int line = 1;
    private int length;
    private boolean afterCarriageReturn;

    LineLimitedReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            counted(buffer[i]);
        }
        return n;
    }

    private void counted(char c) throws LineTooLong {
        if (c == '\n' || c == '\r') {
            if (!(c == '\n' && afterCarriageReturn)) {
                line++;
            }
            afterCarriageReturn = c == '\r';
            length = 0;
            return;
        }
        afterCarriageReturn = false;
        if (++length > limit) {
            throw new LineTooLong(line, limit);
        }
    }
}
