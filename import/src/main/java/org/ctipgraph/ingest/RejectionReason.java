package org.ctipgraph.ingest;

/** Why a file yielded nothing. Codes are stable: reports and the API expose them. */
public enum RejectionReason {
    CORRUPT("the file is damaged or truncated and cannot be read"),
    ENCRYPTED("the file is encrypted; supply its password to ingest it"),
    EMPTY("the file is empty"),
    UNSUPPORTED("no parser reads this file type"),
    TOO_LARGE("the file exceeds the configured size limit"),
    TIMEOUT("parsing took longer than the configured time limit"),
    ZIP_BOMB("the container expands beyond the configured limits (possible zip bomb)"),
    PARSER_CRASHED("the parser process died while reading this file"),
    NESTING_TOO_DEEP("containers are nested deeper than the configured limit");

    private final String description;

    RejectionReason(String description) {
        this.description = description;
    }

    /** A sentence an investigator can act on. */
    public String description() {
        return description;
    }
}
