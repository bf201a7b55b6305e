package org.scholargraph.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Whether a response is an HTML page: its media type says so, or its first kilobyte does (types lie). */
final class HtmlBody {
    private HtmlBody() {
    }

    static boolean is(byte[] body, String mediaType) {
        if (mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }
}
