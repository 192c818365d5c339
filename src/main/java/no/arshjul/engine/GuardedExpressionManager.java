package no.arshjul.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import no.arshjul.web.Texts;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Camunda's Spring expression manager with two changes: beans are resolved by name only when
 * {@link ModelAllowList} lists them (instead of every bean in the application context), and a guard
 * in front of every other resolver refuses reflection, class loading, the engine's services and
 * methods an allow-listed bean or the execution/task does not offer to models.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext applicationContext) {
        super(applicationContext, null);
    }

    @Override
    protected ELResolver createElResolver() {
        // A refusal becomes an incident that HR reads later in Cockpit: bokmål, as stored texts are.
        // Looked up when needed: the texts are built after the engine.
        Supplier<Texts> texts = () -> applicationContext.getBean(Texts.class);
        AllowListedBeans beans = new AllowListedBeans(applicationContext, texts);
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new Guard(beans, texts));
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new BusinessKeyAndCalendar(() -> applicationContext.getBean(YearCalendarDates.class),
                () -> applicationContext.getBean(ProcessEmployee.class), texts));
        resolver.add(beans);
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new BeanELResolver());
        return resolver;
    }

    /** The beans a model may name, looked up when first used (they are built after the engine). */
    static final class AllowListedBeans extends ReadOnlyResolver {

        private final ApplicationContext applicationContext;
        private final Map<Object, String> resolved = Collections.synchronizedMap(new IdentityHashMap<>());

        AllowListedBeans(ApplicationContext applicationContext, Supplier<Texts> texts) {
            super(texts);
            this.applicationContext = applicationContext;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && ModelAllowList.isModelBean(name)
                    && applicationContext.containsBean(name)) {
                Object bean = applicationContext.getBean(name);
                resolved.put(bean, name);
                context.setPropertyResolved(true);
                return bean;
            }
            return null;
        }

        String nameOf(Object bean) {
            return resolved.get(bean);
        }
    }

    /**
     * What an instance's business key and its year's calendar hold and the instance does not hold as
     * variables ({@link ProcessContract#variablesOf(Record, String, YearCalendarDates, ProcessEmployee)}):
     * {@code ${year}} and {@code ${employeeUserId}} from the business key, and the calendar's dates by
     * name ({@code ${prepDeadlineAt}}). Asked after the variables, so an instance started with values of
     * its own keeps them.
     */
    static final class BusinessKeyAndCalendar extends ReadOnlyResolver {

        private final Supplier<YearCalendarDates> calendarLookup;
        private final Supplier<ProcessEmployee> employeeLookup;
        private volatile YearCalendarDates calendar;
        private volatile ProcessEmployee employees;

        BusinessKeyAndCalendar(Supplier<YearCalendarDates> calendarLookup, Supplier<ProcessEmployee> employeeLookup,
                               Supplier<Texts> texts) {
            super(texts);
            this.calendarLookup = calendarLookup;
            this.employeeLookup = employeeLookup;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name
                    && context.getContext(VariableScope.class) instanceof VariableScope scope) {
                Object value = switch (name) {
                    case ProcessYear.VARIABLE -> ProcessYear.of(scope);
                    case ProcessEmployee.VARIABLE -> employees().userIdOf(scope);
                    default -> calendarDate(scope, name);
                };
                if (value != null) {
                    context.setPropertyResolved(true);
                    return value;
                }
            }
            return null;
        }

        private ProcessEmployee employees() {
            if (employees == null) {
                employees = employeeLookup.get();
            }
            return employees;
        }

        private Date calendarDate(VariableScope scope, String name) {
            if (calendar == null) {
                calendar = calendarLookup.get();
            }
            // names first: every name no variable answers comes here, the allow-listed beans' too
            return calendar.names().contains(name) ? calendar.dates(ProcessYear.of(scope)).get(name) : null;
        }
    }

    /** Refuses, before any other resolver sees it, whatever would let a model run code or reach the engine. */
    static final class Guard extends ReadOnlyResolver {

        private final AllowListedBeans beans;

        Guard(AllowListedBeans beans, Supplier<Texts> texts) {
            super(texts);
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null) {
                String name = property == null ? null : property.toString();
                check(base, name, name);
                String bean = beans.nameOf(base);
                if (bean != null) {
                    throw refused("engine.guard.beanProperty", bean, name,
                            String.valueOf(ModelAllowList.bean(bean).orElseThrow().methods()));
                }
                if (base instanceof VariableScope && !(base instanceof Map<?, ?>)
                        && !ModelAllowList.isEngineObjectProperty(name)) {
                    throw refused("engine.guard.engineMember", name, kind(base));
                }
            }
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            if (base != null) {
                String name = method == null ? null : method.toString();
                check(base, name, name + "()");
                String bean = beans.nameOf(base);
                if (bean != null && !ModelAllowList.bean(bean).orElseThrow().methods().contains(name)) {
                    throw refused("engine.guard.beanMethod", bean, name,
                            String.valueOf(ModelAllowList.bean(bean).orElseThrow().methods()));
                }
                if (base instanceof VariableScope && !ModelAllowList.ENGINE_OBJECT_METHODS.contains(name)) {
                    throw refused("engine.guard.engineMember", name + "()", kind(base));
                }
            }
            return null;
        }

        private void check(Object base, String member, String shown) {
            if (ModelAllowList.isForbiddenMember(member)) {
                throw refused("engine.guard.reflection", shown);
            }
            if (isDangerous(base)) {
                throw refused("engine.guard.dangerousType", base.getClass().getName());
            }
        }

        private static boolean isDangerous(Object base) {
            if (base instanceof Class<?> || base instanceof ClassLoader || base instanceof Thread
                    || base instanceof Runtime || base instanceof ProcessBuilder || base instanceof Process
                    || base instanceof ProcessEngine || base instanceof ProcessEngineServices
                    || base instanceof BeanFactory) {
                return true;
            }
            if (base instanceof VariableScope) {
                // The execution or task itself: what a model may use on it is the allow-list's engine-object methods.
                return false;
            }
            String type = base.getClass().getName();
            return type.startsWith("java.lang.reflect.") || type.startsWith("java.lang.invoke.")
                    || type.startsWith("javax.script.") || type.startsWith("org.camunda.bpm.engine.impl.persistence.")
                    || type.startsWith("org.camunda.bpm.engine.impl.interceptor.")
                    || (type.startsWith("org.camunda.bpm.engine.impl.") && type.endsWith("ServiceImpl"));
        }

        private static String kind(Object base) {
            return base instanceof org.camunda.bpm.engine.delegate.DelegateTask ? "«task»" : "«execution»";
        }

    }

    /** A resolver that resolves nothing unless it says so; the guard and the beans are never written to. */
    abstract static class ReadOnlyResolver extends ELResolver {

        private final Supplier<Texts> texts;

        ReadOnlyResolver(Supplier<Texts> texts) {
            this.texts = texts;
        }

        ELException refused(String key, Object... args) {
            return new ELException(texts.get().bokmal(key, args));
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base != null && (ModelAllowList.isForbiddenMember(String.valueOf(property)) || Guard.isDangerous(base))) {
                throw refused("engine.guard.notWritable", String.valueOf(property));
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
