package org.ctipgraph.ingest.parsing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.ctipgraph.extraction.PageText;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of one document from Tika's XHTML, split into pages.
 *
 * <p>Tika marks PDF pages with {@code <div class="page">}, spreadsheet sheets with
 * {@code <div class="sheet">} and presentation slides with {@code <div class="slide-content">};
 * each becomes a {@link PageText}. A document
 * without such markers is one page. Text outside any page (rare: PDF annotations after the last
 * page) joins the nearest page so nothing is dropped. The {@code <head>} (title, meta) is left out,
 * as in Tika's body handler, because titles reach the graph as metadata.
 */
final class PageCollectingHandler extends DefaultHandler {

    private final ParseBudget budget;
    private final List<StringBuilder> pages = new ArrayList<>();
    private final Deque<Boolean> divs = new ArrayDeque<>();
    private final StringBuilder outside = new StringBuilder();
    private StringBuilder current;
    private int headDepth;
    private boolean sawPages;

    PageCollectingHandler(ParseBudget budget) {
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) {
            headDepth++;
        } else if ("div".equals(name)) {
            String css = atts.getValue("class");
            boolean page = current == null
                    && ("page".equals(css) || "sheet".equals(css) || "slide-content".equals(css));
            divs.push(page);
            if (page) {
                current = new StringBuilder();
                if (!sawPages && !outside.isEmpty()) {
                    // Text before the first page marker belongs to page 1.
                    current.append(outside);
                    outside.setLength(0);
                }
                sawPages = true;
                pages.add(current);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        if ("head".equals(name)) {
            headDepth--;
        } else if ("div".equals(name) && !divs.isEmpty() && divs.pop()) {
            current = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        append(ch, start, length);
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0 || length == 0) {
            return;
        }
        int allowed = (int) Math.min(length, budget.remainingChars());
        target().append(ch, start, allowed);
        if (!budget.addChars(length)) {
            throw new WriteLimitReachedException(budget.options().writeLimitChars());
        }
    }

    private StringBuilder target() {
        if (current != null) {
            return current;
        }
        if (sawPages) {
            return pages.get(pages.size() - 1);
        }
        return outside;
    }

    /** The pages in order, 1-based, surrounding whitespace removed. */
    List<PageText> pages() {
        List<PageText> result = new ArrayList<>();
        if (!sawPages) {
            result.add(new PageText(1, outside.toString().strip()));
            return result;
        }
        for (int i = 0; i < pages.size(); i++) {
            result.add(new PageText(i + 1, pages.get(i).toString().strip()));
        }
        return result;
    }
}
