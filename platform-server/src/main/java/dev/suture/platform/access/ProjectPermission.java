package dev.suture.platform.access;

/** What a caller may do to a project; {@link ProjectRole} says which role holds which. */
public enum ProjectPermission {
    READ, READ_MEMBERS, READ_API_KEYS, UPDATE, ARCHIVE, MANAGE_MEMBERS, MANAGE_API_KEYS, DELETE,
    /** Part 2: create and change test cases, suites, schedules, executions, files, reports; decide heals; use AI. */
    WRITE_TESTS,
    /** Part 2: report results and upload artifacts (what a project API key does from CI). */
    INGEST
}
