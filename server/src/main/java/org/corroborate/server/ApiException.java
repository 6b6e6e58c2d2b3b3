package org.corroborate.server;

/**
 * A request the API refuses, with its HTTP status: written as JSON {@code {error, detail}}. Every
 * failure a client can cause ends here (400, 401, 404, 405, 413, 415), never as a 500.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String error;

  public ApiException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  /** A short machine-readable code ("bad-request", "not-found", ...). */
  public String error() {
    return error;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad-request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not-found", detail);
  }
}
