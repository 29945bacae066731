package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.InputStreamContentSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;

/**
 * A multipart/form-data request whose body is parsed the first time anyone asks for a field or a file (the CSRF check
 * of a form, or the handler's arguments), once. Its fields are parameters after those of the query, as the
 * container would give them. A body that cannot be parsed has no fields, as with the container, and fails again
 * when the dispatcher asks for its files, where the error resolvers turn it into a clear 400 or 413.
 */
final class ParsedForm extends HttpServletRequestWrapper implements AutoCloseable {

    private final MultipartForms forms;
    private MultiPartFormData.Parts parts;
    private MultipartException failure;
    private MultiValueMap<String, MultipartFile> files;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private Map<String, String[]> parameters;

    ParsedForm(HttpServletRequest request, MultipartForms forms) {
        super(request);
        this.forms = forms;
    }

    /** The request as the dispatcher hands it to handlers, with its files; throws if the body cannot be parsed. */
    MultipartHttpServletRequest resolve(HttpServletRequest outer) {
        parse();
        return new DefaultMultipartHttpServletRequest(outer, files, Map.of(), Map.of());
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters());
    }

    /** Deletes the files the parser wrote to disk. */
    @Override
    public void close() {
        if (parts != null) {
            parts.close();
            parts = null;
        }
    }

    private Map<String, String[]> parameters() {
        if (parameters != null) {
            return parameters;
        }
        try {
            parse();
        } catch (MultipartException e) {
            // as the container does: no fields; the dispatcher reports the failure when it asks for the files
        }
        // the body is read by now, so the container gives the query's parameters only
        Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
        fields.forEach((name, values) -> {
            List<String> all = new ArrayList<>(List.of(merged.getOrDefault(name, new String[0])));
            all.addAll(values);
            merged.put(name, all.toArray(String[]::new));
        });
        parameters = merged;
        return parameters;
    }

    private void parse() {
        if (files != null) {
            return;
        }
        if (failure != null) {
            throw failure;
        }
        try (InputStream body = super.getInputStream()) {
            String boundary = MultiPart.extractBoundary(getContentType());
            if (boundary == null || boundary.isEmpty()) {
                throw new MultipartException("The multipart body has no boundary");
            }
            MultiPartFormData.Parser parser = forms.parser(boundary);
            parts = parser.parse(new InputStreamContentSource(body, forms.buffers())).join();
            MultiValueMap<String, MultipartFile> read = new LinkedMultiValueMap<>();
            for (MultiPart.Part part : parts) {
                if (part.getName() == null) {
                    continue;
                }
                if (part.getFileName() != null) {
                    read.add(part.getName(), file(part));
                } else {
                    fields.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(part.getContentAsString(charset()));
                }
            }
            files = read;
        } catch (CompletionException e) {
            failure = forms.failure(e.getCause());
        } catch (IOException | RuntimeException e) {
            failure = forms.failure(e);
        }
        if (failure != null) {
            fields.clear();
            close();
            throw failure;
        }
    }

    private static FormFile file(MultiPart.Part part) throws IOException {
        String type = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (part instanceof MultiPart.PathPart onDisk) {
            return new FormFile(part.getName(), part.getFileName(), type, null, onDisk.getPath(), part.getLength());
        }
        byte[] bytes = new byte[(int) part.getLength()];
        if (bytes.length > 0) {
            Content.Source.asByteBuffer(part.createContentSource()).get(bytes);
        }
        return new FormFile(part.getName(), part.getFileName(), type, bytes, null, bytes.length);
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
