import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function clean(s, multiline = false) {
  const text = s.replace(UNSAFE, "?");
  return multiline ? text : text.replace(/[\n\t]/g, " ");
}

export {
  clean
};
