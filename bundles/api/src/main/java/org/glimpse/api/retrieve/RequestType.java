package org.glimpse.api.retrieve;

/** Why a request is made; the transport serves the kinds in this order of precedence. */
public enum RequestType {
    /** The user is looking at this frame now. */
    INTERACTION,
    /** A coarse image so that every frame can be shown. */
    THUMBNAIL,
    /** Ahead-of-need loading of frames not in view. */
    PREFETCH,
    /** Loading for computation (reformat, measurements), not display. */
    COMPUTE
}
