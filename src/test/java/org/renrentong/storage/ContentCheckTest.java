package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.renrentong.shared.DomainException;

/** Types recognised from the first bytes of photos, audio and video files, whatever their names say. */
class ContentCheckTest {

    @TempDir Path dir;

    final ContentCheck check = new ContentCheck(new ZipBounds(TestSettings.of("local", "")));

    @ParameterizedTest
    @CsvSource({
        "song.mp3, ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000, audio/mpeg",
        "clip.mp4, \u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0002\u0000isomiso2, video/mp4",
        "voice.m4a, \u0000\u0000\u0000\u0018ftypM4A \u0000\u0000\u0002\u0000M4A isom, audio/mp4",
        "sound.wav, RIFF\u0024\u0000\u0000\u0000WAVEfmt \u0010\u0000\u0000\u0000, audio/vnd.wave",
        "a.ogg, OggS\u0000\u0002\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0001\u001e\u0001vorbis, audio/vorbis",
    })
    void audioAndVideoAreKnownByTheirBytes(String name, String head, String type) throws Exception {
        assertThat(check.mediaType(file(name, head), name)).isEqualTo(type);
    }

    @Test
    void withoutAnExtensionTheBytesAloneDecide() throws Exception {
        assertThat(check.mediaType(file("recording", "ID3\u0004\u0000\u0000"), "recording")).isEqualTo("audio/mpeg");
        assertThat(check.mediaType(Files.write(dir.resolve("scan"), SampleFiles.pdf("x", 300)), "scan"))
                .isEqualTo("application/pdf");
    }

    @Test
    void textIsNotOnTheAllowList() throws Exception {
        assertThatThrownBy(() -> check.mediaType(file("notes.txt", "hello"), "notes.txt"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.type.notAllowed"));
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws Exception {
        Path zip = Files.write(dir.resolve("many.zip"), SampleFiles.zip("a", "1", "b", "2", "c", "3", "d", "4"));
        assertThatThrownBy(() -> check.mediaType(zip, "many.zip"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.zip.tooManyEntries"));
    }

    @Test
    void aZipThatUnpacksTooLargeIsRefused() throws Exception {
        Path zip = Files.write(dir.resolve("bomb.zip"), SampleFiles.zip("zeros", "0".repeat(20_000)));
        assertThatThrownBy(() -> check.mediaType(zip, "bomb.zip"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.zip.tooLarge"));
    }

    @ParameterizedTest
    @CsvSource({"photo.jpg", "IMG_0001.JPG", "scan.png", "photo.heic", "homework"})
    void aPhotoIsAJpegAsTikaSaysWhateverItsName(String name) throws Exception {
        for (byte[] photo : new byte[][] {SampleFiles.jpeg(64, 48), SampleFiles.exifJpeg(64, 48)}) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            MediaType tika = MimeTypes.getDefaultMimeTypes().detect(TikaInputStream.get(photo), metadata);
            assertThat(check.detect(photo, name)).isEqualTo(tika).isEqualTo(MediaType.image("jpeg"));
        }
    }

    private Path file(String name, String head) throws Exception {
        byte[] bytes = new byte[2048];
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return Files.write(dir.resolve(name), bytes);
    }
}
