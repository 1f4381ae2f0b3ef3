package org.ctipgraph;

import org.ctipgraph.config.CtipSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server's Spring context: configuration, the database connection, services and route
 * objects. Spring owns objects; Javalin ({@link org.ctipgraph.http.HttpServer}) owns HTTP.
 */
@SpringBootApplication
@EnableConfigurationProperties(CtipSettings.class)
public class CtipGraphServer {

    /**
     * Starts the server and returns once it listens. {@code args} are Spring-style
     * ({@code --ctip.http.port=0}). Throws if anything fails to start; see
     * {@link org.ctipgraph.database.StartupProblem} for the problems an operator can fix.
     */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(CtipGraphServer.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(true);
        return application.run(args);
    }
}
