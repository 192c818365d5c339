package no.arshjul;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ArshjulApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArshjulApplication.class, args);
    }
}
