import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderResultMarkdown
} from "./cli-chunk-S4TLXITF.js";
import "./cli-chunk-ELG5H2XG.js";
import "./cli-chunk-BAMAB3GB.js";
import "./cli-chunk-6ODXUSYU.js";
import "./cli-chunk-IXSZWLUU.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-SQU4EMMZ.js";
import "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";
export {
  renderResultMarkdown
};
