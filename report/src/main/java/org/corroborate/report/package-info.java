/**
 * The ledger for a person and for other programs: {@link org.corroborate.report.ReportRenderer} writes
 * one self-contained, offline HTML page (escaped with {@link org.corroborate.report.Html}, locked by a
 * Content Security Policy; one package-private renderer per section, bounded by
 * {@link org.corroborate.report.ReportConfig}); {@link org.corroborate.report.LedgerReport} is the one call that builds the
 * ledger and writes ledger.json, ledger.schema.json (JSON Schema 2020-12, in this module's resources),
 * claims.csv and report.html.
 */
package org.corroborate.report;
