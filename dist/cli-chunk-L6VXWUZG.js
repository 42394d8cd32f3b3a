import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/version.ts
var TOOL_VERSION = "0.1.0";
var COUNTING_RULES_VERSION = 2;

export {
  TOOL_VERSION,
  COUNTING_RULES_VERSION
};
