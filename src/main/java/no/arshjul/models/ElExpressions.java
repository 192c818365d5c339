package no.arshjul.models;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names an expression such as {@code ${leaders.of(employeeUserId)}} starts from: here
 * {@code leaders} and {@code employeeUserId}. Members after a dot ({@code of}) and text in quotes
 * are not names the process has to supply.
 */
final class ElExpressions {

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.])([A-Za-z_][\\w$]*)");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private ElExpressions() {
    }

    static boolean isExpression(String text) {
        return text != null && EXPRESSION.matcher(text).find();
    }

    /** The first names of every expression in the text, in order; empty for plain text. */
    static Set<String> roots(String text) {
        Set<String> roots = new LinkedHashSet<>();
        if (text == null) {
            return roots;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = STRING.matcher(expression.group(1)).replaceAll("''");
            Matcher name = NAME.matcher(body);
            while (name.find()) {
                if (!KEYWORDS.contains(name.group(1))) {
                    roots.add(name.group(1));
                }
            }
        }
        return roots;
    }
}
