package org.scholargraph.crawl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Recognises a page that stands between the crawler and the content: a CAPTCHA or bot challenge,
 * or a login form. Such a page must fail the source, not load as a source with nothing in it.
 * The word "CAPTCHA" alone in the text is not enough (papers are written about CAPTCHAs): it
 * counts in the title or in markup (widget classes, ids, script sources), and otherwise only the
 * phrases challenge pages use count.
 */
final class BlockedPage {
    private static final String WIDGET = "[class*=captcha], [id*=captcha], [src*=captcha], [action*=captcha], "
            + "[data-sitekey], [id*=challenge-form], [class*=cf-challenge]";
    private static final List<String> PHRASES = List.of("are you a robot", "are you a human", "verify you are human",
            "verify that you are human", "confirm you are not a robot", "unusual traffic from your",
            "checking your browser before accessing", "complete the security check");

    private BlockedPage() {
    }

    /** Why the page is a blocker ("a CAPTCHA page", "a login page"), or empty for an ordinary page. */
    static Optional<String> reason(byte[] body, String mediaType) {
        if (!HtmlBody.is(body, mediaType)) {
            return Optional.empty();
        }
        Element doc = Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        String title = doc.select("title").text().toLowerCase(Locale.ROOT);
        String text = doc.text().toLowerCase(Locale.ROOT);
        if (title.contains("captcha") || !doc.select(WIDGET).isEmpty() || PHRASES.stream().anyMatch(text::contains)) {
            return Optional.of("a CAPTCHA or bot-check page");
        }
        if (!doc.select("input[type=password]").isEmpty()) {
            return Optional.of("a login page (a form asks for a password)");
        }
        return Optional.empty();
    }
}
