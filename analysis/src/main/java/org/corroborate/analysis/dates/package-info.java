/** Date expressions resolved to calendar ranges against the publication date. */
package org.corroborate.analysis.dates;
