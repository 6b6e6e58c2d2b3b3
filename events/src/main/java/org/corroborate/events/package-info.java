/**
 * Grouping articles that report the same news event, online: {@link org.corroborate.events.EventIndex}
 * places each new {@link org.corroborate.events.EventDoc} in an existing event or starts one, at a cost
 * per document that does not grow with the corpus. Settings live in
 * {@link org.corroborate.events.EventConfig}.
 */
package org.corroborate.events;
