package io.newsbot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads a local article file: at most {@code maxBytes} of it (a larger file is cut, never read whole), in the
 * encoding it was written in. The encoding is taken from a byte order mark; else the file is UTF-8 if it decodes as
 * UTF-8 without error (which plain ASCII also does); else Mozilla's universal charset detector (juniversalchardet)
 * names it; else it is read as Windows-1252, which decodes every byte and is what untagged Western text mostly is.
 */
final class TextFileReader {
    /** Bytes the detector sees: enough for a confident guess, and bounded whatever the file's size. */
    private static final int DETECTOR_BYTES = 64 * 1024;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private final long maxBytes;

    TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * A file's text.
     *
     * @param text     the decoded text
     * @param charset  the encoding it was read in
     * @param bytes    how many bytes were read
     * @param fileSize the file's size; larger than {@code bytes} when the file was cut
     */
    record Decoded(String text, Charset charset, long bytes, long fileSize) {
        boolean cut() {
            return bytes < fileSize;
        }
    }

    Decoded read(Path file) throws IOException {
        long size = Files.size(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 16));
        }
        boolean cut = bytes.length < size;
        int bom = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (isUtf8(bytes, cut)) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = detected(bytes);
        }
        String text = new String(bytes, bom, bytes.length - bom, charset);
        // A cut can split the last character; its remains are dropped rather than shown as a replacement character.
        if (cut && text.endsWith("\uFFFD")) text = text.substring(0, text.length() - 1);
        return new Decoded(text, charset, bytes.length, size);
    }

    private static boolean isUtf8(byte[] bytes, boolean cut) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // A file cut mid-character ends in an incomplete sequence, which is not a reason to doubt the rest.
        boolean error = decoder.decode(in, CharBuffer.allocate(bytes.length), !cut).isError();
        return !error && (!cut || in.remaining() < 4);
    }

    private static Charset detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) return FALLBACK;
        Charset charset = Charset.forName(name);
        // The detector tells ISO-8859-1 from Windows-1252 by bytes 0x80-0x9F, which Windows-1252 reads as the curly
        // quotes and dashes that Latin-1 text never has; reading Latin-1 as Windows-1252 changes nothing else.
        return charset.equals(StandardCharsets.ISO_8859_1) ? FALLBACK : charset;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        byte[] p = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) p[i] = (byte) prefix[i];
        return Arrays.equals(bytes, 0, prefix.length, p, 0, prefix.length);
    }
}
