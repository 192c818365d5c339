package no.arshjul.web;

import java.io.IOException;

/**
 * A request body over the limit ({@code arshjul.api.max-body-size}). An IOException, because it is
 * thrown while the body is read, and the JSON reader passes I/O failures on to the error handling.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long getLimit() {
        return limit;
    }

    /** A size as people read it: "1 MB", "512 kB". */
    public static String readable(long bytes) {
        return RequestBodyLimit.readable(bytes);
    }
}
