/**
 * The run as a library: {@link org.corroborate.pipeline.IngestRun} (inputs into the store),
 * {@link org.corroborate.pipeline.LedgerRun} (analysis, events, the event groups of the ledger; every
 * analysis kept in the store as soon as it is done) and {@link org.corroborate.pipeline.Ledgers} (the one
 * place that builds a ledger). The command line and the server call these; neither holds orchestration.
 */
package org.corroborate.pipeline;
