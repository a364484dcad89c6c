package dev.suture.platform.storage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides a file's content type from its first bytes, never from what the client claims: images (PNG, JPEG,
 * GIF, WebP), video (MP4, WebM), ZIP (Playwright traces), PDF and UTF-8 text (plain, JSON, HTML by name).
 * Anything else is refused, so the store cannot be used to host arbitrary executables.
 */
final class ContentTypes {

    static final String ALLOWED = "PNG, JPEG, GIF, WebP, MP4, WebM, ZIP (traces), PDF and UTF-8 text";

    private ContentTypes() {
    }

    static Optional<String> sniff(byte[] head, int length, String fileName) {
        byte[] b = Arrays.copyOf(head, length);
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        if (b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return Optional.of("video/mp4");
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (starts(b, 'P', 'K', 0x03, 0x04) || starts(b, 'P', 'K', 0x05, 0x06)) {
            return Optional.of("application/zip");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (isText(b)) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return Optional.of("application/json");
            }
            // HTML is served as text/plain on purpose: a stored page must never run script on the API's origin.
            return Optional.of("text/plain; charset=utf-8");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without NUL bytes; a multi-byte character cut at the end of the sample is allowed. */
    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        int end = b.length;
        for (int cut = 0; cut < 4 && end > 0; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, end));
                return true;
            } catch (CharacterCodingException e) {
                end--;
            }
        }
        return false;
    }
}
