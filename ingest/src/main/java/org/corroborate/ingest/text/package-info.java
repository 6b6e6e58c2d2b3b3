/** Plain-text articles as people save them: title, header lines, body, maybe an outlet line at the end. */
package org.corroborate.ingest.text;
