import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

export {
  UserError
};
