package org.corroborate.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema: applied once, in version order, in its own transaction, and recorded in
 * the {@code schema_version} table. Migrations are never edited after release; a change is a new one.
 *
 * @param version     1, 2, 3, ... with no gaps
 * @param description what it adds, for the schema_version table and for people
 * @param statements  the SQL, run in order
 */
public record Migration(int version, String description, List<String> statements) {
  public Migration {
    Objects.requireNonNull(description, "description");
    statements = List.copyOf(statements);
    if (version < 1) {
      throw new IllegalArgumentException("migration versions start at 1, got " + version);
    }
  }
}
