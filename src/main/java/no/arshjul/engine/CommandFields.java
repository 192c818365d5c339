package no.arshjul.engine;

import java.lang.reflect.Field;

/**
 * Reads and writes the private fields of Camunda's task commands (task id, submitted variables),
 * which the commands do not expose: the interceptors that check and clean a completion need them.
 * A renamed field fails at start-up, not on someone's submission.
 */
final class CommandFields {

    private CommandFields() {
    }

    static Field field(Class<?> command, String name) {
        try {
            Field field = command.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + command.getSimpleName() + " has no field " + name
                    + ": check the engine's command interceptors against this engine version", e);
        }
    }

    static Object get(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Field field, Object command, Object value) {
        try {
            field.set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
