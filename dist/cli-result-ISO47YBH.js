import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RESULT_SCHEMA,
  SETTINGS_NUMBERS,
  makeResult,
  parseResult,
  readResult
} from "./cli-chunk-3ZCWGRPH.js";
import "./cli-chunk-ZCPTUKAO.js";
import "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-L6VXWUZG.js";
import "./cli-chunk-SQU4EMMZ.js";
import "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";
export {
  RESULT_SCHEMA,
  SETTINGS_NUMBERS,
  makeResult,
  parseResult,
  readResult
};
