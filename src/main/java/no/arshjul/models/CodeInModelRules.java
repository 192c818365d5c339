package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A model HR deploys runs no code: a pass over every element, attribute and text of a BPMN or DMN
 * file, wherever the engine would evaluate it. Scripts are refused in any language and from any
 * resource; {@code camunda:class} names only Årshjul's own classes; every expression is checked by
 * {@link ExpressionRules}; a decision table is written in FEEL, which cannot call Java (Camunda
 * builds its FEEL engine with external functions off).
 */
final class CodeInModelRules {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String APP_PACKAGE = "no.arshjul.";
    /** Text the engine never evaluates. */
    private static final Set<String> PROSE = Set.of("documentation", "text");
    private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
            "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20191111/feel/",
            "https://www.omg.org/spec/dmn/20211108/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");

    private CodeInModelRules() {
    }

    /** Adds an error for every script, foreign class and expression outside the allow-list in the BPMN file. */
    static void checkBpmn(ModelFile file, Predicate<String> isAppBean, FormTexts texts, List<Finding> findings) {
        scan(file, findings, new Rules() {
            @Override
            void element(Scan at, String uri, String localName, Attributes attributes) {
                if (BPMN_NS.equals(uri) && "scriptTask".equals(localName)) {
                    at.error(texts.get("model.code.scriptTask", orNone(attributes.getValue("scriptFormat"), texts),
                            ExpressionRules.allowedBeans()));
                } else if (CAMUNDA_NS.equals(uri) && "script".equals(localName)) {
                    at.error(texts.get("model.code.script", orNone(attributes.getValue("scriptFormat"), texts)));
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    attribute(at, attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i));
                }
            }

            private void attribute(Scan at, String uri, String name, String value) {
                if ("language".equals(name) && !value.isBlank() && !"juel".equalsIgnoreCase(value.trim())) {
                    at.error(texts.get("model.code.scriptLanguage", value));
                } else if (CAMUNDA_NS.equals(uri) && "resource".equals(name)) {
                    at.error(texts.get("model.code.externalScript", value));
                } else if (CAMUNDA_NS.equals(uri) && ("class".equals(name) || "variableMappingClass".equals(name))
                        && !value.isBlank() && !value.trim().startsWith(APP_PACKAGE)) {
                    at.error(texts.get("model.code.foreignClass", value, name, ExpressionRules.allowedBeans()));
                } else {
                    expression(at, texts.get("model.bpmn.what.expression"), value);
                }
            }

            @Override
            void text(Scan at, String uri, String localName, String text) {
                if (!(BPMN_NS.equals(uri) && PROSE.contains(localName))) {
                    expression(at, texts.get("model.bpmn.what.expression"), text);
                }
            }

            private void expression(Scan at, String what, String text) {
                if (ElExpressions.isExpression(text)) {
                    for (String problem : ExpressionRules.problems(text, isAppBean, texts)) {
                        at.error(texts.get("model.code.expressionNotAllowed", what, text.trim(), problem));
                    }
                }
            }
        });
    }

    /** Adds an error for every expression language other than FEEL in the DMN file. */
    static void checkDmn(ModelFile file, FormTexts texts, List<Finding> findings) {
        scan(file, findings, new Rules() {
            @Override
            void element(Scan at, String uri, String localName, Attributes attributes) {
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.getLocalName(i);
                    String value = attributes.getValue(i).trim();
                    if (("expressionLanguage".equals(name) || "inputVariableLanguage".equals(name))
                            && !value.isEmpty() && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
                        at.error(texts.get("model.code.dmnLanguage", value));
                    }
                }
            }

            @Override
            void text(Scan at, String uri, String localName, String text) {
            }
        });
    }

    /** Where the pass is: the nearest element id, the element's line, and the findings to add to. */
    private interface Scan {
        void error(String message);
    }

    private abstract static class Rules {
        abstract void element(Scan at, String uri, String localName, Attributes attributes);

        abstract void text(Scan at, String uri, String localName, String text);
    }

    private record Open(String uri, String localName, String id, int line, StringBuilder text) {
    }

    private static void scan(ModelFile file, List<Finding> findings, Rules rules) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(file.content()), new DefaultHandler() {
                private final Deque<Open> open = new ArrayDeque<>();
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator locator) {
                    this.locator = locator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("id");
                    if (id == null && !open.isEmpty()) {
                        id = open.peek().id();
                    }
                    Open element = new Open(uri, localName, id, locator == null ? -1 : locator.getLineNumber(),
                            new StringBuilder());
                    open.push(element);
                    rules.element(at(element), uri, localName, attributes);
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (!open.isEmpty()) {
                        open.peek().text().append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    Open element = open.pop();
                    if (!element.text().isEmpty() && !element.text().toString().isBlank()) {
                        rules.text(at(element), uri, localName, element.text().toString());
                    }
                }

                private Scan at(Open element) {
                    return message -> findings.add(Finding.error(file.name(), element.id(),
                            element.line() > 0 ? element.line() : null, message));
                }
            });
        } catch (SAXException | ParserConfigurationException | IOException e) {
            // Not well-formed: XmlOutline has reported it already, and such a file is never deployed.
        }
    }

    private static String orNone(String value, FormTexts texts) {
        return value == null || value.isBlank() ? texts.get("model.code.noLanguage") : value;
    }
}
