package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plain SAX pass over a BPMN or DMN file: whether it is well-formed XML (with the line of the
 * first error) and the line each element id starts on. Camunda's model API does not report lines
 * reliably, so every finding takes its line from here: the line of the element's id attribute,
 * or where SAX saw the element's start tag end.
 */
final class XmlOutline {

    private final String text;
    private final Map<String, Integer> lines;
    private final SAXParseException error;

    private XmlOutline(byte[] xml, Map<String, Integer> lines, SAXParseException error) {
        this.text = new String(xml, StandardCharsets.UTF_8);
        this.lines = lines;
        this.error = error;
    }

    private static XmlOutline of(byte[] xml) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("id");
                    if (id != null && locator != null) {
                        lines.putIfAbsent(id, locator.getLineNumber());
                    }
                }
            });
            return new XmlOutline(xml, lines, null);
        } catch (SAXParseException e) {
            return new XmlOutline(xml, lines, e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            return new XmlOutline(xml, lines, new SAXParseException(e.getMessage(), null, null, -1, -1));
        }
    }

    /** The outline of a well-formed file; empty, with the error added to the findings, when the file is not XML. */
    static Optional<XmlOutline> wellFormed(ModelFile file, List<Finding> findings, FormTexts texts) {
        XmlOutline outline = of(file.content());
        if (outline.error != null) {
            findings.add(Finding.error(file.name(), null, outline.error.getLineNumber() > 0 ? outline.error.getLineNumber() : null,
                    texts.get("model.xml.invalid", outline.error.getMessage())));
            return Optional.empty();
        }
        return Optional.of(outline);
    }

    /** The line the element's id attribute is on (where HR sees the element in the file), or null when unknown. */
    Integer line(String id) {
        if (id == null) {
            return null;
        }
        Integer written = FormRules.lineOf(text, "(?<![\\w:.-])id\\s*=\\s*[\"']" + Pattern.quote(id) + "[\"']");
        return written != null ? written : lines.get(id);
    }
}
