/** The tool version, written into every result (a test keeps it equal to package.json's). */
export const TOOL_VERSION = '0.1.0';

/**
 * Bumped whenever a counting convention changes (a constant in an op rule, what counts as a
 * parameter, ...), so that compare/ can tell a rule change from a model change.
 */
export const COUNTING_RULES_VERSION = 2;

/**
 * The onnxruntime-node the Action installs on a runner (package.json pins the same version; a
 * test keeps the two equal).
 */
export const ONNXRUNTIME_VERSION = '1.30.0';
