package no.arshjul.security.identity;

import java.util.regex.Pattern;

/** SQL LIKE semantics ('%' any run, '_' one character), case-insensitive, for in-memory filtering. */
final class Like {

    private Like() {
    }

    static boolean matches(String value, String pattern) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    static boolean equalsIfSet(String value, String expected) {
        return expected == null || expected.equals(value);
    }
}
