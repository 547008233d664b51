package org.zhtext.io;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to its article text with jsoup: the title, then the text of the main content
 * ({@code <article>} or {@code <main>} when present, else {@code <body>}), one line per block element, with
 * scripts, styles, navigation, headers, footers, asides and forms dropped. Offsets of records from an HTML
 * input refer to this text ({@code --emit-text} writes it out).
 */
public final class HtmlText {
    private static final String DROP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button, "
            + "[role=navigation], [aria-hidden=true]";

    private HtmlText() {}

    /** A page's article text and the publication date its metadata states (null when it states none). */
    public record Page(String text, java.time.LocalDate published) {}

    public static String extract(String html) {
        return page(html).text();
    }

    /** The article text of {@code html} ({@link #extract}) with the page's own publication date ({@link #published}). */
    public static Page page(String html) {
        Document d = Jsoup.parse(html);
        java.time.LocalDate published = published(d);
        return new Page(text(d), published);
    }

    /**
     * Metadata naming when a page was published, first match wins: Open Graph / article
     * ({@code article:published_time}), schema.org ({@code itemprop=datePublished}, also in JSON-LD), Dublin Core
     * ({@code DC.date.issued}, {@code dcterms.created}), the {@code pubdate}/{@code publishdate} names Chinese news
     * sites use (人民网, 新华网, 中国政府网's {@code firstpublishedtime}), and {@code <time pubdate>}.
     */
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datepublished",
            "pubdate", "publishdate", "publish_date", "publishtime", "publish-date", "firstpublishedtime",
            "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "date"};
    private static final java.util.regex.Pattern ISO_DAY =
            java.util.regex.Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.年](\\d{1,2})[-/.月](\\d{1,2})(?!\\d)");
    private static final java.util.regex.Pattern JSON_LD_PUBLISHED =
            java.util.regex.Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    /** The publication date of the page's metadata ({@link #PUBLISHED_META}), or null. */
    static java.time.LocalDate published(Document d) {
        java.util.Map<String, String> metas = new java.util.HashMap<>();
        for (Element m : d.select("meta[content]")) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(java.util.Locale.ROOT);
                if (!key.isEmpty()) metas.putIfAbsent(key, m.attr("content"));
            }
        }
        for (String key : PUBLISHED_META) {
            java.time.LocalDate day = day(metas.get(key));
            if (day != null) return day;
        }
        for (Element ld : d.select("script[type=application/ld+json]")) {
            java.util.regex.Matcher m = JSON_LD_PUBLISHED.matcher(ld.data());
            if (m.find()) {
                java.time.LocalDate day = day(m.group(1));
                if (day != null) return day;
            }
        }
        for (Element t : d.select("time[datetime]")) {
            if (t.hasAttr("pubdate") || "datepublished".equalsIgnoreCase(t.attr("itemprop"))) {
                java.time.LocalDate day = day(t.attr("datetime"));
                if (day != null) return day;
            }
        }
        return null;
    }

    /** The first valid year-month-day in {@code value} (2025-09-13, 2025/9/13, 2025-09-13T08:00:00+08:00), or null. */
    private static java.time.LocalDate day(String value) {
        if (value == null) return null;
        java.util.regex.Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) return null;
        try {
            return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String text(Document d) {
        d.select(DROP).remove();
        StringBuilder sb = new StringBuilder();
        String title = d.title().strip();
        Element main = d.selectFirst("article");
        if (main == null) main = d.selectFirst("main");
        if (main == null) main = d.body();
        if (!title.isEmpty()) {
            Element h1 = main.selectFirst("h1");
            if (h1 == null || !h1.text().strip().equals(title)) sb.append(title).append('\n');
        }
        appendBlocks(main, sb);
        // collapse runs of blank lines and trailing spaces
        String[] lines = sb.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(sb.length());
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            out.append(t).append('\n');
        }
        return out.toString();
    }

    private static void appendBlocks(Element root, StringBuilder sb) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) sb.append('\n');
            }
        }, root);
    }
}
