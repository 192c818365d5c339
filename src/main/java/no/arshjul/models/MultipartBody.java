package no.arshjul.models;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes a multipart/form-data body, so a request can be checked and passed on with parts added. */
final class MultipartBody {

    record Part(String name, String fileName, String contentType, byte[] content) {

        boolean isFile() {
            return fileName != null;
        }
    }

    /** A body ready to send, with the content type that carries its boundary. */
    record Encoded(byte[] body, String contentType) {
    }

    private MultipartBody() {
    }

    static List<Part> parse(byte[] body, String contentType) throws IOException {
        List<Part> parts = new ArrayList<>();
        try {
            FileItemIterator items = new FileUpload().getItemIterator(new UploadContext() {
                @Override
                public long contentLength() {
                    return body.length;
                }

                @Override
                public String getCharacterEncoding() {
                    return StandardCharsets.UTF_8.name();
                }

                @Override
                @Deprecated
                public int getContentLength() {
                    return body.length;
                }

                @Override
                public String getContentType() {
                    return contentType;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(body);
                }
            });
            while (items.hasNext()) {
                FileItemStream item = items.next();
                try (InputStream in = item.openStream()) {
                    parts.add(new Part(item.getFieldName(), item.isFormField() ? null : item.getName(),
                            item.getContentType(), in.readAllBytes()));
                }
            }
        } catch (FileUploadException e) {
            throw new IOException("Cannot read the multipart request: " + e.getMessage(), e);
        }
        return parts;
    }

    static Encoded encode(List<Part> parts) {
        String boundary = "arshjul-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            if (part.isFile()) {
                head.append("; filename=\"").append(quoted(part.fileName())).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "").replace("\n", "");
    }
}
