import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderResultMarkdown
} from "./cli-chunk-XYRDETTV.js";
import "./cli-chunk-35RXOLIQ.js";
import "./cli-chunk-WKN5M4YK.js";
import "./cli-chunk-ZCPTUKAO.js";
import "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-SQU4EMMZ.js";
import "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";
export {
  renderResultMarkdown
};
