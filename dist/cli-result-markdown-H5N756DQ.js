import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderResultMarkdown
} from "./cli-chunk-GGUZFEK2.js";
import "./cli-chunk-WEUWF7AF.js";
import "./cli-chunk-JEGJTU5C.js";
import "./cli-chunk-67WLQM5X.js";
import "./cli-chunk-52AM3R24.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-SQU4EMMZ.js";
import "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";
export {
  renderResultMarkdown
};
