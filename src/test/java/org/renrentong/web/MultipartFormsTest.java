package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Forms as browsers send them, parsed once whoever asks first; what cannot be parsed fails as Spring's errors. */
class MultipartFormsTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @TempDir Path dir;

    @Test
    void fieldsFollowTheQueryAndFilesKeepTheirNamesAndBytes() throws Exception {
        byte[] photo = bytes(300 * 1024, 7);
        MockHttpServletRequest request = request(new Body().field("_csrf", "token-1").field("text", "第一题的解答")
                .file("files", "作业 1.jpg", "image/jpeg", photo).file("files", "b.jpg", "image/jpeg", bytes(10, 1))
                .file("files", "", "application/octet-stream", new byte[0]).end());
        request.setQueryString("lang=en");
        request.addParameter("lang", "en");
        ParsedForm form = new ParsedForm(request, forms(DataSize.ofMegabytes(1)));

        assertThat(form.getParameter("_csrf")).isEqualTo("token-1");
        assertThat(form.getParameterMap()).containsOnlyKeys("lang", "_csrf", "text");
        MultipartHttpServletRequest resolved = forms(DataSize.ofMegabytes(1)).resolveMultipart(form);
        assertThat(resolved.getParameter("text")).isEqualTo("第一题的解答");
        assertThat(resolved.getFiles("files")).hasSize(3);
        MultipartFile first = resolved.getFiles("files").get(0);
        assertThat(first.getOriginalFilename()).isEqualTo("作业 1.jpg");
        assertThat(first.getContentType()).isEqualTo("image/jpeg");
        assertThat(first.getInputStream().readAllBytes()).isEqualTo(photo);
        assertThat(resolved.getFiles("files").get(2).isEmpty()).isTrue();
    }

    @Test
    void fieldsOutliveTheCleanUpOfTheParts() {
        MultipartForms forms = forms(DataSize.ofMegabytes(1));
        MultipartHttpServletRequest resolved = forms.resolveMultipart(request(new Body().field("text", "已完成")
                .file("files", "a.jpg", "image/jpeg", bytes(10, 1)).end()));
        forms.cleanupMultipart(resolved);
        assertThat(resolved.getParameter("text")).isEqualTo("已完成");
    }

    @Test
    void aTeacherMayPickEveryStudentOfAClass() {
        Body body = new Body().field("_csrf", "t").field("title", "第三单元练习");
        for (int student = 1; student <= 60; student++) {
            body.field("studentIds", String.valueOf(student));
        }
        ParsedForm form = new ParsedForm(request(body.file("files", "a.jpg", "image/jpeg", bytes(10, 1)).end()),
                forms(DataSize.ofMegabytes(1)));
        assertThat(form.getParameterValues("studentIds")).hasSize(60).startsWith("1", "2").endsWith("60");
    }

    @Test
    void aLargeFileWaitsOnDiskUntilTheRequestIsDone() throws Exception {
        byte[] video = bytes(200 * 1024, 3);
        MultipartForms forms = forms(DataSize.ofKilobytes(64));
        MultipartHttpServletRequest resolved = forms.resolveMultipart(
                request(new Body().file("file", "lesson.mp4", "video/mp4", video).end()));
        assertThat(resolved.getFile("file").getBytes()).isEqualTo(video);
        assertThat(files()).isEqualTo(1);

        forms.cleanupMultipart(resolved);
        assertThat(files()).isZero();
    }

    @Test
    void aFileOverTheLimitIsTooLarge() {
        MultipartForms forms = forms(DataSize.ofKilobytes(64));
        MockHttpServletRequest request = request(new Body().file("file", "big.jpg", "image/jpeg",
                bytes(1024 * 1024 + 1, 5)).end());
        assertThatThrownBy(() -> forms.resolveMultipart(request)).isInstanceOf(MaxUploadSizeExceededException.class);
    }

    @Test
    void aBodyThatSaysItIsOverTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = request(new byte[3 * 1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new MultipartFormFilter(forms(DataSize.ofMegabytes(1))).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void withoutALimitNoBodyIsTooLarge() throws Exception {
        MultipartProperties unlimited = new MultipartProperties();
        unlimited.setMaxRequestSize(DataSize.ofBytes(-1));
        unlimited.setMaxFileSize(DataSize.ofBytes(-1));
        unlimited.setLocation(dir.toString());
        MockHttpServletRequest request = request(new Body().file("file", "a.jpg", "image/jpeg", bytes(3000, 4)).end());
        MockFilterChain chain = new MockFilterChain();

        new MultipartFormFilter(new MultipartForms(unlimited)).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void aBodyCutOffOrWithoutBoundaryIsRefusedAndHasNoFields() {
        byte[] whole = new Body().field("_csrf", "t").file("files", "a.jpg", "image/jpeg", bytes(5000, 2)).end();
        MockHttpServletRequest cut = request(Arrays.copyOf(whole, whole.length / 2));
        ParsedForm form = new ParsedForm(cut, forms(DataSize.ofMegabytes(1)));
        assertThat(form.getParameter("_csrf")).isNull();
        assertThatThrownBy(() -> forms(DataSize.ofMegabytes(1)).resolveMultipart(form))
                .isInstanceOf(MultipartException.class).isNotInstanceOf(MaxUploadSizeExceededException.class);

        MockHttpServletRequest noBoundary = request(whole);
        noBoundary.setContentType("multipart/form-data");
        assertThatThrownBy(() -> forms(DataSize.ofMegabytes(1)).resolveMultipart(noBoundary))
                .isInstanceOf(MultipartException.class);
    }

    private MultipartForms forms(DataSize inMemory) {
        MultipartProperties properties = new MultipartProperties();
        properties.setMaxFileSize(DataSize.ofMegabytes(1));
        properties.setMaxRequestSize(DataSize.ofMegabytes(2));
        properties.setFileSizeThreshold(inMemory);
        properties.setLocation(dir.toString());
        return new MultipartForms(properties);
    }

    private long files() throws Exception {
        try (var listing = Files.list(dir)) {
            return listing.count();
        }
    }

    private static MockHttpServletRequest request(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/homework/1/submissions");
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setCharacterEncoding("UTF-8");
        request.setContent(body);
        return request;
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    /** A body as a browser writes it: UTF-8 names in quotes. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String fileName, String type, byte[] content) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + type + "\r\n", content);
        }

        private Body part(String headers, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] end() {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }
}
