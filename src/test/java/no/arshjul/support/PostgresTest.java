package no.arshjul.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for tests on a real PostgreSQL with the demo municipality. All subclasses share one
 * application context and one database, so keep their data apart (own years, own people).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(EmbeddedPostgresConfiguration.class)
public abstract class PostgresTest {
}
