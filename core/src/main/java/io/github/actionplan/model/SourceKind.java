package io.github.actionplan.model;

/** Whether a plan answers an inspection of one service or a thematic report across services. */
public enum SourceKind {
    /** An inspection of one fire and rescue service. */
    SERVICE_INSPECTION,
    /** A thematic report, such as "Values and culture in fire and rescue services". */
    THEMATIC
}
