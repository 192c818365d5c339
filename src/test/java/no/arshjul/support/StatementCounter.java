package no.arshjul.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Counts the SQL statements the application sends while a piece of work runs on the current
 * thread (JPA and the Camunda engine alike: both use the one DataSource). Import
 * {@link Configuration} in a test; then {@link #count} tells how many statements a call cost.
 */
public final class StatementCounter {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** The number of statements {@code work} sent from this thread, and its result. */
    public static <T> Counted<T> count(Callable<T> work) throws Exception {
        List<String> statements = new ArrayList<>();
        COUNTING.set(statements);
        try {
            T result = work.call();
            return new Counted<>(List.copyOf(statements), result);
        } finally {
            COUNTING.remove();
        }
    }

    /** The statements sent, as SQL text (blank for a plain statement), and what the work returned. */
    public record Counted<T>(List<String> sql, T result) {

        public int statements() {
            return sql.size();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(dataSource) : bean;
                }
            };
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        List<String> statements = COUNTING.get();
                        if (statements != null && STATEMENTS.contains(method.getName())) {
                            statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
