package no.arshjul.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;

/**
 * Log-in sessions live in the database (Spring Session JDBC, tables from Flyway's V45), so every
 * node of the app sees every session and a load balancer needs no sticky sessions. Spring Boot
 * configures the store, the timeout and the cookie (application.yml); this adds what it leaves out.
 */
@Configuration(proxyBeanMethods = false)
class LogInSessions {

    /**
     * On PostgreSQL an attribute is written with an upsert: two requests of one session that add
     * the same attribute at once (a browser loading a page and a script together) would otherwise
     * collide on the primary key and one of them fail.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertAttributesOnPostgres(DataSource dataSource) {
        return repository -> {
            if (isPostgres(dataSource)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            }
        };
    }

    /**
     * Spring Session's filter uses the store through {@link QuietSessionRepository}: no write per
     * request for the last access time, no second read after a write. (Spring Boot backs off from
     * the JDBC store when the app defines a store of its own, so the store it makes is wrapped.)
     */
    @Bean
    static BeanPostProcessor quietSessionStore() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new QuietSessionRepository(store) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<QuietSessionRepository.RequestScope> sessionsSavedInARequest() {
        FilterRegistrationBean<QuietSessionRepository.RequestScope> registration =
                new FilterRegistrationBean<>(new QuietSessionRepository.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the log-in sessions", e);
        }
    }
}
