package no.arshjul.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly retention job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {
}
