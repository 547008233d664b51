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

    public static String extract(String html) {
        Document d = Jsoup.parse(html);
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
