/** RSS 0.9x/1.0/2.0 and Atom feeds, parsed with a hardened StAX parser: one article per item or entry. */
package org.corroborate.ingest.feed;
