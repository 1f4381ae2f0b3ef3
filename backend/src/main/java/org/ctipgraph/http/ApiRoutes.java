package org.ctipgraph.http;

import io.javalin.config.RoutesConfig;

/**
 * A group of HTTP routes for one feature. Each feature's routes object is built with its
 * services and declares its endpoints up front, as Javalin 7 requires; {@link HttpServer} collects
 * them all.
 */
public interface ApiRoutes {
    void addTo(RoutesConfig routes);
}
