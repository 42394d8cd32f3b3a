import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderResultMarkdown
} from "./cli-chunk-DFPZQTJF.js";
import "./cli-chunk-JABN4CWC.js";
import "./cli-chunk-WKN5M4YK.js";
import "./cli-chunk-WSKYBFYN.js";
import "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-SQU4EMMZ.js";
import "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";
export {
  renderResultMarkdown
};
