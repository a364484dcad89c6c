package dev.suture.core.platform;

import java.nio.charset.StandardCharsets;

/** Reads one named part of a multipart/form-data body: enough of RFC 7578 for the storage API in tests. */
final class Multipart {
  private Multipart() {
  }

  static byte[] part(String contentType, byte[] body, String name) {
    if (contentType == null || !contentType.contains("boundary=")) {
      return null;
    }
    String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "").trim();
    // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(boundary);
    while (at >= 0) {
      int headersStart = at + boundary.length() + 2;
      int headersEnd = text.indexOf("\r\n\r\n", headersStart);
      int next = text.indexOf("\r\n" + boundary, headersEnd);
      if (headersEnd < 0 || next < 0) {
        return null;
      }
      String headers = text.substring(headersStart, headersEnd);
      if (headers.contains("name=\"" + name + "\"")) {
        return text.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1);
      }
      at = next + 2;
    }
    return null;
  }
}
