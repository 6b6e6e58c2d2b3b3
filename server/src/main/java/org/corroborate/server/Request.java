package org.corroborate.server;

import java.util.Map;

/**
 * One request as handlers see it: method, decoded path variables, validated query access, headers'
 * content type, and the body (already bounded by the server's size limit).
 */
public record Request(String method, String path, Map<String, String> vars, Params params, String contentType,
    byte[] body) {
  public String var(String name) {
    return vars.get(name);
  }
}
