package org.corroborate.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps a method and a path to a handler. Patterns are literal segments and {@code {name}} segments;
 * a {@code {name}} segment matches one non-empty segment, which must pass {@link Params#checkId}, so no
 * path a client sends reaches a handler with slashes, dots-only segments or odd characters in an id.
 */
public final class Router {
  /** A matched route: the handler and the path's named segments. */
  public record Match(Route route, Map<String, String> vars) {}

  /** One route. {@code pattern} as in the OpenAPI document ("/api/events/{id}"). */
  public record Route(String method, String pattern, Handler handler) {}

  @FunctionalInterface
  public interface Handler {
    Response handle(Request request);
  }

  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String pattern, Handler handler) {
    routes.add(new Route(method, pattern, handler));
    return this;
  }

  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** The route for this request; a 404 when no pattern matches the path, a 405 when none takes the method. */
  public Match match(String method, String path) {
    String[] segs = split(path);
    TreeSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Map<String, String> vars = matchPath(split(r.pattern()), segs);
      if (vars == null) {
        continue;
      }
      if (r.method().equals(method)) {
        vars.forEach((k, v) -> Params.checkId(k, v));
        return new Match(r, vars);
      }
      allowed.add(r.method());
    }
    if (!allowed.isEmpty()) {
      throw new ApiException(405, "method-not-allowed", method + " is not allowed on " + path + "; allowed: " + allowed);
    }
    throw ApiException.notFound("no route for " + path);
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  private static Map<String, String> matchPath(String[] pattern, String[] segs) {
    if (pattern.length != segs.length) {
      return null;
    }
    Map<String, String> vars = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        if (segs[i].isEmpty()) {
          return null;
        }
        vars.put(p.substring(1, p.length() - 1), segs[i]);
      } else if (!p.equals(segs[i])) {
        return null;
      }
    }
    return vars;
  }
}
