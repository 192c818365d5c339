package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.engine.ModelAllowList;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What an expression may reach, checked on the tree the engine's own JUEL parser builds: names are
 * process variables, the engine's execution or task, or beans in {@link ModelAllowList}; a method is
 * called only when the list allows it on what it is called on; reflection is refused everywhere.
 */
final class ExpressionRules {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    /** What a part of an expression is: a bean (by name), the execution or task, or a value. */
    private record Reach(String bean, boolean engineObject) {
        static final Reach VALUE = new Reach(null, false);
        static final Reach ENGINE = new Reach(null, true);
    }

    private final Predicate<String> isAppBean;
    private final FormTexts texts;
    private final Set<String> problems = new LinkedHashSet<>();

    private ExpressionRules(Predicate<String> isAppBean, FormTexts texts) {
        this.isAppBean = isAppBean;
        this.texts = texts;
    }

    /**
     * Why the expression is not allowed, in the uploader's language; empty when it is. A text that does not parse
     * has no problems here: the syntax is reported by the model's other checks or by the engine.
     */
    static List<String> problems(String text, Predicate<String> isAppBean, FormTexts texts) {
        Node root;
        try {
            root = PARSER.build(text.trim()).getRoot();
        } catch (TreeBuilderException e) {
            return List.of();
        }
        ExpressionRules rules = new ExpressionRules(isAppBean, texts);
        rules.walk(root);
        return new ArrayList<>(rules.problems);
    }

    static String allowedBeans() {
        return String.join(", ", ModelAllowList.beans().keySet());
    }

    private Reach walk(Node node) {
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName());
        }
        if (node instanceof AstMethod) {
            Node property = node.getChild(0);
            Reach base = walk(property.getChild(0));
            String name = memberName(property);
            walkChildren(node.getChild(1));
            call(base, name);
            return Reach.VALUE;
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            Reach base = walk(node.getChild(0));
            String name = memberName(node);
            property(base, name);
            return Reach.VALUE;
        }
        if (node instanceof AstFunction function) {
            if (!ModelAllowList.FUNCTIONS.contains(function.getName())) {
                problems.add(texts.get("model.expression.function", function.getName(), sorted(ModelAllowList.FUNCTIONS)));
            }
            walkChildren(node);
            return Reach.VALUE;
        }
        walkChildren(node);
        return Reach.VALUE;
    }

    private void walkChildren(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            walk(node.getChild(i));
        }
    }

    private Reach identifier(String name) {
        if (ModelAllowList.isModelBean(name)) {
            return new Reach(name, false);
        }
        if (ModelAllowList.ENGINE_OBJECTS.contains(name)) {
            return Reach.ENGINE;
        }
        if (isAppBean.test(name)) {
            problems.add(texts.get("model.expression.appBean", name, allowedBeans()));
        }
        return Reach.VALUE;
    }

    /** The member's name: after a dot, or a literal in brackets; null when brackets compute it. */
    private String memberName(Node property) {
        if (property instanceof AstDot) {
            String shown = property.toString();
            return shown.startsWith(". ") ? shown.substring(2) : shown;
        }
        Node key = property.getChild(1);
        if (key instanceof AstString string) {
            return String.valueOf(string.eval(null, null));
        }
        if (key instanceof AstNumber) {
            return null;
        }
        walk(key);
        return null;
    }

    private void call(Reach base, String name) {
        if (name == null) {
            problems.add(texts.get("model.expression.computedMethod"));
        } else if (ModelAllowList.isForbiddenMember(name)) {
            problems.add(forbidden(name + "()"));
        } else if (base.bean() != null) {
            Set<String> methods = ModelAllowList.bean(base.bean()).orElseThrow().methods();
            if (!methods.contains(name)) {
                problems.add(methods.isEmpty() ? texts.get("model.expression.delegateOnly", base.bean(), name)
                        : texts.get("model.expression.beanMethod", base.bean(), name, sorted(methods)));
            }
        } else if (base.engineObject()) {
            if (!ModelAllowList.ENGINE_OBJECT_METHODS.contains(name)) {
                problems.add(texts.get("model.expression.engineMethod", name, sorted(ModelAllowList.ENGINE_OBJECT_METHODS)));
            }
        } else if (!ModelAllowList.VALUE_METHODS.contains(name)) {
            problems.add(texts.get("model.expression.valueMethod", name, sorted(ModelAllowList.VALUE_METHODS)));
        }
    }

    private void property(Reach base, String name) {
        if (ModelAllowList.isForbiddenMember(name)) {
            problems.add(forbidden(name));
        } else if (base.bean() != null) {
            problems.add(texts.get("model.expression.beanProperty", base.bean(), name == null ? "[...]" : name));
        } else if (base.engineObject() && (name == null || !ModelAllowList.isEngineObjectProperty(name))) {
            problems.add(texts.get("model.expression.engineProperty", name == null ? "[...]" : name));
        }
    }

    private String forbidden(String member) {
        return texts.get("model.expression.reflection", member);
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
