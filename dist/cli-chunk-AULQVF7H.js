import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/report/json.ts
function toJson(value) {
  const text = JSON.stringify(value, null, 2);
  return text.replace(
    /\[\s+(-?[\d.eE+-]+(?:,\s+-?[\d.eE+-]+)*)\s+\]/g,
    (_, body) => `[${body.split(/,\s+/).join(", ")}]`
  ) + "\n";
}

export {
  toJson
};
