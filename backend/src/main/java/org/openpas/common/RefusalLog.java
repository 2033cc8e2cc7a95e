package org.openpas.common;

/**
 * Where refusals by role are recorded: the audit feature implements it (common depends on no feature).
 * Refusals by the features' access rules are recorded by their XAccess classes, not here.
 */
public interface RefusalLog {

    /** Writes the refusal in a transaction of its own; it blocks, so never call it on the event loop. */
    void record(Refusal refusal);
}
