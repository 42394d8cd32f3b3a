import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/compare/types.ts
var COMPARISON_SCHEMA = "misnomer/comparison@1";

export {
  COMPARISON_SCHEMA
};
