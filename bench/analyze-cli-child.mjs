/**
 * Runs the installed command exactly as `misnomer analyze ...` does (bin/misnomer.js, which
 * loads the bundled dist/cli.js), then writes the process's peak RSS, its CPU time, its page
 * faults and its time since the process started as one JSON line to stderr. The parent times
 * the whole process from outside.
 */
import './usage-on-exit.mjs';

await import('../bin/misnomer.js');
