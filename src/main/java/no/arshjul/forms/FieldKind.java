package no.arshjul.forms;

import java.util.Set;

/** What kind of value a handler reads from a field, and which form-js components can give it. */
public enum FieldKind {
    /** Any single text: a text field or area, or the chosen value of a radio group or select. */
    TEXT(Set.of("textfield", "textarea", "radio", "select")),
    /** A calendar date: a datetime field of subtype date, written åååå-mm-dd. */
    DATE(Set.of("datetime")),
    NUMBER(Set.of("number")),
    /** One of the values the code branches on: a radio group or select that offers them. */
    CHOICE(Set.of("radio", "select")),
    /** Several values: a checklist or tag list. */
    CHOICES(Set.of("checklist", "taglist")),
    /** Repeated rows: a dynamic list whose rows hold the declared fields. */
    LIST(Set.of("dynamiclist"));

    private final Set<String> componentTypes;

    FieldKind(Set<String> componentTypes) {
        this.componentTypes = componentTypes;
    }

    /** True when the component delivers this kind of value. */
    public boolean accepts(FormComponent component) {
        return componentTypes.contains(component.type())
                && (this != DATE || "date".equals(component.subtype()));
    }

    /** The message key of the kind's name for people ("dato"). */
    public String textKey() {
        return "form.contract.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
