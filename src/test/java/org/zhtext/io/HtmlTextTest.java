package org.zhtext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The publication date an HTML page's metadata states (pages written for this test, 2026-12-07). */
class HtmlTextTest {
    private static LocalDate published(String head, String body) {
        return HtmlText.page("<html><head><title>t</title>" + head + "</head><body>" + body + "</body></html>").published();
    }

    @Test
    void theMetadataOfNewsSitesGivesTheDay() {
        assertEquals(LocalDate.of(2025, 9, 14), published("<meta name=\"publishdate\" content=\"2025-09-14\">", "<p>正文</p>"));
        assertEquals(LocalDate.of(2026, 3, 2),
                published("<meta property=\"article:published_time\" content=\"2026-03-02T08:30:00+08:00\">", ""));
        assertEquals(LocalDate.of(2025, 1, 5), published("<meta name=\"PubDate\" content=\"2025/1/5 10:00\">", ""));
        assertEquals(LocalDate.of(2024, 12, 30),
                published("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-30\"}</script>", ""));
        assertEquals(LocalDate.of(2023, 6, 1), published("", "<time datetime=\"2023-06-01T09:00\" pubdate>6月1日</time>"));
        // the first source in the documented order wins: article:published_time before JSON-LD
        assertEquals(LocalDate.of(2026, 3, 2), published("<meta property=\"article:published_time\" content=\"2026-03-02\">"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2026-03-01\"}</script>", ""));
    }

    @Test
    void noOrBadMetadataGivesNone() {
        assertNull(published("", "<p>9月13日，美方宣布加征关税。</p>"));
        assertNull(published("<meta name=\"publishdate\" content=\"not a date\">", ""));
        assertNull(published("<meta name=\"publishdate\" content=\"2025-02-30\">", ""));
        assertNull(published("", "<time datetime=\"2023-06-01\">a time that is no publication date</time>"));
    }

    @Test
    void theTextIsTheSameWithOrWithoutTheDate() {
        String html = "<html><head><title>标题</title><meta name=\"pubdate\" content=\"2025-09-14\"></head><body><p>第一段。</p></body></html>";
        assertEquals(HtmlText.extract(html), HtmlText.page(html).text());
        assertEquals("标题\n第一段。\n", HtmlText.extract(html));
    }
}
