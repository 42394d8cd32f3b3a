import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod2) => function __require2() {
  try {
    return mod2 || (0, cb[__getOwnPropNames(cb)[0]])((mod2 = { exports: {} }).exports, mod2), mod2.exports;
  } catch (e) {
    throw mod2 = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod2, isNodeMode, target) => (target = mod2 != null ? __create(__getProtoOf(mod2)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod2 || !mod2.__esModule ? __defProp(target, "default", { value: mod2, enumerable: true }) : target,
  mod2
));

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    var messages = [];
    var level = 0;
    var debug = (msg, min) => {
      if (level >= min) {
        messages.push(msg);
      }
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v) => {
      level = v;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth;
    module.exports.default = stringWidth;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str2) {
      let code = codeRegex();
      let stripped = ("" + str2).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s) {
        return stringWidth(s) > memo ? stringWidth(s) : memo;
      }, 0);
    }
    function repeat(str2, times) {
      return Array(times + 1).join(str2);
    }
    function pad(str2, len, pad2, dir) {
      let length = strlen(str2);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str2 = repeat(pad2, padlen) + str2;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str2 = repeat(pad2, left) + str2 + repeat(pad2, right);
            break;
          }
          default: {
            str2 = str2 + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str2;
    }
    var codeCache = {};
    function addToCodeCache(name3, on, off) {
      on = "\x1B[" + on + "m";
      off = "\x1B[" + off + "m";
      codeCache[on] = { set: name3, to: true };
      codeCache[off] = { set: name3, to: false };
      codeCache[name3] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i in state) {
          if (Object.prototype.hasOwnProperty.call(state, i)) {
            delete state[i];
          }
        }
        return;
      }
      let info2 = codeCache[controlChars[0]];
      if (info2) {
        state[info2.set] = info2.to;
      }
    }
    function readState(line) {
      let code = codeRegex(true);
      let controlChars = code.exec(line);
      let state = {};
      while (controlChars !== null) {
        updateState(state, controlChars);
        controlChars = code.exec(line);
      }
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key2) {
        if (state[key2]) {
          ret += codeCache[key2].off;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret += "\x1B[49m";
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret += "\x1B[39m";
      }
      return ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key2) {
        if (state[key2]) {
          ret = codeCache[key2].on + ret;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret = lastBackgroundAdded + ret;
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret = lastForegroundAdded + ret;
      }
      return ret;
    }
    function truncateWidth(str2, desiredLength) {
      if (str2.length === strlen(str2)) {
        return str2.substr(0, desiredLength);
      }
      while (strlen(str2) > desiredLength) {
        str2 = str2.slice(0, -1);
      }
      return str2;
    }
    function truncateWidthWithAnsi(str2, desiredLength) {
      let code = codeRegex(true);
      let split = str2.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str2);
        let toAdd = split[splitIndex];
        splitIndex++;
        if (retLen + strlen(toAdd) > desiredLength) {
          toAdd = truncateWidth(toAdd, desiredLength - retLen);
        }
        ret += toAdd;
        retLen += strlen(toAdd);
        if (retLen < desiredLength) {
          if (!myArray) {
            break;
          }
          ret += myArray[0];
          updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate2(str2, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str2);
      if (lengthOfStr <= desiredLength) {
        return str2;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str2, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str2.includes(hrefTag) && !ret.includes(hrefTag)) {
        ret += hrefTag;
      }
      return ret;
    }
    function defaultOptions() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: false
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {};
      defaults = defaults || defaultOptions();
      let ret = Object.assign({}, defaults, options);
      ret.chars = Object.assign({}, defaults.chars, options.chars);
      ret.style = Object.assign({}, defaults.style, options.style);
      return ret;
    }
    function wordWrap(maxLength, input2) {
      let lines = [];
      let split = input2.split(/(\s+)/g);
      let line = [];
      let lineLength = 0;
      let whitespace;
      for (let i = 0; i < split.length; i += 2) {
        let word = split[i];
        let newLength = lineLength + strlen(word);
        if (lineLength > 0 && whitespace) {
          newLength += whitespace.length;
        }
        if (newLength > maxLength) {
          if (lineLength !== 0) {
            lines.push(line.join(""));
          }
          line = [word];
          lineLength = strlen(word);
        } else {
          line.push(whitespace || "", word);
          lineLength = newLength;
        }
        whitespace = split[i + 1];
      }
      if (lineLength) {
        lines.push(line.join(""));
      }
      return lines;
    }
    function textWrap(maxLength, input2) {
      let lines = [];
      let line = "";
      function pushLine(str2, ws) {
        if (line.length && ws) line += ws;
        line += str2;
        while (line.length > maxLength) {
          lines.push(line.slice(0, maxLength));
          line = line.slice(maxLength);
        }
      }
      let split = input2.split(/(\s+)/g);
      for (let i = 0; i < split.length; i += 2) {
        pushLine(split[i], i && split[i - 1]);
      }
      if (line.length) lines.push(line);
      return lines;
    }
    function multiLineWordWrap(maxLength, input2, wrapOnWordBoundary = true) {
      let output = [];
      input2 = input2.split("\n");
      const handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i = 0; i < input2.length; i++) {
        output.push.apply(output, handler(maxLength, input2[i]));
      }
      return output;
    }
    function colorizeLines(input2) {
      let state = {};
      let output = [];
      for (let i = 0; i < input2.length; i++) {
        let line = rewindState(state, input2[i]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text2) {
      const OSC = "\x1B]";
      const BEL = "\x07";
      const SEP = ";";
      return [OSC, "8", SEP, SEP, url || text2, BEL, text2, OSC, "8", SEP, SEP, BEL].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate: truncate2,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    var styles = {};
    module["exports"] = styles;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key2) {
      var val = codes[key2];
      var style = styles[key2] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix + flag);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os2 = __require("os");
    var hasFlag = require_has_flag();
    var env = process.env;
    var forceColor = void 0;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false")) {
      forceColor = false;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env) {
      forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os2.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign) {
          return sign in env;
        }) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env) {
        var version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      if (env.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    module["exports"] = function runTheTrap(text2, options) {
      var result = "";
      text2 = text2 || "Run the trap, drop the bass";
      text2 = text2.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      text2.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c] !== "undefined") {
          result += trap[c][rand];
        } else {
          result += c;
        }
      });
      return result;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    module["exports"] = function zalgo(text2, options) {
      text2 = text2 || "   he is here   ";
      var soul = {
        "up": [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        "down": [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        "mid": [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i) {
          bool = i === character;
        });
        return bool;
      }
      function heComes(text3, options2) {
        var result = "";
        var counts;
        var l;
        options2 = options2 || {};
        options2["up"] = typeof options2["up"] !== "undefined" ? options2["up"] : true;
        options2["mid"] = typeof options2["mid"] !== "undefined" ? options2["mid"] : true;
        options2["down"] = typeof options2["down"] !== "undefined" ? options2["down"] : true;
        options2["size"] = typeof options2["size"] !== "undefined" ? options2["size"] : "maxi";
        text3 = text3.split("");
        for (l in text3) {
          if (isChar(l)) {
            continue;
          }
          result = result + text3[l];
          counts = { "up": 0, "down": 0, "mid": 0 };
          switch (options2.size) {
            case "mini":
              counts.up = randomNumber(8);
              counts.mid = randomNumber(2);
              counts.down = randomNumber(8);
              break;
            case "maxi":
              counts.up = randomNumber(16) + 3;
              counts.mid = randomNumber(4) + 1;
              counts.down = randomNumber(64) + 3;
              break;
            default:
              counts.up = randomNumber(8) + 1;
              counts.mid = randomNumber(6) / 2;
              counts.down = randomNumber(8) + 1;
              break;
          }
          var arr = ["up", "mid", "down"];
          for (var d in arr) {
            var index = arr[d];
            for (var i = 0; i <= counts[index]; i++) {
              if (options2[index]) {
                result = result + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result;
      }
      return heComes(text2, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str2) {
      return ("" + str2).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str2, style) {
      if (!colors.enabled) {
        return str2 + "";
      }
      var styleMap = ansiStyles[style];
      if (!styleMap && style in colors) {
        return colors[style](str2);
      }
      return styleMap.open + str2 + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str2) {
      if (typeof str2 !== "string") {
        throw new TypeError("Expected a string");
      }
      return str2.replace(matchOperatorsRe, "\\$&");
    };
    function build(_styles) {
      var builder = function builder2() {
        return applyStyle.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto;
      return builder;
    }
    var styles = (function() {
      var ret = {};
      ansiStyles.grey = ansiStyles.gray;
      Object.keys(ansiStyles).forEach(function(key2) {
        ansiStyles[key2].closeRe = new RegExp(escapeStringRegexp(ansiStyles[key2].close), "g");
        ret[key2] = {
          get: function() {
            return build(this._styles.concat(key2));
          }
        };
      });
      return ret;
    })();
    var proto = defineProps(function colors2() {
    }, styles);
    function applyStyle() {
      var args = Array.prototype.slice.call(arguments);
      var str2 = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str2) {
        return str2;
      }
      var newLinesPresent = str2.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles[nestedStyles[i]];
        str2 = code.open + str2.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str2 = str2.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str2;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str2) {
            if (typeof theme[style2] === "object") {
              var out = str2;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str2);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles).forEach(function(name3) {
        ret[name3] = {
          get: function() {
            return build([name3]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str2) {
      var exploded = str2.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str2) {
          return sequencer(colors.maps[map2], str2);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    var { info: info2, debug } = require_debug();
    var utils = require_utils();
    var Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options);
        this.x = null;
        this.y = null;
      }
      setOptions(options) {
        if (["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1) {
          options = { content: "" + options };
        }
        options = options || {};
        this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1) {
          this.content = String(content);
        } else if (!content) {
          this.content = this.options.href || "";
        } else {
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        }
        this.colSpan = options.colSpan || 1;
        this.rowSpan = options.rowSpan || 1;
        if (this.options.href) {
          Object.defineProperty(this, "href", {
            get() {
              return this.options.href;
            }
          });
        }
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {};
        let tableChars = tableOptions.chars;
        let chars = this.chars = {};
        CHAR_NAMES.forEach(function(name3) {
          setOption(optionsChars, tableChars, name3, chars);
        });
        this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {};
        let tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this);
        setOption(style, tableStyle, "padding-right", this);
        this.head = style.head || tableStyle.head;
        this.border = style.border || tableStyle.border;
        this.fixedWidth = tableOptions.colWidths[this.x];
        this.lines = this.computeLines(tableOptions);
        this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
        this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
        const { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          this.fixedWidth -= this.paddingLeft + this.paddingRight;
          if (this.colSpan) {
            let i = 1;
            while (i < this.colSpan) {
              this.fixedWidth += tableOptions.colWidths[this.x + i];
              i++;
            }
          }
          const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
          const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split("\n"));
      }
      wrapLines(computedLines) {
        const lines = utils.colorizeLines(computedLines);
        if (this.href) {
          return lines.map((line) => utils.hyperlink(this.href, line));
        }
        return lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x = this.x;
        let y = this.y;
        this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
        this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
        this.width = this.widths.reduce(sumPlusOne, -1);
        this.height = this.heights.reduce(sumPlusOne, -1);
        this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
        this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];
        this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        if (!lineNum) {
          info2(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        } else {
        }
        let padLen = Math.max(this.height - this.lines.length, 0);
        let padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
          return this.drawEmpty(this.drawRight, spanningCell);
        }
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        if (this.cells) {
          this.widths.forEach(function(width, index) {
            content.push(this._topLeftChar(index));
            content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
          }, this);
        } else {
          content.push(this._topLeftChar(0));
          content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width));
        }
        if (drawRight) {
          content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]);
        }
        return this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x = this.x + offset;
        let leftChar;
        if (this.y == 0) {
          leftChar = x == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        } else {
          if (x == 0) {
            leftChar = "leftMid";
          } else {
            leftChar = offset == 0 ? "midMid" : "bottomMid";
            if (this.cells) {
              let spanAbove = this.cells[this.y - 1][x] instanceof _Cell.ColSpanCell;
              if (spanAbove) {
                leftChar = offset == 0 ? "topMid" : "mid";
              }
              if (offset == 0) {
                let i = 1;
                while (this.cells[this.y][x - i] instanceof _Cell.ColSpanCell) {
                  i++;
                }
                if (this.cells[this.y][x - i] instanceof _Cell.RowSpanCell) {
                  leftChar = "leftMid";
                }
              }
            }
          }
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length) {
          try {
            let colors = require_safe();
            for (let i = this[styleProperty].length - 1; i >= 0; i--) {
              colors = colors[this[styleProperty][i]];
            }
            return colors(content);
          } catch (e) {
            return content;
          }
        } else {
          return content;
        }
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft);
        let right = drawRight ? this.chars["right"] : "";
        let rightPadding = utils.repeat(" ", this.paddingRight);
        let line = this.lines[lineNum];
        let len = this.width - (this.paddingLeft + this.paddingRight);
        if (forceTruncationSymbol) line += this.truncate || "\u2026";
        let content = utils.truncate(line, len, this.truncate);
        content = utils.pad(content, len, " ", this.hAlign);
        content = leftPadding + content + rightPadding;
        return this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        left = this.wrapWithStyleColors("border", left);
        right = this.wrapWithStyleColors("border", right);
        if (this.y === 0) {
          content = this.wrapWithStyleColors("head", content);
        }
        return left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"];
        let content = utils.repeat(this.chars.bottom, this.width);
        let right = drawRight ? this.chars["bottomRight"] : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let right = drawRight ? this.chars["right"] : "";
        let content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    };
    var ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        if (typeof lineNum === "number") {
          debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
        }
        return "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    };
    var RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y = this.y;
        let originalY = this.originalCell.y;
        this.cellOffset = y - originalY;
        this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        if (lineNum == "top") {
          return this.originalCell.draw(this.offset, this.cellOffset);
        }
        if (lineNum == "bottom") {
          return this.originalCell.draw("bottom");
        }
        debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
        return this.originalCell.draw(this.offset + 1 + lineNum);
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v) => v !== void 0 && v !== null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      if (nameA.length > 1) {
        nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
        nameA = nameA.join("");
        targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
      } else {
        targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
      }
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i = 1; i < span; i++) {
        ret += 1 + dimensionTable[startingIndex + i];
      }
      return ret;
    }
    function sumPlusOne(a, b) {
      return a + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    var { warn, debug } = require_debug();
    var Cell = require_cell();
    var { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        if (alloc[col] > 0) {
          return next(alloc, col + 1);
        }
        return col;
      }
      function layoutTable(table2) {
        let alloc = {};
        table2.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex;
            cell.x = rowIndex ? next(alloc, col) : col;
            const rowSpan = cell.rowSpan || 1;
            const colSpan = cell.colSpan || 1;
            if (rowSpan > 1) {
              for (let cs = 0; cs < colSpan; cs++) {
                alloc[cell.x + cs] = rowSpan;
              }
            }
            col = cell.x + colSpan;
          });
          Object.keys(alloc).forEach((idx) => {
            alloc[idx]--;
            if (alloc[idx] < 1) delete alloc[idx];
          });
        });
      }
      function maxWidth(table2) {
        let mw = 0;
        table2.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        });
        return mw;
      }
      function maxHeight(table2) {
        return table2.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y;
        let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
        let yMin2 = cell2.y;
        let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
        let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);
        let xMin1 = cell1.x;
        let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
        let xMin2 = cell2.x;
        let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
        let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows, x, y) {
        let i_max = Math.min(rows.length - 1, y);
        let cell = { x, y };
        for (let i = 0; i <= i_max; i++) {
          let row = rows[i];
          for (let j = 0; j < row.length; j++) {
            if (cellsConflict(cell, row[j])) {
              return true;
            }
          }
        }
        return false;
      }
      function allBlank(rows, y, xMin, xMax) {
        for (let x = xMin; x < xMax; x++) {
          if (conflictExists(rows, x, y)) {
            return false;
          }
        }
        return true;
      }
      function addRowSpanCells(table2) {
        table2.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i = 1; i < cell.rowSpan; i++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x;
              rowSpanCell.y = cell.y + i;
              rowSpanCell.colSpan = cell.colSpan;
              insertCell(rowSpanCell, table2[rowIndex + i]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k;
              colSpanCell.y = cell.y;
              cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x = 0;
        while (x < row.length && row[x].x < cell.x) {
          x++;
        }
        row.splice(x, 0, cell);
      }
      function fillInTable(table2) {
        let h_max = maxHeight(table2);
        let w_max = maxWidth(table2);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y = 0; y < h_max; y++) {
          for (let x = 0; x < w_max; x++) {
            if (!conflictExists(table2, x, y)) {
              let opts = { x, y, colSpan: 1, rowSpan: 1 };
              x++;
              while (x < w_max && !conflictExists(table2, x, y)) {
                opts.colSpan++;
                x++;
              }
              let y2 = y + 1;
              while (y2 < h_max && allBlank(table2, y2, opts.x, opts.x + opts.colSpan)) {
                opts.rowSpan++;
                y2++;
              }
              let cell = new Cell(opts);
              cell.x = opts.x;
              cell.y = opts.y;
              warn(`Missing cell at ${cell.y}-${cell.x}.`);
              insertCell(cell, table2[y]);
            }
          }
        }
      }
      function generateCells(rows) {
        return rows.map(function(row) {
          if (!Array.isArray(row)) {
            let key2 = Object.keys(row)[0];
            row = row[key2];
            if (Array.isArray(row)) {
              row = row.slice();
              row.unshift(key2);
            } else {
              row = [key2, row];
            }
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows) {
        let cellRows = generateCells(rows);
        layoutTable(cellRows);
        fillInTable(cellRows);
        addRowSpanCells(cellRows);
        addColSpanCells(cellRows);
        return cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
      return function(vals, table2) {
        let result = [];
        let spanners = [];
        let auto = {};
        table2.forEach(function(row) {
          row.forEach(function(cell) {
            if ((cell[colSpan] || 1) > 1) {
              spanners.push(cell);
            } else {
              result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
            }
          });
        });
        vals.forEach(function(val, index) {
          if (typeof val === "number") {
            result[index] = val;
          }
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k];
          let span = cell[colSpan];
          let col = cell[x];
          let existingWidth = result[col];
          let editableCols = typeof vals[col] === "number" ? 0 : 1;
          if (typeof existingWidth === "number") {
            for (let i = 1; i < span; i++) {
              existingWidth += 1 + result[col + i];
              if (typeof vals[col + i] !== "number") {
                editableCols++;
              }
            }
          } else {
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1;
            if (!auto[col] || auto[col] < existingWidth) {
              auto[col] = existingWidth;
            }
          }
          if (cell[desiredWidth] > existingWidth) {
            let i = 0;
            while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
              if (typeof vals[col + i] !== "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif;
                result[col + i] += dif;
                editableCols--;
              }
              i++;
            }
          }
        }
        Object.assign(vals, result, auto);
        for (let j = 0; j < vals.length; j++) {
          vals[j] = Math.max(forcedMin, vals[j] || 0);
        }
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    var debug = require_debug();
    var utils = require_utils();
    var tableLayout = require_layout_manager();
    var Table2 = class extends Array {
      constructor(opts) {
        super();
        const options = utils.mergeOptions(opts);
        Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        });
        if (options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN);
              debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array = this;
        let headersPresent = this.options.head && this.options.head.length;
        if (headersPresent) {
          array = [this.options.head];
          if (this.length) {
            array.push.apply(array, this);
          }
        } else {
          this.options.style.head = [];
        }
        let cells = tableLayout.makeTableLayout(array);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this);
        tableLayout.computeWidths(this.options.colWidths, cells);
        tableLayout.computeHeights(this.options.rowHeights, cells);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex];
          let heightOfRow = this.options.rowHeights[rowIndex];
          if (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) {
            doDraw(row, "top", result);
          }
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
            doDraw(row, lineNum, result);
          }
          if (rowIndex + 1 == cells.length) {
            doDraw(row, "bottom", result);
          }
        }
        return result.join("\n");
      }
      get width() {
        let str2 = this.toString().split("\n");
        return str2[0].length;
      }
    };
    Table2.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str2 = line.join("");
      if (str2.length) result.push(str2);
    }
    module.exports = Table2;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name3 = parts.shift();
        switch (name3) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name3}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name3 = `${prefix}${i}`;
        if (!exclude.has(name3))
          return name3;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes2;
        if (ctx?.aliasResolveCache) {
          nodes2 = ctx.aliasResolveCache;
        } else {
          nodes2 = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes2.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes2;
        }
        let found = void 0;
        for (const node of nodes2) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold2 === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text2[fold2]}\\`;
          res += `
${indent}${text2.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name3 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name3} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge3.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge3.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge3.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge3 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge3.isMergeKey(ctx, key2))
        merge3.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum3, line) => sum3 + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum3, line) => sum3 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num5 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num5))
        return isNaN(num5) ? ".nan" : num5 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num5 = Number(node.value);
        return isFinite(num5) ? num5.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num5 = Number(node.value);
        return isFinite(num5) ? num5.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num5 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num5(60) + num5(p), num5(0));
      return sign === "-" ? num5(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num5 = (n) => n;
      if (typeof value === "bigint")
        num5 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num5(-1);
      }
      const _60 = num5(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge3.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge3.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge3.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge3);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name3) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name3 || prev.has(name3) ? anchors.findNewAnchor(name3 || "a", prev) : name3;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name3, pos, code, message) {
        super();
        this.name = name3;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow, indicator: indicator2, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator2 !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator2 !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator2:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator2 === "seq-item-ind" || indicator2 === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name3 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name3} must end with a ${expectedEnd}` : `${name3} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

// src/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function clean(s, multiline = false) {
  const text2 = s.replace(UNSAFE, "?");
  return multiline ? text2 : text2.replace(/[\n\t]/g, " ");
}

// src/report/json.ts
function toJson(value) {
  const text2 = JSON.stringify(value, null, 2);
  return text2.replace(
    /\[\s+(-?[\d.eE+-]+(?:,\s+-?[\d.eE+-]+)*)\s+\]/g,
    (_, body) => `[${body.split(/,\s+/).join(", ")}]`
  ) + "\n";
}

// src/commands/analyze.ts
import { basename } from "node:path";

// src/onnx/model.ts
var normalizeDomain = (domain) => domain === "ai.onnx" ? "" : domain;

// src/onnx/dtypes.ts
var DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23,
  FLOAT8E8M0: 24,
  UINT2: 25,
  INT2: 26
};
var INFO = {
  0: { name: "undefined", bits: 0, float: false, quantized: false },
  1: { name: "float32", bits: 32, float: true, quantized: false },
  2: { name: "uint8", bits: 8, float: false, quantized: true },
  3: { name: "int8", bits: 8, float: false, quantized: true },
  4: { name: "uint16", bits: 16, float: false, quantized: true },
  5: { name: "int16", bits: 16, float: false, quantized: true },
  6: { name: "int32", bits: 32, float: false, quantized: false },
  7: { name: "int64", bits: 64, float: false, quantized: false },
  8: { name: "string", bits: 0, float: false, quantized: false },
  9: { name: "bool", bits: 8, float: false, quantized: false },
  10: { name: "float16", bits: 16, float: true, quantized: false },
  11: { name: "float64", bits: 64, float: true, quantized: false },
  12: { name: "uint32", bits: 32, float: false, quantized: false },
  13: { name: "uint64", bits: 64, float: false, quantized: false },
  14: { name: "complex64", bits: 64, float: true, quantized: false },
  15: { name: "complex128", bits: 128, float: true, quantized: false },
  16: { name: "bfloat16", bits: 16, float: true, quantized: false },
  17: { name: "float8e4m3fn", bits: 8, float: true, quantized: false },
  18: { name: "float8e4m3fnuz", bits: 8, float: true, quantized: false },
  19: { name: "float8e5m2", bits: 8, float: true, quantized: false },
  20: { name: "float8e5m2fnuz", bits: 8, float: true, quantized: false },
  21: { name: "uint4", bits: 4, float: false, quantized: true },
  22: { name: "int4", bits: 4, float: false, quantized: true },
  23: { name: "float4e2m1", bits: 4, float: true, quantized: false },
  24: { name: "float8e8m0", bits: 8, float: true, quantized: false },
  25: { name: "uint2", bits: 2, float: false, quantized: true },
  26: { name: "int2", bits: 2, float: false, quantized: true }
};
function info(dtype) {
  return INFO[dtype] ?? { name: `dtype${dtype}`, bits: 0, float: false, quantized: false };
}
var dtypeName = (dtype) => info(dtype).name;
var isFloat = (dtype) => info(dtype).float;
var isQuantizedInt = (dtype) => info(dtype).quantized;
function byteSize(dtype, elements) {
  const bits = info(dtype).bits;
  if (dtype === DataType.STRING) return elements * 8;
  return Math.ceil(elements * bits / 8);
}
function dtypeFromName(name3) {
  for (const [code, i] of Object.entries(INFO)) if (i.name === name3) return Number(code);
  return void 0;
}

// src/ops/float-util.ts
function roundToDtype(x, dtype) {
  if (dtype === DataType.FLOAT) return Math.fround(x);
  if (dtype === DataType.FLOAT16) return toFloat16(x);
  if (dtype === DataType.BFLOAT16) return toBfloat16(x);
  return x;
}
function roundEven(v) {
  const f = Math.floor(v);
  const d = v - f;
  if (d !== 0.5) return d < 0.5 ? f : f + 1;
  return f % 2 === 0 ? f : f + 1;
}
var F16_OVERFLOW = 65520;
var F16_MIN_NORMAL = 2 ** -14;
function toFloat16(x) {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= F16_OVERFLOW) return Math.sign(x) * Infinity;
  let quantum = 2 ** -24;
  if (a >= F16_MIN_NORMAL) {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    quantum = 2 ** (e - 10);
  }
  return Math.sign(x) * roundEven(a / quantum) * quantum;
}
var scratch = new DataView(new ArrayBuffer(4));
function toBfloat16(x) {
  if (Number.isNaN(x)) return x;
  scratch.setFloat32(0, x);
  const u = scratch.getUint32(0);
  const rounded = u + 32767 + (u >>> 16 & 1) & 4294901760;
  scratch.setUint32(0, rounded >>> 0);
  return scratch.getFloat32(0);
}

// src/ops/util.ts
function numel(shape) {
  if (!shape) return NaN;
  let n = 1;
  for (const d of shape) {
    if (typeof d !== "number") return NaN;
    n *= d;
  }
  return n;
}
var product = (xs) => xs.reduce((a, b) => a * b, 1);
function broadcast(ctx, shapes) {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = [];
  for (let i = 0; i < rank; i++) {
    let dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i];
      if (d === void 0 || d === 1) continue;
      if (dim === 1) dim = d;
      else if (dim !== d) {
        if (typeof dim === "string" && typeof d === "number") dim = d;
        else if (typeof dim === "number" && typeof d === "number") {
          ctx.fail(`cannot broadcast shapes ${shapes.map(fmtShape).join(" and ")}`);
        }
      }
    }
    out.push(dim);
  }
  return out;
}
var fmtShape = (s) => s ? `[${s.join(", ")}]` : "[?]";
function axis(ctx, a, rank) {
  const r = a < 0 ? a + rank : a;
  if (r < 0 || r >= rank) ctx.fail(`axis ${a} is out of range for rank ${rank}`);
  return r;
}
var MAX_FOLD_ELEMENTS = 1 << 16;
var DEFER_FOLD_ELEMENTS = 1 << 10;
function folded(elements, compute) {
  if (elements <= DEFER_FOLD_ELEMENTS) {
    const value = compute();
    return value ? { value } : {};
  }
  return { deferred: compute };
}
function valueOf(v) {
  if (v.value === void 0 && v.lazy) {
    v.value = v.lazy();
    v.lazy = void 0;
  }
  if (v.value === void 0 && v.deferred) {
    v.value = v.deferred();
    v.deferred = void 0;
  }
  return v.value;
}
function foldedValueOf(v) {
  if (v.value === void 0 && v.deferred) {
    v.value = v.deferred();
    v.deferred = void 0;
  }
  return v.value;
}
function strides(shape) {
  const s = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}
var isStatic = (s) => !!s && s.every((d) => typeof d === "number");
function tensorBytes(v) {
  if (!v) return 0;
  return v.kind ? NaN : byteSize(v.dtype, numel(v.shape));
}

// src/ops/elementwise-util.ts
var BOOL = 9;
function costOf(dtype, elements, per) {
  const t = per.transcendentals ?? 0;
  if (!isFloat(dtype)) return { intOps: (per.flops + t) * elements };
  return { flops: per.flops * elements, transcendentals: t * elements };
}
var isIntegral = (dtype) => !isFloat(dtype);
function foldBroadcast(ctx, indices, outShape, dtype, f, eager = false) {
  if (!isStatic(outShape) || numel(outShape) > MAX_FOLD_ELEMENTS) return {};
  const compute = () => broadcastValues(ctx, indices, outShape, dtype, f);
  if (eager) {
    const value = compute();
    return value ? { value } : {};
  }
  const maybe = indices.every((i) => {
    const v = ctx.inputs[i];
    return v && (v.value !== void 0 || v.lazy || v.deferred);
  });
  return maybe ? folded(numel(outShape), compute) : {};
}
function broadcastValues(ctx, indices, outShape, dtype, f) {
  const sources = [];
  for (const i of indices) {
    const v = ctx.inputs[i];
    const values = ctx.constant(i);
    if (!v || !values || !isStatic(v.shape) || values.length !== numel(v.shape)) return void 0;
    sources.push({ values, strides: broadcastStrides(v.shape, outShape) });
  }
  const total = product(outShape);
  const rank = outShape.length;
  const n = sources.length;
  const out = new Array(total);
  const args = new Array(n);
  const idx = new Array(rank).fill(0);
  const offsets = new Array(n).fill(0);
  for (let flat = 0; flat < total; flat++) {
    for (let k = 0; k < n; k++) args[k] = sources[k].values[offsets[k]];
    out[flat] = roundToDtype(f(args), dtype);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        for (let k = 0; k < n; k++) offsets[k] += sources[k].strides[d];
        break;
      }
      idx[d] = 0;
      for (let k = 0; k < n; k++) offsets[k] -= sources[k].strides[d] * (outShape[d] - 1);
    }
  }
  return out;
}
function broadcastStrides(shape, out) {
  const own = strides(shape);
  const lead = out.length - shape.length;
  return out.map((_, d) => d < lead || shape[d - lead] === 1 ? 0 : own[d - lead]);
}
function broadcastInputs(ctx, indices) {
  return broadcast(
    ctx,
    indices.map((i) => ctx.input(i).shape)
  );
}
function withValue(dtype, shape, contents) {
  return { dtype, shape, ...contents };
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function divide(a, b, integral) {
  if (!integral) return a / b;
  if (b === 0) return 0;
  return Math.trunc(a / b);
}
function modulo(a, b, fmod) {
  if (b === 0) return fmod ? NaN : 0;
  const r = a % b;
  if (fmod) return r;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

// src/ops/activation.ts
function activation(per, fold2) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const value = fold2 && foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => fold2(v));
      return [withValue(x.dtype, x.shape, value)];
    },
    cost(ctx, outputs) {
      const p = typeof per === "function" ? per(ctx) : per;
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), p);
    }
  };
}
function withOperands(per) {
  const base = activation(per);
  return {
    ...base,
    infer(ctx) {
      const x = ctx.input(0);
      const others = ctx.inputs.flatMap((v, i) => v && i > 0 ? [ctx.input(i).shape] : []);
      const shape = broadcast(ctx, [x.shape, ...others]);
      if (!sameShape(shape, x.shape)) {
        ctx.fail(
          `${ctx.node.opType}: inputs ${others.map(fmtShape).join(", ")} must broadcast to input 0 ${fmtShape(x.shape)}`
        );
      }
      return [{ dtype: x.dtype, shape: x.shape }];
    }
  };
}
var sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
var ACTIVATION_COST = {
  Relu: { flops: 1 },
  LeakyRelu: { flops: 1 },
  PRelu: { flops: 1 },
  ThresholdedRelu: { flops: 1 },
  Elu: { flops: 3, transcendentals: 1 },
  Selu: { flops: 4, transcendentals: 1 },
  Celu: { flops: 6, transcendentals: 1 },
  Sigmoid: { flops: 2, transcendentals: 1 },
  HardSigmoid: { flops: 4 },
  HardSwish: { flops: 5 },
  Tanh: { flops: 0, transcendentals: 1 },
  Softplus: { flops: 1, transcendentals: 2 },
  Softsign: { flops: 3 },
  Mish: { flops: 2, transcendentals: 3 },
  Shrink: { flops: 3 }
};
var GELU_ERF = { flops: 4, transcendentals: 1 };
var GELU_TANH = { flops: 8, transcendentals: 1 };
var X_SIGMOID = { flops: 4, transcendentals: 1 };
function gelu(ctx) {
  const approximate = ctx.attrs.string("approximate", "none");
  if (approximate === "none") return GELU_ERF;
  if (approximate === "tanh") return GELU_TANH;
  return ctx.fail(`Gelu: unknown approximate "${approximate}" (expected none or tanh)`);
}
var dropout = {
  infer(ctx) {
    const x = ctx.input(0);
    if (ctx.opset >= 12 && ctx.inputs[2] && ctx.constant(2)?.[0]) {
      ctx.note("Dropout: training_mode is true; costed as inference (identity)");
    }
    const maskDtype = ctx.opset < 10 ? x.dtype : BOOL;
    return [
      { dtype: x.dtype, shape: x.shape },
      { dtype: maskDtype, shape: x.shape }
    ];
  },
  bytes(ctx, outputs) {
    if (!ctx.node.outputs[1]) return 0;
    return tensorBytes(outputs[1]);
  },
  metaInputs: [1, 2]
};
var preluBroadcast = withOperands(ACTIVATION_COST.PRelu);
var prelu = {
  ...preluBroadcast,
  infer(ctx) {
    if (ctx.opset >= 7) return preluBroadcast.infer(ctx);
    const x = ctx.input(0);
    const slope = ctx.input(1).shape;
    const n = slope.length === 1 ? slope[0] : void 0;
    const fits2 = n !== void 0 && (n === 1 || n === x.shape[1] || typeof n === "string");
    if (!fits2 && numel(slope) !== 1) {
      ctx.fail(
        `PRelu (opset ${ctx.opset}): the slope ${fmtShape(slope)} must be per channel (${x.shape[1] ?? "?"} values along axis 1 of ${fmtShape(x.shape)}) or one value`
      );
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  }
};
var biasAdd = {
  ...withOperands({ flops: 2 }),
  infer(ctx) {
    const x = ctx.input(0);
    const bias = ctx.input(1).shape;
    const skip = ctx.input(2).shape;
    const c = x.shape[x.shape.length - 1];
    if (x.shape.length !== 3 || bias.length !== 1 || typeof c === "number" && bias[0] !== c) {
      ctx.fail(
        `BiasAdd: expected X [N, S, C] and bias [C], got ${fmtShape(x.shape)} and ${fmtShape(bias)}`
      );
    }
    if (!sameShape(broadcast(ctx, [x.shape, skip]), x.shape)) {
      ctx.fail(`BiasAdd: skip ${fmtShape(skip)} must match X ${fmtShape(x.shape)}`);
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  }
};
var rules = {
  Relu: activation(ACTIVATION_COST.Relu, (x) => Math.max(x, 0)),
  LeakyRelu: activation(ACTIVATION_COST.LeakyRelu),
  PRelu: prelu,
  ThresholdedRelu: activation(ACTIVATION_COST.ThresholdedRelu),
  Elu: activation(ACTIVATION_COST.Elu),
  Selu: activation(ACTIVATION_COST.Selu),
  Celu: activation(ACTIVATION_COST.Celu),
  Sigmoid: activation(ACTIVATION_COST.Sigmoid),
  HardSigmoid: activation(ACTIVATION_COST.HardSigmoid),
  HardSwish: activation(ACTIVATION_COST.HardSwish),
  Tanh: activation(ACTIVATION_COST.Tanh),
  Softplus: activation(ACTIVATION_COST.Softplus),
  Softsign: activation(ACTIVATION_COST.Softsign),
  Gelu: activation(gelu),
  Mish: activation(ACTIVATION_COST.Mish),
  Swish: activation(X_SIGMOID),
  Shrink: activation(ACTIVATION_COST.Shrink),
  Dropout: dropout,
  "com.microsoft/Gelu": activation(GELU_ERF),
  "com.microsoft/QuickGelu": activation(X_SIGMOID),
  "com.microsoft/BiasGelu": withOperands({ flops: GELU_ERF.flops + 1, transcendentals: 1 }),
  "com.microsoft/FastGelu": withOperands((ctx) => ({
    flops: GELU_TANH.flops + (ctx.inputs[1] ? 1 : 0),
    transcendentals: 1
  })),
  "com.microsoft/BiasAdd": biasAdd
};

// src/ops/attention-util.ts
var SCALE_FLOPS = 1;
var SOFTMAX_FLOPS = 4;
var SOFTCAP_FLOPS = 2;
var ROTARY_FLOPS = 3;
var CAUSAL_NOTE = "causal masking is not discounted: every Sq x Sk score is counted, masked or not";
var num = (d) => typeof d === "number" ? d : NaN;
function coreCost(c) {
  const scores = numel([c.batch, c.heads, c.sq, c.sk]);
  const macs = scores * (num(c.dqk) + num(c.dv));
  const perScore = SCALE_FLOPS + SOFTMAX_FLOPS + c.scoreAdds + (c.softcap ? SOFTCAP_FLOPS : 0);
  return {
    macs,
    flops: 2 * macs + scores * perScore,
    transcendentals: scores * (1 + (c.softcap ? 1 : 0)),
    intOps: 0
  };
}
var rotaryFlops = (rotated) => ROTARY_FLOPS * rotated;
function sumCosts(...costs) {
  const out = { macs: 0, flops: 0, transcendentals: 0, intOps: 0 };
  for (const c of costs) {
    out.macs += c.macs ?? 0;
    out.flops += c.flops ?? 0;
    out.transcendentals += c.transcendentals ?? 0;
    out.intOps += c.intOps ?? 0;
  }
  return out;
}
function dimMul(ctx, a, b) {
  if (typeof a === "number" && typeof b === "number") return a * b;
  if (a === 1) return b;
  if (b === 1) return a;
  return ctx.symbol(`${ctx.node.name}:${a}*${b}`);
}
function dimAdd(ctx, a, b) {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  return ctx.symbol(`${ctx.node.name}:${a}+${b}`);
}
function dimDiv(ctx, a, b, what) {
  if (!(b > 0)) ctx.fail(`${what}: the divisor ${b} must be positive`);
  if (typeof a !== "number") return ctx.symbol(`${ctx.node.name}:${a}/${b}`);
  if (a % b !== 0) ctx.fail(`${what}: ${a} is not divisible by ${b}`);
  return a / b;
}
function same(ctx, a, b, what) {
  if (typeof a === "number" && typeof b === "number" && a !== b) {
    ctx.fail(`${what}: ${a} and ${b} differ`);
  }
}
function ranked(ctx, i, ranks, name3) {
  const v = ctx.input(i);
  if (!ranks.includes(v.shape.length)) {
    ctx.fail(`${name3} ${fmtShape(v.shape)} must have rank ${ranks.join(" or ")}`);
  }
  return v;
}
function optional(ctx, i, ranks, name3) {
  return ctx.inputs[i] ? ranked(ctx, i, ranks, name3) : void 0;
}
function rotaryDim(ctx, cosIndex, head) {
  const attr = ctx.attrs.int("rotary_embedding_dim", 0);
  if (attr > 0) return attr;
  const cos = ctx.inputs[cosIndex]?.shape;
  const half = cos?.[cos.length - 1];
  return typeof half === "number" ? 2 * half : head;
}

// src/ops/attention-ms.ts
var SHARED_BUFFER_NOTE = "past and present share one KV buffer: the attended length is the buffer length (an upper bound)";
function msAttentionGeometry(ctx) {
  const x = ranked(ctx, 0, [3], "input").shape;
  const w = ranked(ctx, 1, [2], "weights").shape;
  same(ctx, w[0], x[2], `input ${fmtShape(x)} hidden vs weights ${fmtShape(w)} rows`);
  const heads = ctx.attrs.int("num_heads");
  let sizes = ctx.attrs.ints("qkv_hidden_sizes", []);
  if (sizes.length === 0) {
    if (typeof w[1] !== "number") ctx.fail(`weights ${fmtShape(w)} need a static width`);
    const each = dimDiv(ctx, w[1], 3, `weights ${fmtShape(w)} width into Q, K, V`);
    sizes = [each, each, each];
  } else if (sizes.length !== 3) {
    ctx.fail(`qkv_hidden_sizes ${fmtShape(sizes)} must have 3 values`);
  }
  same(ctx, w[1], sizes[0] + sizes[1] + sizes[2], `weights ${fmtShape(w)} width vs qkv sizes`);
  if (sizes[0] !== sizes[1]) ctx.fail(`Q and K hidden sizes ${sizes[0]}, ${sizes[1]} differ`);
  const past = optional(ctx, 4, [5], "past")?.shape;
  const shared = !!past && !!ctx.attrs.int("past_present_share_buffer", 0);
  return {
    batch: x[0],
    seq: x[1],
    inHidden: x[2],
    sizes,
    heads,
    sq: x[1],
    sk: !past ? x[1] : shared ? past[3] : dimAdd(ctx, past[3], x[1]),
    dqk: dimDiv(ctx, sizes[0], heads, `Q hidden ${sizes[0]} into ${heads} heads`),
    dv: dimDiv(ctx, sizes[2], heads, `V hidden ${sizes[2]} into ${heads} heads`),
    scoreAdds: (ctx.inputs[3] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false
  };
}
function mhaGeometry(ctx) {
  const heads = ctx.attrs.int("num_heads");
  const q = ranked(ctx, 0, [3, 5], "query").shape;
  const key2 = optional(ctx, 1, [3, 4, 5], "key")?.shape;
  const value = optional(ctx, 2, [3, 4], "value")?.shape;
  let dqk, dv, newKeys;
  if (q.length === 5) {
    same(ctx, q[2], heads, `packed query ${fmtShape(q)} heads vs num_heads`);
    same(ctx, q[3], 3, `packed query ${fmtShape(q)} must hold Q, K, V in dim 3`);
    [dqk, dv, newKeys] = [q[4], q[4], q[1]];
  } else {
    dqk = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    if (!key2) ctx.fail(`key is missing (needed unless query ${fmtShape(q)} is packed QKV)`);
    if (key2.length === 5) {
      same(ctx, key2[3], 2, `packed key ${fmtShape(key2)} must hold K, V in dim 3`);
      [dv, newKeys] = [key2[4], key2[1]];
    } else {
      if (!value || value.length !== key2.length) {
        ctx.fail(`value ${fmtShape(value)} must have the rank of key ${fmtShape(key2)}`);
      }
      const k = key2.length === 4;
      newKeys = k ? key2[2] : key2[1];
      same(ctx, k ? key2[3] : dimDiv(ctx, key2[2], heads, "key into heads"), dqk, "Dqk of key");
      dv = k ? value[3] : dimDiv(ctx, value[2], heads, `value ${fmtShape(value)} into heads`);
    }
  }
  const past = optional(ctx, 6, [4], "past_key")?.shape;
  const shared = !!past && !!ctx.inputs[8];
  const projected = [q, key2, value].filter((s) => !!s && s.length !== 4);
  return {
    batch: q[0],
    heads,
    sq: q[1],
    sk: !past ? newKeys : shared ? past[2] : dimAdd(ctx, past[2], newKeys),
    dqk,
    dv,
    scoreAdds: (ctx.inputs[4] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false,
    biased: ctx.inputs[3] ? projected.reduce((n, s) => n + numel(s), 0) : 0
  };
}
function gqaGeometry(ctx) {
  const heads = ctx.attrs.int("num_heads");
  const kvHeads = ctx.attrs.int("kv_num_heads");
  if (heads % kvHeads !== 0) ctx.fail(`num_heads ${heads} is not a multiple of ${kvHeads}`);
  const q = ranked(ctx, 0, [3], "query").shape;
  const key2 = optional(ctx, 1, [3], "key")?.shape;
  let d;
  if (key2) {
    d = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, key2[2], kvHeads, `key ${fmtShape(key2)} into heads`), d, "key head");
  } else {
    d = dimDiv(ctx, q[2], heads + 2 * kvHeads, `packed QKV ${fmtShape(q)} into heads`);
  }
  const past = optional(ctx, 3, [4], "past_key")?.shape;
  const pastLen = past ? past[2] : 0;
  const total = ctx.constant(6);
  let sk, present2;
  if (total && total.length === 1) {
    sk = total[0];
    present2 = typeof pastLen === "number" ? Math.max(pastLen, total[0]) : total[0];
  } else {
    sk = present2 = dimAdd(ctx, pastLen, q[1]);
  }
  return {
    batch: q[0],
    seq: q[1],
    heads,
    kvHeads,
    sq: q[1],
    sk,
    present: present2,
    dqk: d,
    dv: d,
    scoreAdds: ctx.inputs[10] ? 1 : 0,
    softcap: ctx.attrs.float("softcap", 0) > 0
  };
}
var rules2 = {
  "com.microsoft/Attention": {
    infer(ctx) {
      const g = msAttentionGeometry(ctx);
      if (ctx.attrs.int("unidirectional", 0)) ctx.note(CAUSAL_NOTE);
      if (g.sk !== g.sq && ctx.attrs.int("past_present_share_buffer", 0)) {
        ctx.note(SHARED_BUFFER_NOTE);
      }
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.seq, g.sizes[2]] },
        { dtype, shape: [2, g.batch, g.heads, g.sk, g.dqk] }
      ];
    },
    cost(ctx) {
      const g = msAttentionGeometry(ctx);
      const width = g.sizes[0] + g.sizes[1] + g.sizes[2];
      const tokens2 = numel([g.batch, g.seq]);
      const projMacs = tokens2 * numel([g.inHidden]) * width;
      const rotary = ctx.attrs.int("do_rotary", 0) ? rotaryFlops(tokens2 * 2 * g.heads * numel([rotaryDim(ctx, -1, g.dqk)])) : 0;
      return sumCosts(coreCost(g), {
        macs: projMacs,
        flops: 2 * projMacs + (ctx.inputs[2] ? tokens2 * width : 0) + rotary
      });
    },
    metaInputs: [3, 6]
  },
  "com.microsoft/MultiHeadAttention": {
    infer(ctx) {
      const g = mhaGeometry(ctx);
      if (ctx.attrs.int("unidirectional", 0)) ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[6] && ctx.inputs[8]) ctx.note(SHARED_BUFFER_NOTE);
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost(ctx) {
      const g = mhaGeometry(ctx);
      return sumCosts(coreCost(g), { flops: g.biased });
    },
    metaInputs: [4, 8, 9]
  },
  "com.microsoft/GroupQueryAttention": {
    infer(ctx) {
      const g = gqaGeometry(ctx);
      ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[3] && !ctx.constant(6)) {
        ctx.note(
          "total_sequence_length is not a constant: Sk is taken as past + new (an upper bound when past and present share one KV buffer)"
        );
      }
      if (ctx.attrs.int("local_window_size", -1) > 0) {
        ctx.note("the local attention window is not discounted either");
      }
      const dtype = ctx.input(0).dtype;
      const kvType = ctx.inputs[3]?.dtype ?? dtype;
      return [
        { dtype, shape: [g.batch, g.seq, dimMul(ctx, g.heads, g.dqk)] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dqk] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost(ctx) {
      const g = gqaGeometry(ctx);
      const rotated = ctx.attrs.int("do_rotary", 0) ? numel([g.batch, g.seq]) * (g.heads + g.kvHeads) * numel([rotaryDim(ctx, 7, g.dqk)]) : 0;
      return sumCosts(coreCost(g), { flops: rotaryFlops(rotated) });
    },
    // seqlens_k, total_sequence_length, the cos / sin caches (tables computed from positions,
    // not learned) and position_ids.
    metaInputs: [5, 6, 7, 8, 9]
  }
};

// src/ops/attention.ts
function onnxGeometry(ctx) {
  const q = ranked(ctx, 0, [3, 4], "Q").shape;
  const k = ranked(ctx, 1, [q.length], "K (same rank as Q)").shape;
  const v = ranked(ctx, 2, [q.length], "V (same rank as Q)").shape;
  let heads, kvHeads, dqk, dv;
  if (q.length === 4) {
    [heads, kvHeads, dqk, dv] = [q[1], k[1], q[3], v[3]];
    same(ctx, k[3], dqk, `head sizes of Q ${fmtShape(q)} and K ${fmtShape(k)}`);
    same(ctx, v[1], kvHeads, `kv heads of K ${fmtShape(k)} and V ${fmtShape(v)}`);
  } else {
    if (!ctx.attrs.has("q_num_heads") || !ctx.attrs.has("kv_num_heads")) {
      ctx.fail("3-D Q, K, V need the q_num_heads and kv_num_heads attributes");
    }
    heads = ctx.attrs.int("q_num_heads");
    kvHeads = ctx.attrs.int("kv_num_heads");
    dqk = dimDiv(ctx, q[2], heads, `Q ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, k[2], kvHeads, `K ${fmtShape(k)} into ${kvHeads} heads`), dqk, "Dqk");
    dv = dimDiv(ctx, v[2], kvHeads, `V ${fmtShape(v)} into ${kvHeads} heads`);
  }
  const newKeys = q.length === 4 ? k[2] : k[1];
  same(ctx, v[q.length === 4 ? 2 : 1], newKeys, `key lengths of K ${fmtShape(k)} and V`);
  if (typeof heads === "number" && typeof kvHeads === "number" && heads % kvHeads !== 0) {
    ctx.fail(`${heads} query heads are not a multiple of ${kvHeads} kv heads`);
  }
  const past = optional(ctx, 4, [4], "past_key")?.shape;
  const sk = past ? dimAdd(ctx, past[2], newKeys) : newKeys;
  return {
    rank: q.length,
    batch: q[0],
    heads,
    kvHeads,
    sq: q.length === 4 ? q[2] : q[1],
    sk,
    dqk,
    dv,
    scoreAdds: ctx.inputs[3] ? 1 : 0,
    softcap: ctx.attrs.float("softcap", 0) > 0
  };
}
function rotaryHead(ctx, x, cosIndex) {
  if (x.length === 4) return x[3];
  const heads = ctx.attrs.int("num_heads", 0);
  if (heads > 0) return dimDiv(ctx, x[2], heads, `hidden ${fmtShape(x)} into ${heads} heads`);
  return rotaryDim(ctx, cosIndex, x[2]);
}
function rotaryRule(cosIndex, metaInputs) {
  const widths = (ctx, x) => {
    const head = rotaryHead(ctx, x, cosIndex);
    const rd = rotaryDim(ctx, cosIndex, head);
    if (typeof rd === "number" && typeof head === "number" && rd > head) {
      ctx.fail(`rotary width ${rd} exceeds the head size ${head} of input ${fmtShape(x)}`);
    }
    return [head, rd];
  };
  return {
    infer(ctx) {
      const x = ranked(ctx, 0, [3, 4], "input");
      widths(ctx, x.shape);
      return [{ dtype: x.dtype, shape: x.shape.slice() }];
    },
    cost(ctx) {
      const x = ctx.input(0).shape;
      const [head, rd] = widths(ctx, x);
      return { flops: rotaryFlops(numel(x) / numel([head]) * numel([rd])) };
    },
    metaInputs
  };
}
var rules3 = {
  Attention: {
    infer(ctx) {
      const g = onnxGeometry(ctx);
      if (ctx.attrs.int("is_causal", 0)) ctx.note(CAUSAL_NOTE);
      const dtype = ctx.input(0).dtype;
      const y = g.rank === 4 ? [g.batch, g.heads, g.sq, g.dv] : [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)];
      return [
        { dtype, shape: y },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost: (ctx) => coreCost(onnxGeometry(ctx)),
    // attn_mask is a mask (a deterministic table even when it is a float initializer);
    // nonpad_kv_seqlen (opset 24) holds lengths. Neither is a weight.
    metaInputs: [3, 6]
  },
  // position_ids, and the cos / sin caches: tables computed from positions, not learned.
  RotaryEmbedding: rotaryRule(1, [1, 2, 3]),
  "com.microsoft/RotaryEmbedding": rotaryRule(2, [1, 2, 3])
};

// src/ops/window.ts
function windowOutputShape(ctx, input2, kernel, opts) {
  const rank = kernel.length;
  if (input2.length !== rank + 2) {
    ctx.fail(
      `input ${fmtShape(input2)} must have ${rank + 2} dims (N, C and ${rank} spatial) for a kernel of ${fmtShape(kernel)}`
    );
  }
  const strides2 = listOf(ctx, "strides", opts.strides, rank, 1);
  const dilations = listOf(ctx, "dilations", opts.dilations, rank, 1);
  const autoPad = opts.autoPad || "NOTSET";
  const explicit = autoPad === "NOTSET" ? listOf(ctx, "pads", opts.pads, 2 * rank, 0) : [];
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) {
    ctx.fail(`unknown auto_pad "${autoPad}"`);
  }
  const pads = new Array(2 * rank).fill(0);
  const spatial = [];
  for (let i = 0; i < rank; i++) {
    const size = input2[i + 2];
    const span = dilations[i] * (kernel[i] - 1) + 1;
    if (kernel[i] < 1 || strides2[i] < 1 || dilations[i] < 1) {
      ctx.fail(`kernel ${fmtShape(kernel)}, strides and dilations must be positive`);
    }
    if (autoPad === "NOTSET") {
      pads[i] = explicit[i];
      pads[i + rank] = explicit[i + rank];
    }
    if (typeof size !== "number") {
      const padTotal = pads[i] + pads[i + rank];
      const keeps = strides2[i] === 1 && (autoPad.startsWith("SAME") || padTotal === span - 1);
      spatial.push(keeps ? size : ctx.symbol(`${size}/window`));
      continue;
    }
    let out;
    if (autoPad.startsWith("SAME")) {
      out = Math.ceil(size / strides2[i]);
      const total = Math.max(0, (out - 1) * strides2[i] + span - size);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === "SAME_UPPER" ? small : total - small;
      pads[i + rank] = total - pads[i];
    } else {
      const padded = size + pads[i] + pads[i + rank];
      const steps = (padded - span) / strides2[i];
      out = (opts.ceilMode ? Math.ceil(steps) : Math.floor(steps)) + 1;
      if (opts.ceilMode && (out - 1) * strides2[i] >= size + pads[i]) out--;
    }
    if (out < 1) {
      ctx.fail(
        `window of ${span} (kernel ${kernel[i]}, dilation ${dilations[i]}) does not fit spatial dim ${i} of ${fmtShape(input2)} with pads ${fmtShape(pads)}`
      );
    }
    spatial.push(out);
  }
  return { spatial, pads };
}
function listOf(ctx, name3, given, length, dflt) {
  if (!given || given.length === 0) return new Array(length).fill(dflt);
  if (given.length !== length) {
    ctx.fail(`${name3} ${fmtShape(given)} must have ${length} values`);
  }
  return given;
}

// src/ops/contrib.ts
var SOFTMAX_FLOPS2 = 4;
var NORM_FLOPS = 5 + 2;
var SILU_FLOPS = 3;
var GELU_FLOPS = 4;
var sameAsInput = (ctx) => ({
  dtype: ctx.input(0).dtype,
  shape: ctx.input(0).shape.slice()
});
function groupNorm(ctx) {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`input ${fmtShape(x)} must be [N, H, W, C]`);
  const c = x[x.length - 1];
  const groups = ctx.attrs.int("groups");
  if (typeof c === "number" && c % groups !== 0) {
    ctx.fail(`input ${fmtShape(x)}: ${c} channels are not divisible by ${groups} groups`);
  }
  const gamma = ctx.input(1).shape;
  if (gamma.length !== 1 || typeof gamma[0] === "number" && typeof c === "number" && gamma[0] !== c) {
    ctx.fail(`gamma ${fmtShape(gamma)} must be [C] for input ${fmtShape(x)}`);
  }
  return { elements: numel(x), rows: numel([x[0]]) * groups };
}
function groupNormRule(skip) {
  return {
    infer(ctx) {
      groupNorm(ctx);
      if (skip) broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return skip ? [sameAsInput(ctx), sameAsInput(ctx)] : [sameAsInput(ctx)];
    },
    cost(ctx) {
      const { elements, rows } = groupNorm(ctx);
      const silu = ctx.attrs.int("activation", 0) === 1;
      const extra = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
      return {
        flops: elements * (NORM_FLOPS + (silu ? SILU_FLOPS : 0) + extra),
        transcendentals: rows + (silu ? elements : 0)
      };
    }
  };
}
function nhwcConv(ctx) {
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must be [N, spatial..., C]`);
  }
  const group = ctx.attrs.int("group", 1);
  const kernel = w.slice(1, -1);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[w.length - 1];
  const c = x[x.length - 1];
  if (typeof c === "number" && typeof cin === "number" && c !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${c} channels; weights ${fmtShape(w)} expect ${cin * group}`
    );
  }
  const nchw = [x[0], c, ...x.slice(1, -1)];
  const { spatial } = windowOutputShape(ctx, nchw, kernel, {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  });
  const shape = [x[0], ...spatial, w[0]];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}
var rules4 = {
  "com.microsoft/BiasSoftmax": {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx)];
    },
    cost: (_ctx, [y]) => ({
      flops: (1 + SOFTMAX_FLOPS2) * numel(y.shape),
      transcendentals: numel(y.shape)
    })
  },
  "com.microsoft/BiasDropout": {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx), { dtype: 9, shape: ctx.input(0).shape.slice() }];
    },
    cost(ctx, [y]) {
      const training = ctx.constant(4)?.[0] ? 1 : 0;
      return { flops: (1 + (ctx.inputs[2] ? 1 : 0) + training) * numel(y.shape) };
    },
    metaInputs: [3, 4]
  },
  "com.microsoft/GroupNorm": groupNormRule(false),
  "com.microsoft/SkipGroupNorm": groupNormRule(true),
  "com.microsoft/BiasSplitGelu": {
    infer(ctx) {
      const x = ctx.input(0).shape;
      const d = x[x.length - 1];
      if (x.length < 1 || typeof d === "number" && d % 2 !== 0) {
        ctx.fail(`input ${fmtShape(x)} must have an even last dim to split in halves`);
      }
      const half = typeof d === "number" ? d / 2 : ctx.symbol(`${ctx.node.name}:${d}/2`);
      return [{ dtype: ctx.input(0).dtype, shape: [...x.slice(0, -1), half] }];
    },
    cost: (_ctx, [y]) => ({
      flops: (2 + GELU_FLOPS + 1) * numel(y.shape),
      transcendentals: numel(y.shape)
    })
  },
  "com.microsoft/NhwcConv": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: nhwcConv(ctx).shape }],
    cost(ctx) {
      const g = nhwcConv(ctx);
      return { macs: g.macs, flops: 2 * g.macs + (ctx.inputs[2] ? numel(g.shape) : 0) };
    }
  },
  "com.microsoft/Trilu": {
    infer: (ctx) => [sameAsInput(ctx)],
    metaInputs: [1]
  }
};

// src/ops/control-flow.ts
function merge(ctx, a, b, hint) {
  if (!b || !a.shape || !b.shape) return a;
  if (a.shape.length !== b.shape.length) return { dtype: a.dtype, kind: a.kind };
  return {
    dtype: a.dtype,
    shape: a.shape.map((d, i) => d === b.shape[i] ? d : ctx.symbol(hint)),
    kind: a.kind
  };
}
var typeOnly = (v) => v ? { dtype: v.dtype, shape: v.shape, kind: v.kind } : { dtype: 0 };
var MAX_TRIP_COUNT = 2 ** 31 - 1;
function settle(ctx, before, after, i) {
  if (!before.shape || !after.shape) return after;
  if (before.shape.length !== after.shape.length) {
    ctx.flag(
      `Loop: carried value ${i} changes rank across iterations; the body is costed at its first iteration`
    );
    return { dtype: after.dtype };
  }
  const changed = after.shape.some((d, k) => d !== before.shape[k]);
  if (!changed) return after;
  ctx.flag(
    `Loop: carried value ${i} changes shape across iterations; the body is costed at its first iteration's shapes`
  );
  return {
    dtype: after.dtype,
    shape: after.shape.map(
      (d, k) => d === before.shape[k] ? d : ctx.symbol(`${ctx.node.name}:carried${i}`)
    )
  };
}
function scan8(ctx) {
  const numScanInputs = ctx.attrs.int("num_scan_inputs");
  const numStates = ctx.inputs.length - 1 - numScanInputs;
  if (numStates < 0)
    ctx.fail(`Scan: ${numScanInputs} scan inputs, but ${ctx.inputs.length - 1} inputs`);
  let batch;
  let length;
  const states = [];
  const slices = [];
  for (let i = 1; i < ctx.inputs.length; i++) {
    const x = ctx.input(i);
    const isState = i <= numStates;
    if (x.shape.length < (isState ? 1 : 2)) {
      ctx.fail(
        `Scan (opset 8): input ${i} of rank ${x.shape.length} has no batch${isState ? "" : " and sequence"} axis`
      );
    }
    batch ??= x.shape[0];
    if (isState) states.push({ dtype: x.dtype, shape: x.shape.slice(1) });
    else {
      length ??= x.shape[1];
      slices.push({ dtype: x.dtype, shape: x.shape.slice(2) });
    }
  }
  const b = batch ?? ctx.symbol(`${ctx.node.name}:batch`);
  const steps = length ?? ctx.symbol(`${ctx.node.name}:steps`);
  const repeat = typeof b === "number" && typeof steps === "number" ? b * steps : void 0;
  if (ctx.inputs[0]) ctx.note("Scan: sequence_lens is given; costed at the longest sequence");
  const body = ctx.subgraph("body", [...states, ...slices], { repeat });
  const finals = body.slice(0, numStates).map((v, i) => settle(ctx, states[i], v, i)).map((v) => v.shape ? { dtype: v.dtype, shape: [b, ...v.shape] } : { dtype: v.dtype });
  const scans = body.slice(numStates).map((v) => v.shape ? { dtype: v.dtype, shape: [b, steps, ...v.shape] } : { dtype: v.dtype });
  return [...finals, ...scans];
}
function sequenceMap(ctx) {
  if (ctx.inputs[0]?.kind !== "sequence") ctx.fail("SequenceMap: input 0 must be a sequence");
  const sequences = ctx.inputs.filter((v) => v?.kind === "sequence");
  const n = sequences[0]?.elements?.length;
  const counted = n !== void 0 && sequences.every((v) => v?.elements?.length === n);
  const args = ctx.inputs.map(
    (v) => v?.kind === "sequence" ? { dtype: v.dtype, shape: v.shape } : v ?? { dtype: 0 }
  );
  if (!counted) {
    ctx.flag(
      "SequenceMap: the sequence length is not known statically, so the body is counted once"
    );
  }
  const body = ctx.subgraph("body", args, { repeat: counted ? n : void 0 });
  const uniform = counted && sequences.every((v) => v.elements.every((e) => sameShape2(e.shape, v.shape)));
  return body.map((v) => {
    const out = { dtype: v.dtype, shape: v.shape, kind: "sequence" };
    if (uniform)
      out.elements = Array.from({ length: n }, () => ({ dtype: v.dtype, shape: v.shape }));
    return out;
  });
}
var sameShape2 = (a, b) => !!a && !!b && a.length === b.length && a.every((d, i) => d === b[i]);
var rules5 = {
  SequenceMap: { infer: sequenceMap },
  If: {
    infer(ctx) {
      const cond = ctx.constant(0);
      if (cond && cond.length === 1) {
        const branch = cond[0] ? "then_branch" : "else_branch";
        ctx.note(
          `If: the condition is known (a constant, or computed from given inputs): only ${branch} runs`
        );
        return ctx.subgraph(branch, [], { repeat: 1 });
      }
      const a = ctx.subgraph("then_branch", [], { alternative: true });
      const b = ctx.subgraph("else_branch", [], { alternative: true });
      const problems = [ctx.subgraphProblem("then_branch"), ctx.subgraphProblem("else_branch")];
      if (!problems[0] !== !problems[1]) {
        const [bad, good, outputs] = problems[0] ? ["then_branch", "else_branch", b] : ["else_branch", "then_branch", a];
        ctx.dropSubgraph(bad);
        ctx.note(
          `If: the condition is not known statically, and ${bad} cannot run at these shapes (${problems[0] ?? problems[1]}), so ${good} is costed; give the input that decides it (--input, or \`inputs:\` in the config) to be sure`
        );
        return outputs;
      }
      ctx.note("If: costed as the more expensive branch");
      return a.map((v, i) => merge(ctx, v, b[i], `${ctx.node.name}:out${i}`));
    }
  },
  Loop: {
    infer(ctx) {
      const m = ctx.constant(0);
      const condValue = ctx.constant(1);
      const given = m && m.length === 1 ? m[0] : void 0;
      const tripCount = given !== void 0 && given >= 0 && given <= MAX_TRIP_COUNT ? given : void 0;
      const carried = ctx.inputs.slice(2).map(typeOnly);
      if (tripCount === void 0) {
        ctx.flag(
          given === void 0 ? "Loop: the trip count is not a constant, so the body is counted once" : `Loop: the trip count ${given} means "until the condition stops it", so the body is counted once`
        );
      } else if (ctx.inputs[1] && !(condValue && condValue[0])) {
        ctx.note(
          `Loop: ${tripCount} iterations at most (the loop may stop early on its condition)`
        );
      }
      const body = ctx.subgraph(
        "body",
        [{ dtype: 7, shape: [] }, { dtype: 9, shape: [] }, ...carried],
        { repeat: tripCount }
      );
      const finals = body.slice(1, 1 + carried.length).map((v, i) => settle(ctx, carried[i], v, i));
      const scans = body.slice(1 + carried.length).map((v) => ({
        dtype: v.dtype,
        shape: v.shape ? [tripCount ?? ctx.symbol(`${ctx.node.name}:iterations`), ...v.shape] : void 0
      }));
      return [...finals, ...scans];
    }
  },
  Scan: {
    infer(ctx) {
      if (ctx.opset < 9) return scan8(ctx);
      const numScanInputs = ctx.attrs.int("num_scan_inputs");
      const numStates = ctx.inputs.length - numScanInputs;
      const inputAxes = ctx.attrs.ints("scan_input_axes", new Array(numScanInputs).fill(0));
      const states = ctx.inputs.slice(0, numStates).map(typeOnly);
      let length;
      const slices = ctx.inputs.slice(numStates).map((v, j) => {
        const x = ctx.input(numStates + j);
        const ax = axis(ctx, inputAxes[j], x.shape.length);
        length ??= x.shape[ax];
        return { dtype: v.dtype, shape: x.shape.filter((_, k) => k !== ax) };
      });
      const steps = typeof length === "number" ? length : void 0;
      const body = ctx.subgraph("body", [...states, ...slices], { repeat: steps });
      const numScanOutputs = body.length - numStates;
      const outAxes = ctx.attrs.ints("scan_output_axes", new Array(numScanOutputs).fill(0));
      const scans = body.slice(numStates).map((v, k) => {
        if (!v.shape) return { dtype: v.dtype };
        const shape = v.shape.slice();
        const ax = outAxes[k] < 0 ? outAxes[k] + shape.length + 1 : outAxes[k];
        shape.splice(ax, 0, length ?? ctx.symbol(`${ctx.node.name}:steps`));
        return { dtype: v.dtype, shape };
      });
      const finals = body.slice(0, numStates).map((v, i) => settle(ctx, states[i], v, i));
      return [...finals, ...scans];
    }
  }
};

// src/ops/dense-util.ts
var ACTIVATIONS = {
  ...Object.fromEntries(
    Object.entries(ACTIVATION_COST).map(([name3, c]) => [
      name3.toLowerCase(),
      { flops: c.flops, transcendentals: "transcendentals" in c ? c.transcendentals : 0 }
    ])
  ),
  clip: { flops: 1, transcendentals: 0 },
  affine: { flops: 2, transcendentals: 0 },
  scaledtanh: { flops: 2, transcendentals: 1 }
};
function activationCost(ctx, name3) {
  const c = ACTIVATIONS[name3.toLowerCase()];
  if (!c) ctx.fail(`unknown activation "${name3}"`);
  return c;
}
function fusedActivation(ctx) {
  const name3 = ctx.attrs.string("activation", "");
  return name3 ? activationCost(ctx, name3) : { flops: 0, transcendentals: 0 };
}
function denseCost(dtype, macs, extra = 0, transcendentals = 0) {
  const ops = 2 * macs + extra;
  return isFloat(dtype) ? { macs, flops: ops, transcendentals } : { macs, intOps: ops, transcendentals };
}

// src/ops/conv.ts
function kernelOf(ctx, x, w) {
  const op = ctx.node.opType;
  if (x.length < 3) ctx.fail(`${op}: X ${fmtShape(x)} must be N \xD7 C \xD7 spatial...`);
  if (w.length !== x.length) {
    ctx.fail(`${op}: W ${fmtShape(w)} must have the rank of X ${fmtShape(x)}`);
  }
  const fromWeight = w.slice(2);
  if (ctx.attrs.has("kernel_shape")) {
    const k = ctx.attrs.ints("kernel_shape");
    const clash = k.some((d, i) => typeof fromWeight[i] === "number" && fromWeight[i] !== d);
    if (k.length !== fromWeight.length || clash) {
      ctx.fail(`${op}: kernel_shape ${fmtShape(k)} does not match W ${fmtShape(w)}`);
    }
    return k;
  }
  if (!fromWeight.every((d) => typeof d === "number")) {
    ctx.fail(`${op}: the kernel size of W ${fmtShape(w)} is unknown and kernel_shape is absent`);
  }
  return fromWeight;
}
function windowOpts(ctx) {
  return {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  };
}
function sameDim(a, b) {
  return typeof a !== "number" || typeof b !== "number" || a === b;
}
function checkBias(ctx, index, cout) {
  const b = ctx.inputs[index];
  if (!b?.shape) return;
  if (b.shape.length !== 1 || !sameDim(b.shape[0], cout)) {
    ctx.fail(`${ctx.node.opType}: bias ${fmtShape(b.shape)} must be [${cout}] (output channels)`);
  }
}
function inferConv(ctx, biasIndex) {
  const x = ctx.input(0);
  const w = ctx.input(1).shape;
  const kernel = kernelOf(ctx, x.shape, w);
  const group = ctx.attrs.int("group", 1);
  const [cin, cout, perGroup] = [x.shape[1], w[0], w[1]];
  const op = ctx.node.opType;
  if (typeof perGroup === "number" && !sameDim(cin, perGroup * group)) {
    ctx.fail(
      `${op}: X ${fmtShape(x.shape)} has ${cin} channels but W ${fmtShape(w)} with group ${group} expects ${perGroup} \xD7 ${group} = ${perGroup * group}`
    );
  }
  if (typeof cout === "number" && cout % group !== 0) {
    ctx.fail(
      `${op}: W ${fmtShape(w)} has ${cout} output channels, not divisible by group ${group}`
    );
  }
  checkBias(ctx, biasIndex, cout);
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, windowOpts(ctx));
  return [{ dtype: x.dtype, shape: [x.shape[0], cout, ...spatial] }];
}
function convArithmetic(ctx, y, biasIndex) {
  const macs = numel(y.shape) * numel(ctx.input(1).shape.slice(1));
  const bias = ctx.inputs[biasIndex] ? numel(y.shape) : 0;
  return { macs, bias };
}
var conv = {
  infer: (ctx) => inferConv(ctx, 2),
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    return denseCost(y.dtype, macs, bias);
  }
};
var fusedConv = {
  infer(ctx) {
    const out = inferConv(ctx, 2);
    fusedActivation(ctx);
    return out;
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    const act = fusedActivation(ctx);
    const elements = numel(y.shape);
    const sum3 = ctx.inputs[3] ? elements : 0;
    return denseCost(
      y.dtype,
      macs,
      bias + sum3 + act.flops * elements,
      act.transcendentals * elements
    );
  }
};
var SAMPLE_FLOPS = 7;
var deformConv = {
  infer(ctx) {
    const [y] = inferConv(ctx, 3);
    const x = ctx.input(0).shape;
    const offset = ctx.input(2).shape;
    const kernel = kernelOf(ctx, x, ctx.input(1).shape);
    const offsetGroup = ctx.attrs.int("offset_group", 1);
    const want = [x[0], offsetGroup * 2 * numel(kernel), ...y.shape.slice(2)];
    if (offset.length !== want.length || offset.some((d, i) => !sameDim(d, want[i]))) {
      ctx.fail(`DeformConv: offset ${fmtShape(offset)} must be ${fmtShape(want)}`);
    }
    return [y];
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 3);
    const x = ctx.input(0).shape;
    const spatial = [y.shape[0], ...y.shape.slice(2), ...ctx.input(1).shape.slice(2)];
    const samples2 = numel(spatial) * numel([x[1]]);
    const perSample = SAMPLE_FLOPS + (ctx.inputs[4] ? 1 : 0);
    return denseCost(y.dtype, macs, bias + perSample * samples2);
  }
};
function transposeSpatial(ctx, x, kernel) {
  const rank = kernel.length;
  const list2 = (name3, dflt, len = rank) => {
    const v = ctx.attrs.ints(name3, []);
    if (v.length === 0) return new Array(len).fill(dflt);
    if (v.length !== len) ctx.fail(`ConvTranspose: ${name3} ${fmtShape(v)} needs ${len} values`);
    return v;
  };
  if (ctx.attrs.has("output_shape")) {
    const given = ctx.attrs.ints("output_shape");
    const spatial = given.length === rank + 2 ? given.slice(2) : given;
    if (spatial.length !== rank) {
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} needs ${rank} spatial values`);
    }
    if (spatial.some((d) => d < 0))
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} has a negative size`);
    return spatial;
  }
  const strides2 = list2("strides", 1);
  const dilations = list2("dilations", 1);
  const outPad = list2("output_padding", 0);
  const autoPad = ctx.attrs.string("auto_pad", "NOTSET");
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) {
    ctx.fail(`ConvTranspose: unknown auto_pad "${autoPad}"`);
  }
  const pads = autoPad === "NOTSET" ? list2("pads", 0, 2 * rank) : new Array(2 * rank).fill(0);
  return kernel.map((k, i) => {
    const size = x[i + 2];
    const span = dilations[i] * (k - 1) + 1;
    if (typeof size !== "number") {
      const growth = outPad[i] + span - 1 - pads[i] - pads[i + rank];
      const keeps = strides2[i] === 1 && (autoPad.startsWith("SAME") || growth === 0);
      return keeps ? size : ctx.symbol(`${size}/convT`);
    }
    if (autoPad.startsWith("SAME")) return size * strides2[i];
    const out = strides2[i] * (size - 1) + outPad[i] + span - pads[i] - pads[i + rank];
    if (out < 1) ctx.fail(`ConvTranspose: output dim ${i} would be ${out} for X ${fmtShape(x)}`);
    return out;
  });
}
var convTranspose = {
  infer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1).shape;
    const kernel = kernelOf(ctx, x.shape, w);
    const group = ctx.attrs.int("group", 1);
    if (!sameDim(x.shape[1], w[0])) {
      ctx.fail(
        `ConvTranspose: X ${fmtShape(x.shape)} has ${x.shape[1]} channels but W ${fmtShape(w)} expects ${w[0]}`
      );
    }
    if (typeof w[0] === "number" && w[0] % group !== 0) {
      ctx.fail(
        `ConvTranspose: W ${fmtShape(w)} has ${w[0]} input channels, not divisible by group ${group}`
      );
    }
    const cout = typeof w[1] === "number" ? w[1] * group : ctx.symbol("convT:channels");
    checkBias(ctx, 2, cout);
    return [
      { dtype: x.dtype, shape: [x.shape[0], cout, ...transposeSpatial(ctx, x.shape, kernel)] }
    ];
  },
  cost(ctx, [y]) {
    const macs = numel(ctx.input(0).shape) * numel(ctx.input(1).shape.slice(1));
    return denseCost(y.dtype, macs, ctx.inputs[2] ? numel(y.shape) : 0);
  }
};
var rules6 = {
  Conv: conv,
  ConvTranspose: convTranspose,
  DeformConv: deformConv,
  "com.microsoft/FusedConv": fusedConv
};

// src/ops/elementwise.ts
var present = (ctx) => ctx.inputs.flatMap((v, i) => v ? [i] : []);
function elementwise(spec) {
  return {
    infer(ctx) {
      const indices = present(ctx);
      if (indices.length === 0) ctx.fail("the op needs at least one input");
      const dtype = ctx.input(indices[0]).dtype;
      const shape = broadcastInputs(ctx, indices);
      const integral = isIntegral(dtype);
      const fold2 = spec.fold;
      const out = spec.bool ? BOOL : dtype;
      const value = fold2 && foldBroadcast(ctx, indices, shape, out, (xs) => fold2(xs, ctx, integral), spec.eager);
      return [withValue(out, shape, value)];
    },
    cost(ctx, outputs) {
      const per = typeof spec.per === "function" ? spec.per(ctx) : spec.per;
      const dtype = spec.integer ? BOOL : ctx.input(0).dtype;
      return costOf(dtype, numel(outputs[0].shape), per);
    }
  };
}
var ONE = { flops: 1 };
var TRANSCENDENTAL = { flops: 0, transcendentals: 1 };
var arith = (fold2) => elementwise({ per: ONE, fold: fold2 });
var compare = (fold2) => elementwise({ per: ONE, bool: true, fold: ([a, b]) => fold2(a, b) ? 1 : 0 });
var logical = (fold2, bool = true) => elementwise({ per: ONE, bool, integer: true, fold: fold2 });
var math = (fold2) => elementwise({ per: TRANSCENDENTAL, fold: fold2 });
var variadic = (fold2, extra = 0) => elementwise({ per: (ctx) => ({ flops: present(ctx).length - 1 + extra }), fold: fold2 });
var keep = (x, integral) => integral ? Math.trunc(x) : x;
var clip = {
  infer(ctx) {
    const x = ctx.input(0);
    const [lo, hi] = clipBounds(ctx);
    const value = lo !== void 0 && hi !== void 0 ? foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => Math.min(Math.max(v, lo), hi)) : void 0;
    return [withValue(x.dtype, x.shape, value)];
  },
  cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), ONE),
  // min/max are bounds (ReLU6's 0 and 6), not learned weights.
  metaInputs: [1, 2]
};
function clipBounds(ctx) {
  if (ctx.opset < 11) {
    return [ctx.attrs.float("min", -Infinity), ctx.attrs.float("max", Infinity)];
  }
  const bound = (i, dflt) => {
    if (!ctx.inputs[i]) return dflt;
    const v = ctx.constant(i);
    if (v && v.length !== 1) ctx.fail(`Clip input ${i} must be a scalar, got ${v.length} values`);
    return v?.[0];
  };
  return [bound(1, -Infinity), bound(2, Infinity)];
}
var where = {
  infer(ctx) {
    const dtype = ctx.input(1).dtype;
    const shape = broadcastInputs(ctx, [0, 1, 2]);
    const value = foldBroadcast(ctx, [0, 1, 2], shape, dtype, ([c, x, y]) => c ? x : y);
    return [withValue(dtype, shape, value)];
  },
  cost: () => ({})
};
var isInf = elementwise({
  per: ONE,
  bool: true,
  eager: true,
  fold: ([x], ctx) => x === Infinity && ctx.attrs.int("detect_positive", 1) === 1 || x === -Infinity && ctx.attrs.int("detect_negative", 1) === 1 ? 1 : 0
});
var mod = elementwise({
  per: ONE,
  eager: true,
  fold: ([a, b], ctx) => modulo(a, b, ctx.attrs.int("fmod", 0) === 1)
});
var rules7 = {
  Add: arith(([a, b]) => a + b),
  Sub: arith(([a, b]) => a - b),
  Mul: arith(([a, b]) => a * b),
  Div: arith(([a, b], _ctx, integral) => divide(a, b, integral)),
  Mod: mod,
  Pow: math(([a, b], _ctx, integral) => keep(Math.pow(a, b), integral)),
  Max: variadic((xs) => Math.max(...xs)),
  Min: variadic((xs) => Math.min(...xs)),
  Sum: variadic((xs) => xs.reduce((s, x) => s + x, 0)),
  Mean: variadic(void 0, 1),
  Neg: arith(([a]) => -a),
  Abs: arith(([a]) => Math.abs(a)),
  Sign: arith(([a]) => Math.sign(a)),
  Reciprocal: arith(([a]) => 1 / a),
  Floor: arith(([a]) => Math.floor(a)),
  Ceil: arith(([a]) => Math.ceil(a)),
  Round: arith(([a]) => roundHalfEven(a)),
  Sqrt: math(([a]) => Math.sqrt(a)),
  Exp: math(),
  Log: math(),
  Erf: math(),
  Sin: math(),
  Cos: math(),
  Tan: math(),
  Asin: math(),
  Acos: math(),
  Atan: math(),
  Sinh: math(),
  Cosh: math(),
  Asinh: math(),
  Acosh: math(),
  Atanh: math(),
  IsNaN: elementwise({ per: ONE, bool: true, fold: ([x]) => Number.isNaN(x) ? 1 : 0 }),
  IsInf: isInf,
  Equal: compare((a, b) => a === b),
  Less: compare((a, b) => a < b),
  Greater: compare((a, b) => a > b),
  LessOrEqual: compare((a, b) => a <= b),
  GreaterOrEqual: compare((a, b) => a >= b),
  And: logical(([a, b]) => a && b ? 1 : 0),
  Or: logical(([a, b]) => a || b ? 1 : 0),
  Xor: logical(([a, b]) => !a !== !b ? 1 : 0),
  Not: logical(([a]) => a ? 0 : 1),
  BitShift: logical(void 0, false),
  BitwiseAnd: logical(void 0, false),
  BitwiseOr: logical(void 0, false),
  BitwiseXor: logical(void 0, false),
  BitwiseNot: logical(void 0, false),
  Where: where,
  Clip: clip
};

// src/ops/shape-util.ts
var INT64 = DataType.INT64;
var HUGE_INDEX = 2 ** 31 - 1;
function fold(dtype, shape, compute) {
  if (isStatic(shape) && product(shape) <= MAX_FOLD_ELEMENTS) {
    const value = compute(shape);
    if (value && value.length === product(shape)) return { dtype, shape, value };
  }
  return { dtype, shape };
}
function foldDeferred(dtype, shape, compute) {
  if (!isStatic(shape) || product(shape) > MAX_FOLD_ELEMENTS) return { dtype, shape };
  const n = product(shape);
  return {
    dtype,
    shape,
    ...folded(n, () => {
      const value = compute(shape);
      return value && value.length === n ? value : void 0;
    })
  };
}
function constantOf(ctx, i) {
  const v = ctx.inputs[i];
  if (!v || !isStatic(v.shape)) return void 0;
  const values = ctx.constant(i);
  return values && values.length === product(v.shape) ? values : void 0;
}
function intsArg(ctx, input2, attr, since) {
  if (ctx.opset >= since) return ctx.inputs[input2] ? ctx.constant(input2) : null;
  return ctx.attrs.has(attr) ? ctx.attrs.ints(attr) : null;
}
var MAX_RANK = 64;
function rankOfShapeTensor(v) {
  const n = v?.shape?.length === 1 ? v.shape[0] : void 0;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= MAX_RANK ? n : void 0;
}
var freshDim = (ctx, what = "dim") => ctx.symbol(`${ctx.node.name || ctx.node.opType}:${what}`);
function dimProduct(ctx, dims) {
  let n = 1;
  const symbols = dims.filter((d) => typeof d === "string");
  for (const d of dims) if (typeof d === "number") n *= d;
  if (symbols.length === 0 || n === 0) return n;
  return symbols.length === 1 && n === 1 ? symbols[0] : freshDim(ctx);
}
function normAxes(ctx, axes, rank) {
  const out = axes.map((a) => axis(ctx, a, rank));
  if (new Set(out).size !== out.length) ctx.fail(`axes [${axes.join(", ")}] repeat an axis`);
  return out;
}
function forEachIndex(shape, f) {
  const total = product(shape);
  const idx = new Array(shape.length).fill(0);
  for (let flat = 0; flat < total; flat++) {
    f(idx, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}
function mapIndices(outShape, src, at, fill = 0) {
  const out = new Array(product(outShape));
  let ok = true;
  forEachIndex(outShape, (idx, flat) => {
    const i = at(idx);
    if (i === void 0) out[flat] = fill;
    else if (i < 0 || i >= src.length) ok = false;
    else out[flat] = src[i];
  });
  return ok ? out : void 0;
}
function mapAffine(outShape, src, base, steps) {
  const total = product(outShape);
  const rank = outShape.length;
  const out = new Array(total);
  const idx = new Array(rank).fill(0);
  let at = base;
  for (let flat = 0; flat < total; flat++) {
    if (at < 0 || at >= src.length) return void 0;
    out[flat] = src[at];
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        at += steps[d];
        break;
      }
      idx[d] = 0;
      at -= steps[d] * (outShape[d] - 1);
    }
  }
  return out;
}
var offsetOf = (idx, st) => idx.reduce((acc, x, d) => acc + x * st[d], 0);
function castValue(x, to) {
  if (to === DataType.BOOL) return x !== 0 ? 1 : 0;
  if (isFloat(to)) return roundToDtype(x, to);
  if (!Number.isFinite(x)) return 0;
  const t = Math.trunc(x);
  const bits = WRAP_BITS[to];
  if (bits === void 0) return t;
  const m = 2 ** bits;
  const u = (t % m + m) % m;
  return SIGNED.has(to) && u >= m / 2 ? u - m : u;
}
var WRAP_BITS = {
  [DataType.INT8]: 8,
  [DataType.UINT8]: 8,
  [DataType.INT16]: 16,
  [DataType.UINT16]: 16,
  [DataType.INT32]: 32,
  [DataType.UINT32]: 32
};
var SIGNED = /* @__PURE__ */ new Set([DataType.INT8, DataType.INT16, DataType.INT32]);
function sliceBounds(dim, start, end, step) {
  let s = start < 0 ? start + dim : start;
  let e = end < 0 ? end + dim : end;
  if (step > 0) {
    s = clamp(s, 0, dim);
    e = clamp(e, 0, dim);
  } else {
    s = clamp(s, 0, dim - 1);
    e = clamp(e, -1, dim - 1);
  }
  return { first: s, count: Math.max(0, Math.ceil((e - s) / step)) };
}
var clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// src/ops/image.ts
function perAxis(mode) {
  if (mode.includes("cubic")) return 4;
  if (mode.includes("linear")) return 2;
  if (mode === "nearest") return 0;
  return NaN;
}
var arithmetic = (dtype, n) => isFloat(dtype) ? { flops: n } : { intOps: n };
function interpolationCost(dtype, mode, axes, out) {
  const per = perAxis(mode) * axes;
  if (per === 0) return {};
  return arithmetic(dtype, per * numel(out));
}
var changedAxes = (a, b) => b ? a.filter((d, i) => d !== b[i]).length : a.length;
var scaled = (ctx, d, s) => typeof d === "number" ? Math.floor(Math.fround(d * Math.fround(s))) : s === 1 ? d : freshDim(ctx, "resize");
function checkPositive(ctx, v, what) {
  const bad = what === "scales" ? v.some((s) => !(s > 0)) : v.some((s) => s < 0);
  if (bad) {
    const need = what === "scales" ? "greater than 0" : "non-negative";
    ctx.fail(`${ctx.node.opType}: ${what} [${v.join(", ")}] must all be ${need}`);
  }
}
function resizeShape(ctx, x) {
  const rank = x.shape.length;
  const axes = ctx.opset >= 18 && ctx.attrs.has("axes") ? normAxes(ctx, ctx.attrs.ints("axes"), rank) : Array.from({ length: rank }, (_, i) => i);
  const slot = (i) => ctx.inputs[i] ? ctx.constant(i) : null;
  const scales = ctx.opset >= 11 ? slot(2) : slot(1);
  const sizes = ctx.opset >= 11 ? slot(3) : null;
  const shape = x.shape.slice();
  const check = (v, what) => {
    if (v.length !== axes.length)
      ctx.fail(`Resize: ${v.length} ${what} for ${axes.length} axes of ${fmtShape(x.shape)}`);
  };
  if (sizes && sizes.length > 0) {
    check(sizes, "sizes");
    checkPositive(ctx, sizes, "sizes");
    const policy = ctx.opset >= 18 ? ctx.attrs.string("keep_aspect_ratio_policy", "stretch") : "stretch";
    if (policy === "stretch") axes.forEach((a, i) => shape[a] = sizes[i]);
    else {
      const ratios = axes.map((a, i) => sizes[i] / x.shape[a]);
      if (axes.some((a) => typeof x.shape[a] !== "number"))
        return axes.reduce((s2, a) => (s2[a] = freshDim(ctx, "resize"), s2), shape);
      const s = policy === "not_larger" ? Math.min(...ratios) : Math.max(...ratios);
      axes.forEach((a) => shape[a] = Math.floor(x.shape[a] * s + 0.5));
    }
  } else if (scales && scales.length > 0) {
    check(scales, "scales");
    checkPositive(ctx, scales, "scales");
    axes.forEach((a, i) => shape[a] = scaled(ctx, x.shape[a], scales[i]));
  } else if (scales === void 0 || sizes === void 0) {
    axes.forEach((a) => shape[a] = freshDim(ctx, "resize"));
  } else ctx.fail("Resize needs scales or sizes");
  return shape;
}
function upsampleShape(ctx, x) {
  const scales = ctx.opset >= 9 ? ctx.constant(1) : ctx.attrs.floats("scales");
  if (!scales) return x.shape.map(() => freshDim(ctx, "upsample"));
  if (scales.length !== x.shape.length)
    ctx.fail(`Upsample: ${scales.length} scales for ${fmtShape(x.shape)}`);
  checkPositive(ctx, scales, "scales");
  return x.shape.map((d, i) => scaled(ctx, d, scales[i]));
}
function resizeCost(ctx, outputs) {
  const x = ctx.input(0);
  const mode = ctx.attrs.string("mode", "nearest");
  if (ctx.attrs.int("antialias", 0) === 1)
    ctx.note(`${ctx.node.opType}: antialias is not modelled (counted as plain ${mode})`);
  return interpolationCost(x.dtype, mode, changedAxes(x.shape, outputs[0].shape), outputs[0].shape);
}
function gridSample(ctx) {
  const x = ctx.input(0);
  const grid = ctx.input(1);
  const r = grid.shape.length - 2;
  const coords = grid.shape[grid.shape.length - 1];
  if (x.shape.length !== r + 2 || typeof coords === "number" && coords !== r)
    ctx.fail(`GridSample: grid ${fmtShape(grid.shape)} does not fit input ${fmtShape(x.shape)}`);
  return { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...grid.shape.slice(1, -1)] };
}
function roiAlign(ctx) {
  const x = ctx.input(0);
  const rois = ctx.input(1);
  if (x.shape.length !== 4) ctx.fail(`RoiAlign needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const oh = ctx.attrs.int("output_height", 1);
  const ow = ctx.attrs.int("output_width", 1);
  return { dtype: x.dtype, shape: [rois.shape[0], x.shape[1], oh, ow] };
}
function nmsCost(ctx) {
  const boxes = ctx.input(0).shape;
  const scores = ctx.input(1).shape;
  const s = boxes[1];
  const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
  const selected = typeof s === "number" && max !== void 0 ? Math.min(max, s) : s;
  return { flops: 13 * numel([scores[0], scores[1], selected, s]) };
}
function affineGrid(ctx) {
  const theta = ctx.input(0);
  const size = ctx.constant(1);
  const n = ctx.input(1).shape[0];
  if (!size && (n === 4 || n === 5)) {
    const spatial2 = Array.from({ length: n - 2 }, () => freshDim(ctx, "grid"));
    return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial2, spatial2.length] };
  }
  if (!size) {
    if (typeof n === "string") return { dtype: theta.dtype };
    return ctx.fail(`AffineGrid: size has ${n} values; it must be [N, C, H, W] or [N, C, D, H, W]`);
  }
  const spatial = size.slice(2);
  if (spatial.length !== 2 && spatial.length !== 3)
    ctx.fail(`AffineGrid: size must be [N, C, H, W] or [N, C, D, H, W]`);
  if (size.some((d) => d < 0)) ctx.fail(`AffineGrid: negative size [${size.join(", ")}]`);
  return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial, spatial.length] };
}
function centerCropPad(ctx) {
  const x = ctx.input(0);
  const target = ctx.constant(1);
  const axes = ctx.attrs.has("axes") ? normAxes(ctx, ctx.attrs.ints("axes"), x.shape.length) : x.shape.map((_, i) => i);
  const shape = x.shape.slice();
  if (target && target.length !== axes.length)
    ctx.fail(`CenterCropPad: ${target.length} sizes for ${axes.length} axes`);
  if (target?.some((d) => d < 0))
    ctx.fail(`CenterCropPad: target shape [${target.join(", ")}] has a negative size`);
  axes.forEach((a, i) => shape[a] = target ? target[i] : freshDim(ctx, "crop"));
  return { dtype: x.dtype, shape };
}
function col2Im(ctx) {
  const x = ctx.input(0);
  const image = ctx.constant(1);
  const block = ctx.constant(2);
  if (!image || !block) return { dtype: x.dtype };
  const cols = block.reduce((a, b) => a * b, 1);
  const c = x.shape[1];
  if (typeof c === "number" && c % cols !== 0)
    ctx.fail(`Col2Im: ${c} columns of ${fmtShape(x.shape)} do not divide by the block ${cols}`);
  const channels2 = typeof c === "number" ? c / cols : freshDim(ctx, "channels");
  return { dtype: x.dtype, shape: [x.shape[0], channels2, ...image] };
}
var rules8 = {
  Resize: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: resizeShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1, 2, 3]
  },
  Upsample: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: upsampleShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1]
  },
  GridSample: {
    infer: (ctx) => [gridSample(ctx)],
    cost(ctx, outputs) {
      const mode = ctx.attrs.string("mode", ctx.opset >= 20 ? "linear" : "bilinear");
      return interpolationCost(
        ctx.input(0).dtype,
        mode,
        ctx.input(0).shape.length - 2,
        outputs[0].shape
      );
    }
  },
  RoiAlign: {
    infer: (ctx) => [roiAlign(ctx)],
    cost(ctx, outputs) {
      const s = ctx.attrs.int("sampling_ratio", 0);
      if (s <= 0)
        ctx.fail("RoiAlign: sampling_ratio 0 samples a number of points that depends on the boxes");
      return arithmetic(ctx.input(0).dtype, 5 * s * s * numel(outputs[0].shape));
    },
    metaInputs: [2]
  },
  NonMaxSuppression: {
    infer(ctx) {
      const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
      const n = max === 0 ? 0 : freshDim(ctx, "boxes");
      return [{ dtype: INT64, shape: [n, 3] }];
    },
    cost: nmsCost,
    metaInputs: [2, 3, 4]
  },
  AffineGrid: {
    infer: (ctx) => [affineGrid(ctx)],
    cost(ctx, outputs) {
      const r = outputs[0].shape?.at(-1);
      return arithmetic(ctx.input(0).dtype, 2 * Number(r) * numel(outputs[0].shape));
    },
    metaInputs: [1]
  },
  CenterCropPad: { infer: (ctx) => [centerCropPad(ctx)], metaInputs: [1] },
  Col2Im: {
    infer: (ctx) => [col2Im(ctx)],
    cost: (ctx) => arithmetic(ctx.input(0).dtype, numel(ctx.input(0).shape)),
    metaInputs: [1, 2]
  }
};

// src/ops/linalg.ts
function detFlops(m) {
  let flops = m - 1;
  for (let j = 1; j < m; j++) flops += j + 2 * j * j;
  return flops;
}
var rules9 = {
  Det: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const [rows, cols] = x.shape.slice(r - 2);
      if (r < 2 || typeof rows === "number" && typeof cols === "number" && rows !== cols) {
        ctx.fail(`Det needs square matrices [..., M, M], got ${fmtShape(x.shape)}`);
      }
      return [{ dtype: x.dtype, shape: x.shape.slice(0, r - 2) }];
    },
    cost(ctx, outputs) {
      const x = ctx.input(0);
      const m = x.shape[x.shape.length - 1];
      const perMatrix = typeof m === "number" ? detFlops(m) : NaN;
      return costOf(x.dtype, numel(outputs[0].shape), { flops: perMatrix });
    }
  }
};

// src/ops/loss.ts
function reduction(ctx) {
  const r = ctx.attrs.string("reduction", "mean");
  if (r !== "none" && r !== "mean" && r !== "sum") {
    ctx.fail(`${ctx.node.opType}: unknown reduction "${r}" (expected none, mean or sum)`);
  }
  return r;
}
function positions(ctx) {
  const x = ctx.input(0);
  const target = ctx.input(1);
  if (x.shape.length < 2) {
    ctx.fail(`${ctx.node.opType}: the input needs [N, C, ...], got ${fmtShape(x.shape)}`);
  }
  const expected = [x.shape[0], ...x.shape.slice(2)];
  const clash = target.shape.some(
    (d, i) => typeof d === "number" && typeof expected[i] === "number" && d !== expected[i]
  );
  if (target.shape.length !== expected.length || clash) {
    ctx.fail(
      `${ctx.node.opType}: the target ${fmtShape(target.shape)} must be the input ${fmtShape(x.shape)} without its class axis, ${fmtShape(expected)}`
    );
  }
  return expected.map((d, i) => typeof d === "number" ? d : target.shape[i]);
}
function lossValue(ctx) {
  const shape = positions(ctx);
  return { dtype: ctx.input(0).dtype, shape: reduction(ctx) === "none" ? shape : [] };
}
function nllFlops(ctx, m) {
  const weighted = !!ctx.inputs[2];
  const r = reduction(ctx);
  const pick = m * (weighted ? 2 : 1);
  if (r === "none") return pick;
  if (r === "sum") return pick + m;
  return pick + m + (weighted ? m : 0) + 1;
}
var nll = {
  infer: (ctx) => [lossValue(ctx)],
  cost(ctx) {
    return costOf(ctx.input(0).dtype, 1, { flops: nllFlops(ctx, numel(positions(ctx))) });
  },
  metaInputs: [1]
};
var softmaxCrossEntropy = {
  infer(ctx) {
    const x = ctx.input(0);
    return [lossValue(ctx), { dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const m = numel(positions(ctx));
    const n = numel(x.shape);
    return costOf(x.dtype, 1, { flops: 4 * n + nllFlops(ctx, m), transcendentals: n + m });
  },
  metaInputs: [1]
};
var rules10 = {
  NegativeLogLikelihoodLoss: nll,
  SoftmaxCrossEntropyLoss: softmaxCrossEntropy
};

// src/ops/matmul-util.ts
var ELLIPSIS = "...";
function tokens(ctx, term) {
  const out = [];
  for (let i = 0; i < term.length; ) {
    if (term.startsWith(ELLIPSIS, i)) {
      if (out.includes(ELLIPSIS)) ctx.fail(`Einsum: term "${term}" has more than one "..."`);
      out.push(ELLIPSIS);
      i += 3;
    } else if (/[a-zA-Z]/.test(term[i])) {
      out.push(term[i++]);
    } else {
      ctx.fail(`Einsum: unexpected "${term[i]}" in term "${term}"`);
    }
  }
  return out;
}
function expand(toks, count, max) {
  const dots = Array.from({ length: count }, (_, j) => `.${max - count + j}`);
  return toks.flatMap((t) => t === ELLIPSIS ? dots : [t]);
}
function mergeSize(ctx, sizes, label, d) {
  const prev = sizes.get(label);
  if (prev === void 0 || prev === d) return void sizes.set(label, d);
  if (typeof prev === "number" && typeof d === "number") {
    if (label.startsWith(".") && (prev === 1 || d === 1)) return void sizes.set(label, prev * d);
    ctx.fail(`Einsum: label "${label}" is ${prev} in one operand and ${d} in another`);
  }
  if (typeof d === "number" ? d !== 1 || !label.startsWith(".") : prev === 1 && label.startsWith("."))
    sizes.set(label, d);
}
function inferEinsum(ctx) {
  const equation = ctx.attrs.string("equation").replace(/\s+/g, "");
  const sides = equation.split("->");
  if (sides.length > 2) ctx.fail(`Einsum: equation "${equation}" has more than one "->"`);
  const terms = sides[0].split(",");
  const shapes = ctx.inputs.map((_, i) => ctx.input(i).shape);
  if (terms.length !== shapes.length) {
    ctx.fail(`Einsum: "${equation}" names ${terms.length} operands, the node has ${shapes.length}`);
  }
  const parsed = terms.map((term, i) => {
    const toks = tokens(ctx, term);
    const letters = toks.filter((t) => t !== ELLIPSIS).length;
    const dots = shapes[i].length - letters;
    if (toks.includes(ELLIPSIS) ? dots < 0 : dots !== 0) {
      ctx.fail(`Einsum: term "${term}" does not fit input ${i} ${fmtShape(shapes[i])}`);
    }
    return { toks, dots: toks.includes(ELLIPSIS) ? dots : 0 };
  });
  const maxDots = Math.max(0, ...parsed.map((p) => p.dots));
  const operands = parsed.map((p) => expand(p.toks, p.dots, maxDots));
  const sizes = /* @__PURE__ */ new Map();
  operands.forEach((labels, i) => labels.forEach((l, j) => mergeSize(ctx, sizes, l, shapes[i][j])));
  const output = sides.length === 2 ? expand(tokens(ctx, sides[1]), maxDots, maxDots) : implicit(operands);
  for (const l of output) {
    if (!sizes.has(l)) ctx.fail(`Einsum: output label "${l}" of "${equation}" is in no input`);
  }
  if (new Set(output).size !== output.length) {
    ctx.fail(`Einsum: output of "${equation}" repeats a label`);
  }
  return { operands, output, sizes, shape: output.map((l) => sizes.get(l)) };
}
function implicit(operands) {
  const all = operands.flat();
  const dots = [...new Set(all.filter((l) => l.startsWith(".")))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1))
  );
  const once2 = [...new Set(all)].filter(
    (l) => !l.startsWith(".") && all.indexOf(l) === all.lastIndexOf(l)
  );
  return [...dots, ...once2.sort()];
}
function einsumCost(plan) {
  const size = (labels) => numel([...labels].map((l) => plan.sizes.get(l)));
  const ops = plan.operands;
  if (ops.length === 1) return { macs: 0, adds: size(new Set(ops[0])) - size(plan.output) };
  let current = new Set(ops[0]);
  let macs = 0;
  for (let k = 1; k < ops.length; k++) {
    const step = /* @__PURE__ */ new Set([...current, ...ops[k]]);
    macs += size(step);
    const needed = /* @__PURE__ */ new Set([...plan.output, ...ops.slice(k + 1).flat()]);
    current = new Set([...step].filter((l) => needed.has(l)));
  }
  return { macs, adds: 0 };
}

// src/ops/matmul.ts
function matmulShapes(ctx, a, b) {
  const op = ctx.node.opType;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`${op}: operands must not be scalars (A ${fmtShape(a)}, B ${fmtShape(b)})`);
  }
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  const ka = left[left.length - 1];
  const kb = right[right.length - 2];
  if (typeof ka === "number" && typeof kb === "number" && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const batch = broadcast(ctx, [left.slice(0, -2), right.slice(0, -2)]);
  const m = left[left.length - 2];
  const n = right[right.length - 1];
  const out = [...batch, ...a.length === 1 ? [] : [m], ...b.length === 1 ? [] : [n]];
  return { out, batch, m, k: typeof ka === "number" ? ka : kb, n };
}
var productMacs = (p) => numel([...p.batch, p.m, p.k, p.n]);
function fusedOperand(shape, trans, transBatch) {
  const r = shape.length;
  if (r < 2) return shape;
  const batch = transBatch ? shape.slice(1, r - 1) : shape.slice(0, r - 2);
  const rows = transBatch ? shape[0] : shape[r - 2];
  const cols = shape[r - 1];
  return trans ? [...batch, cols, rows] : [...batch, rows, cols];
}
function fusedMatmulShapes(ctx) {
  const flag = (name3) => ctx.attrs.int(name3, 0) !== 0;
  const a = fusedOperand(ctx.input(0).shape, flag("transA"), flag("transBatchA"));
  const b = fusedOperand(ctx.input(1).shape, flag("transB"), flag("transBatchB"));
  return matmulShapes(ctx, a, b);
}
var matmul = {
  infer(ctx) {
    const a = ctx.input(0);
    return [{ dtype: a.dtype, shape: matmulShapes(ctx, a.shape, ctx.input(1).shape).out }];
  },
  cost(ctx, [y]) {
    return denseCost(
      y.dtype,
      productMacs(matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape))
    );
  }
};
var fusedMatmul = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: fusedMatmulShapes(ctx).out }],
  cost: (ctx, [y]) => denseCost(y.dtype, productMacs(fusedMatmulShapes(ctx)))
};
function gemmFastGeluShapes(ctx) {
  const p = matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape);
  const bias = ctx.inputs[2] ? ctx.input(2).shape : void 0;
  if (bias && (bias.length !== 1 || typeof bias[0] === "number" && typeof p.n === "number" && bias[0] !== p.n)) {
    ctx.fail(`GemmFastGelu: bias ${fmtShape(bias)} must hold N = ${p.n} values`);
  }
  return p;
}
var gemmFastGelu = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: gemmFastGeluShapes(ctx).out }],
  cost(ctx, [y]) {
    const out = numel(y.shape);
    const perElement2 = GELU_TANH.flops + (ctx.inputs[2] ? 1 : 0);
    const t = GELU_TANH.transcendentals ?? 0;
    return denseCost(y.dtype, productMacs(gemmFastGeluShapes(ctx)), perElement2 * out, t * out);
  }
};
function gemmShapes(ctx) {
  const a = ctx.input(0).shape;
  const b = ctx.input(1).shape;
  const op = ctx.node.opType;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} must be matrices`);
  }
  const [m, ka] = ctx.attrs.int("transA", 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int("transB", 0) ? [b[1], b[0]] : b;
  if (typeof ka === "number" && typeof kb === "number" && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const c = ctx.inputs[2]?.shape;
  if (c) {
    const target = [m, n];
    const bad = c.length > 2 || c.some((d, i) => {
      const t = target[target.length - c.length + i];
      return typeof d === "number" && d !== 1 && typeof t === "number" && d !== t;
    });
    if (bad) ctx.fail(`${op}: C ${fmtShape(c)} does not broadcast to [M, N] = ${fmtShape(target)}`);
  }
  return { m, k: typeof ka === "number" ? ka : kb, n };
}
function gemmCost(ctx, y, extraPerElement, transcendentals) {
  const { m, k, n } = gemmShapes(ctx);
  const mn = numel([m, n]);
  const extra = (ctx.inputs[2] ? mn : 0) + extraPerElement * mn;
  return denseCost(y.dtype, numel([m, k, n]), extra, transcendentals * mn);
}
var gemm = {
  infer(ctx) {
    const { m, n } = gemmShapes(ctx);
    return [{ dtype: ctx.input(0).dtype, shape: [m, n] }];
  },
  cost: (ctx, [y]) => gemmCost(ctx, y, 0, 0)
};
var fusedGemm = {
  infer(ctx) {
    fusedActivation(ctx);
    return gemm.infer(ctx);
  },
  cost(ctx, [y]) {
    const act = fusedActivation(ctx);
    return gemmCost(ctx, y, act.flops, act.transcendentals);
  }
};
var einsum = {
  infer(ctx) {
    const { shape } = inferEinsum(ctx);
    return [{ dtype: ctx.input(0).dtype, shape }];
  },
  cost(ctx, [y]) {
    const { macs, adds } = einsumCost(inferEinsum(ctx));
    return denseCost(y.dtype, macs, adds);
  }
};
var rules11 = {
  MatMul: matmul,
  Gemm: gemm,
  Einsum: einsum,
  "com.microsoft/FusedMatMul": fusedMatmul,
  // The name FusedMatMul had before ONNX Runtime 1.3: the same schema.
  "com.microsoft/TransposeMatMul": fusedMatmul,
  "com.microsoft/FusedGemm": fusedGemm,
  "com.microsoft/GemmFastGelu": gemmFastGelu
};

// src/ops/movement-index.ts
function wrapIndex(ctx, i, dim) {
  const r = i < 0 ? i + dim : i;
  if (r < 0 || r >= dim)
    ctx.fail(`${ctx.node.opType}: index ${i} is out of range for a dim of ${dim}`);
  return r;
}
var gatherBytes = (ctx, outputs) => tensorBytes(ctx.inputs[1]) + 2 * tensorBytes(outputs[0]);
function gatherOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  const shape = [...data.shape.slice(0, ax), ...idx.shape, ...data.shape.slice(ax + 1)];
  const ind = constantOf(ctx, 1);
  const dim = data.shape[ax];
  if (ind && typeof dim === "number") ind.forEach((i) => wrapIndex(ctx, i, dim));
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !ind || !isStatic(data.shape)) return void 0;
    const dims = data.shape;
    const st = strides(dims);
    const q = idx.shape.length;
    const ist = strides(idx.shape);
    return mapIndices(out, src, (o) => {
      const k = ind[offsetOf(o.slice(ax, ax + q), ist)];
      const at = [...o.slice(0, ax), wrapIndex(ctx, k, dims[ax]), ...o.slice(ax + q)];
      return offsetOf(at, st);
    });
  });
}
function gatherElementsOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  if (idx.shape.length !== data.shape.length)
    ctx.fail(
      `GatherElements: indices ${fmtShape(idx.shape)} and data ${fmtShape(data.shape)} differ in rank`
    );
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  return fold(data.dtype, idx.shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape)) return void 0;
    const st = strides(data.shape);
    const dim = data.shape[ax];
    return mapIndices(out, src, (o) => {
      const at = o.slice();
      at[ax] = wrapIndex(ctx, ind[offsetOf(o, strides(out))], dim);
      return offsetOf(at, st);
    });
  });
}
function gatherNDOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const b = ctx.opset >= 12 ? ctx.attrs.int("batch_dims", 0) : 0;
  const k = idx.shape[idx.shape.length - 1];
  if (typeof k !== "number") return { dtype: data.dtype };
  if (b + k > data.shape.length)
    ctx.fail(
      `GatherND: index tuples of ${k} with batch_dims ${b} exceed data ${fmtShape(data.shape)}`
    );
  const shape = [...idx.shape.slice(0, -1), ...data.shape.slice(b + k)];
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape) || !isStatic(idx.shape)) return void 0;
    const dims = data.shape;
    const st = strides(dims);
    const ist = strides(idx.shape);
    const q = idx.shape.length - 1;
    return mapIndices(out, src, (o) => {
      const base = offsetOf(o.slice(0, q), ist.slice(0, q));
      const tuple = ind.slice(base, base + k).map((v, j) => wrapIndex(ctx, v, dims[b + j]));
      return offsetOf([...o.slice(0, b), ...tuple, ...o.slice(q)], st);
    });
  });
}
function scatterCost(ctx) {
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  if (reduction2 === "none") return {};
  const n = numel(ctx.input(2).shape);
  return isFloat(ctx.input(0).dtype) ? { flops: n } : { intOps: n };
}
function scatterElementsOutput(ctx) {
  const data = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction2 !== "none" || !isStatic(idxShape)) return void 0;
    const out = src.slice();
    const st = strides(shape);
    forEachIndex(idxShape, (i, flat) => {
      const at = i.slice();
      at[ax] = wrapIndex(ctx, ind[flat], shape[ax]);
      out[offsetOf(at, st)] = upd[flat];
    });
    return out;
  });
}
function scatterNDOutput(ctx) {
  const data = ctx.input(0);
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction2 !== "none" || !isStatic(idxShape)) return void 0;
    const k = idxShape[idxShape.length - 1];
    const slice = numel(shape.slice(k));
    const st = strides(shape);
    const out = src.slice();
    for (let t = 0; t * k < ind.length; t++) {
      let base = 0;
      for (let j = 0; j < k; j++) base += wrapIndex(ctx, ind[t * k + j], shape[j]) * st[j];
      for (let e = 0; e < slice; e++) out[base + e] = upd[t * slice + e];
    }
    return out;
  });
}
function oneHotOutput(ctx) {
  const idx = ctx.input(0);
  const dtype = ctx.input(2).dtype;
  const depthValue = constantOf(ctx, 1)?.[0];
  const depth = depthValue === void 0 ? freshDim(ctx, "depth") : Math.trunc(depthValue);
  if (typeof depth === "number" && depth < 1) ctx.fail(`OneHot: depth ${depthValue} must be >= 1`);
  const ax = axis(ctx, ctx.attrs.int("axis", -1), idx.shape.length + 1);
  const shape = [...idx.shape.slice(0, ax), depth, ...idx.shape.slice(ax)];
  return fold(dtype, shape, (out) => {
    const ind = constantOf(ctx, 0);
    const values = constantOf(ctx, 2);
    if (!ind || !values || typeof depth !== "number") return void 0;
    const ist = strides(idx.shape);
    const res = [];
    forEachIndex(out, (o) => {
      const at = offsetOf([...o.slice(0, ax), ...o.slice(ax + 1)], ist);
      const want = ind[at] < 0 ? ind[at] + depth : ind[at];
      res.push(values[want === o[ax] ? 1 : 0]);
    });
    return res;
  });
}
function nonZeroOutput(ctx) {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (!src || !isStatic(x.shape))
    return { dtype: INT64, shape: [x.shape.length, freshDim(ctx, "nonzero")] };
  const hits = [];
  forEachIndex(x.shape, (i, flat) => {
    if (src[flat] !== 0) hits.push(i.slice());
  });
  const r = x.shape.length;
  return fold(INT64, [r, hits.length], () => {
    const out = [];
    for (let d = 0; d < r; d++) for (const h of hits) out.push(h[d]);
    return out;
  });
}
function compressOutput(ctx) {
  const x = ctx.input(0);
  const cond = constantOf(ctx, 1);
  const kept = cond ? cond.map((c, i) => c ? i : -1).filter((i) => i >= 0) : void 0;
  const hasAxis = ctx.attrs.has("axis");
  const ax = hasAxis ? axis(ctx, ctx.attrs.int("axis"), x.shape.length) : 0;
  const n = kept ? kept.length : freshDim(ctx, "compress");
  const shape = hasAxis ? x.shape.map((d, i) => i === ax ? n : d) : [n];
  return fold(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !kept || !isStatic(x.shape)) return void 0;
    if (!hasAxis) return kept.map((i) => src[i]);
    const st = strides(x.shape);
    return mapIndices(
      out,
      src,
      (o) => offsetOf(
        o.map((i, d) => d === ax ? kept[i] : i),
        st
      )
    );
  });
}
function uniqueOutputs(ctx) {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (src && !ctx.attrs.has("axis")) {
    const sorted = ctx.attrs.int("sorted", 1) === 1;
    const first = /* @__PURE__ */ new Map();
    const count = /* @__PURE__ */ new Map();
    src.forEach((v, i) => {
      if (!first.has(v)) first.set(v, i);
      count.set(v, (count.get(v) ?? 0) + 1);
    });
    const ys = [...first.keys()];
    if (sorted) ys.sort((a, b) => a - b);
    const pos = new Map(ys.map((v, i) => [v, i]));
    const counts = ys.map((v) => count.get(v));
    return [
      fold(x.dtype, [ys.length], () => ys),
      fold(INT64, [ys.length], () => ys.map((v) => first.get(v))),
      fold(INT64, [src.length], () => src.map((v) => pos.get(v))),
      fold(INT64, [ys.length], () => counts)
    ];
  }
  const u = freshDim(ctx, "unique");
  const hasAxis = ctx.attrs.has("axis");
  const ax = hasAxis ? axis(ctx, ctx.attrs.int("axis"), x.shape.length) : 0;
  const y = hasAxis ? x.shape.map((d, i) => i === ax ? u : d) : [u];
  const n = numel(x.shape);
  const all = hasAxis ? x.shape[ax] : Number.isNaN(n) ? freshDim(ctx) : n;
  return [
    { dtype: x.dtype, shape: y },
    { dtype: INT64, shape: [u] },
    { dtype: INT64, shape: [all] },
    { dtype: INT64, shape: [u] }
  ];
}
var scatterRule = (infer) => ({
  infer: (ctx) => [infer(ctx)],
  cost: scatterCost,
  metaInputs: [1]
});
var rules12 = {
  Gather: { infer: (ctx) => [gatherOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  GatherElements: {
    infer: (ctx) => [gatherElementsOutput(ctx)],
    bytes: gatherBytes,
    metaInputs: [1]
  },
  GatherND: { infer: (ctx) => [gatherNDOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  Scatter: scatterRule(scatterElementsOutput),
  ScatterElements: scatterRule(scatterElementsOutput),
  ScatterND: scatterRule(scatterNDOutput),
  OneHot: { infer: (ctx) => [oneHotOutput(ctx)], metaInputs: [0, 1, 2] },
  NonZero: { infer: (ctx) => [nonZeroOutput(ctx)] },
  Compress: { infer: (ctx) => [compressOutput(ctx)], metaInputs: [1] },
  Unique: { infer: uniqueOutputs }
};

// src/ops/movement-pad.ts
function padArgs(ctx, rank) {
  const pads = intsArg(ctx, 1, "pads", 11) ?? (ctx.opset >= 11 ? void 0 : ctx.attrs.ints("pads"));
  const axesIn = ctx.opset >= 18 && ctx.inputs[3] ? ctx.constant(3) : null;
  if (!pads || axesIn === void 0) return void 0;
  const axes = axesIn ? normAxes(ctx, axesIn, rank) : Array.from({ length: rank }, (_, i) => i);
  if (pads.length !== 2 * axes.length)
    ctx.fail(`Pad: ${pads.length} pads for ${axes.length} axes (need 2 per axis)`);
  const begin = new Array(rank).fill(0);
  const end = new Array(rank).fill(0);
  axes.forEach((a, k) => {
    begin[a] = pads[k];
    end[a] = pads[k + axes.length];
  });
  return { begin, end };
}
function padSource(mode, i, dim) {
  if (i >= 0 && i < dim) return i;
  if (mode === "edge") return i < 0 ? 0 : dim - 1;
  if (mode === "wrap") return (i % dim + dim) % dim;
  if (mode === "reflect") {
    const period = 2 * (dim - 1);
    const r = period === 0 ? 0 : (i % period + period) % period;
    return r < dim ? r : period - r;
  }
  return void 0;
}
function padOutput(ctx, x) {
  const args = padArgs(ctx, x.shape.length);
  if (!args) return { dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, "pad")) };
  const { begin, end } = args;
  const shape = x.shape.map(
    (d, i) => typeof d === "number" ? d + begin[i] + end[i] : begin[i] + end[i] === 0 ? d : freshDim(ctx, "pad")
  );
  if (shape.some((d) => typeof d === "number" && d < 0))
    ctx.fail(`Pad: pads crop ${fmtShape(x.shape)} below zero`);
  const mode = ctx.attrs.string("mode", "constant");
  const fill = ctx.opset >= 11 ? ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0 : ctx.attrs.float("value", 0);
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape) || fill === void 0) return void 0;
    const dims = x.shape;
    const st = strides(dims);
    return mapIndices(
      out,
      src,
      (idx) => {
        let off = 0;
        for (let d = 0; d < idx.length; d++) {
          const s = padSource(mode, idx[d] - begin[d], dims[d]);
          if (s === void 0) return void 0;
          off += s * st[d];
        }
        return off;
      },
      fill
    );
  });
}
var rules13 = {
  Pad: {
    infer: (ctx) => [padOutput(ctx, ctx.input(0))],
    metaInputs: [1, 2, 3]
  }
};

// src/ops/movement-sequence.ts
var MAX_TRACKED = 1 << 12;
function merge2(ctx, a, b) {
  if (!a || !b) return a ?? b;
  if (a.length !== b.length) return void 0;
  return a.map((d, i) => d === b[i] ? d : freshDim(ctx, "element"));
}
var sequence = (dtype, shape) => ({
  dtype,
  shape,
  kind: "sequence"
});
function ofElements(ctx, dtype, elements) {
  const shared = elements.slice(1).reduce((acc, e) => merge2(ctx, acc, e.shape), elements[0]?.shape);
  const s = sequence(dtype, shared);
  return elements.length <= MAX_TRACKED ? { ...s, elements } : s;
}
function element(v) {
  const value = foldedValueOf(v);
  return value ? { dtype: v.dtype, shape: v.shape, value } : { dtype: v.dtype, shape: v.shape };
}
function position(ctx, i, n, dflt, end = false) {
  if (!ctx.inputs[i]) return dflt;
  const p = ctx.constant(i);
  if (!p || p.length !== 1) return void 0;
  const k = p[0] < 0 ? p[0] + n : p[0];
  if (k < 0 || k > (end ? n : n - 1)) {
    ctx.fail(`${ctx.node.opType}: position ${p[0]} is out of range for a sequence of ${n}`);
  }
  return k;
}
function pieces(ctx, d) {
  const split = ctx.inputs[1] ? ctx.constant(1) : null;
  if (typeof d !== "number" || split === void 0) return void 0;
  if (split === null) return new Array(d).fill(1);
  if (ctx.inputs[1]?.shape?.length === 0 || split.length === 0) {
    const s = split[0] ?? d;
    if (!(s > 0)) return void 0;
    const count = Math.ceil(d / s);
    return Array.from({ length: count }, (_, k) => Math.min(s, d - k * s));
  }
  return split;
}
function splitToSequence(ctx) {
  const x = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
  const sizes = pieces(ctx, x.shape[ax]);
  const dropAxis = !ctx.inputs[1] && ctx.attrs.int("keepdims", 1) === 0;
  if (sizes && sizes.length <= MAX_TRACKED) {
    const elements = sizes.map((size) => {
      const shape2 = x.shape.slice();
      if (dropAxis) shape2.splice(ax, 1);
      else shape2[ax] = size;
      return { dtype: x.dtype, shape: shape2 };
    });
    return ofElements(ctx, x.dtype, elements);
  }
  const shape = x.shape.slice();
  if (dropAxis) shape.splice(ax, 1);
  else shape[ax] = ctx.inputs[1] ? freshDim(ctx, "element") : 1;
  return sequence(x.dtype, shape);
}
function concatFromSequence(ctx) {
  const s = ctx.inputs[0];
  if (!s?.shape) return { dtype: s?.dtype ?? 0 };
  const newAxis = ctx.attrs.int("new_axis", 0) === 1;
  const rank = s.shape.length + (newAxis ? 1 : 0);
  const ax = axis(ctx, ctx.attrs.int("axis"), rank);
  const shape = s.shape.slice();
  const elements = s.elements?.length ? s.elements : void 0;
  if (newAxis) shape.splice(ax, 0, elements?.length ?? freshDim(ctx, "length"));
  else {
    const dims = elements?.map((e) => e.shape?.[ax]);
    const known2 = dims?.every((d) => typeof d === "number");
    shape[ax] = known2 ? dims.reduce((a, b) => a + b, 0) : freshDim(ctx, "concat");
  }
  return { dtype: s.dtype, shape };
}
var known = (ctx) => ctx.inputs[0]?.elements;
var rules14 = {
  SequenceEmpty: {
    infer: (ctx) => [
      { ...sequence(ctx.attrs.int("dtype", DataType.FLOAT), void 0), elements: [] }
    ],
    bytes: "view"
  },
  SequenceConstruct: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail("SequenceConstruct needs at least one input");
      const xs = ctx.inputs.map((_, i) => ctx.input(i));
      return [ofElements(ctx, xs[0].dtype, xs.map(element))];
    },
    bytes: "view"
  },
  SequenceInsert: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const x = ctx.input(1);
      const elements = known(ctx);
      const at = elements && position(ctx, 2, elements.length, elements.length, true);
      if (elements && at !== void 0) {
        const next = [...elements.slice(0, at), element(x), ...elements.slice(at)];
        return [ofElements(ctx, x.dtype, next)];
      }
      return [sequence(x.dtype, merge2(ctx, s?.shape, x.shape))];
    },
    bytes: "view",
    metaInputs: [2]
  },
  SequenceErase: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length ? position(ctx, 1, elements.length, elements.length - 1) : void 0;
      if (elements && at !== void 0) {
        const next = elements.filter((_, k) => k !== at);
        return [
          next.length ? ofElements(ctx, s.dtype, next) : { ...sequence(s.dtype, void 0), elements: [] }
        ];
      }
      return [sequence(s?.dtype ?? 0, s?.shape)];
    },
    bytes: "view",
    metaInputs: [1]
  },
  SequenceAt: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length ? position(ctx, 1, elements.length, 0) : void 0;
      if (elements && at !== void 0) return [element(elements[at])];
      return [{ dtype: s?.dtype ?? 0, shape: s?.shape }];
    },
    bytes: "view",
    metaInputs: [1]
  },
  SequenceLength: {
    infer(ctx) {
      const n = known(ctx)?.length;
      return [
        n === void 0 ? { dtype: INT64, shape: [] } : { dtype: INT64, shape: [], value: [n] }
      ];
    },
    bytes: "view"
  },
  SplitToSequence: {
    infer: (ctx) => [splitToSequence(ctx)],
    bytes: (ctx) => 2 * tensorBytes(ctx.inputs[0]),
    metaInputs: [1]
  },
  ConcatFromSequence: {
    infer: (ctx) => [concatFromSequence(ctx)],
    bytes: (_ctx, outputs) => 2 * tensorBytes(outputs[0])
  }
};

// src/ops/movement.ts
function concatDims(ctx, shapes, ax) {
  const out = shapes[0].slice();
  const parts = shapes.map((s) => s[ax]).filter((d) => d !== 0);
  out[ax] = parts.every((d) => typeof d === "number") ? parts.reduce((a, b) => a + b, 0) : parts.length === 1 ? parts[0] : freshDim(ctx, "concat");
  for (const s of shapes) {
    if (s.length !== out.length)
      ctx.fail(`Concat: ranks differ (${shapes.map(fmtShape).join(", ")})`);
    s.forEach((d, i) => {
      if (i === ax || d === out[i]) return;
      if (typeof d === "number" && typeof out[i] === "number")
        ctx.fail(`Concat on axis ${ax}: dim ${i} differs (${shapes.map(fmtShape).join(", ")})`);
      if (typeof out[i] === "string") out[i] = d;
    });
  }
  return out;
}
function foldConcat(ctx, count, ax, out) {
  const parts = Array.from({ length: count }, (_, i) => constantOf(ctx, i));
  if (parts.some((p) => !p)) return void 0;
  const outer = out.slice(0, ax).reduce((a, b) => a * b, 1);
  const values = [];
  for (let o = 0; o < outer; o++) {
    for (const p of parts) {
      const chunk = p.length / outer;
      for (let j = o * chunk; j < (o + 1) * chunk; j++) values.push(p[j]);
    }
  }
  return values;
}
function splitSizes(ctx, dim, count) {
  const given = intsArg(ctx, 1, "split", 13);
  if (given === void 0) return Array.from({ length: count }, () => freshDim(ctx, "split"));
  if (given) {
    if (given.length !== count) ctx.fail(`Split: ${given.length} sizes for ${count} outputs`);
    if (given.some((g) => g < 0)) ctx.fail(`Split: sizes [${given.join(", ")}] have a negative`);
    const sum3 = given.reduce((a, b) => a + b, 0);
    if (typeof dim === "number" && sum3 !== dim)
      ctx.fail(`Split: sizes [${given.join(", ")}] add up to ${sum3}, the axis has ${dim}`);
    return given;
  }
  if (typeof dim !== "number")
    return count === 1 ? [dim] : Array.from({ length: count }, () => freshDim(ctx, "split"));
  if (ctx.opset >= 18 && ctx.attrs.has("num_outputs")) {
    const n = ctx.attrs.int("num_outputs");
    if (n !== count) ctx.fail(`Split: num_outputs is ${n} but the node has ${count} outputs`);
    const part2 = Math.ceil(dim / n);
    return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(part2, dim - part2 * i)));
  }
  if (dim % count !== 0)
    ctx.fail(`Split: axis of size ${dim} does not split into ${count} equal parts`);
  return new Array(count).fill(dim / count);
}
function sliceArgs(ctx, rank) {
  const read = (input2, attr) => ctx.opset >= 10 ? ctx.inputs[input2] ? ctx.constant(input2) : null : ctx.attrs.has(attr) ? ctx.attrs.ints(attr) : null;
  const starts = read(1, "starts");
  const ends = read(2, "ends");
  const axes = read(3, "axes");
  const steps = ctx.opset >= 10 ? read(4, "steps") : null;
  if (!starts || !ends || axes === void 0 || steps === void 0) return void 0;
  const ax = normAxes(ctx, axes ?? starts.map((_, i) => i), rank);
  if (starts.length !== ends.length || ax.length !== starts.length)
    ctx.fail(`Slice: starts, ends and axes have different lengths`);
  const st = steps ?? starts.map(() => 1);
  if (st.some((s) => s === 0)) ctx.fail("Slice: a step is 0");
  return { starts, ends, axes: ax, steps: st };
}
function sliceOutput(ctx, x) {
  const args = sliceArgs(ctx, x.shape.length);
  if (!args) {
    const axes = ctx.opset >= 10 && ctx.inputs[3] ? ctx.constant(3) : void 0;
    const touched = axes ? new Set(normAxes(ctx, axes, x.shape.length)) : void 0;
    const shape2 = x.shape.map((d, i) => !touched || touched.has(i) ? freshDim(ctx, "slice") : d);
    return { dtype: x.dtype, shape: shape2 };
  }
  const shape = x.shape.slice();
  const first = x.shape.map(() => 0);
  const step = x.shape.map(() => 1);
  args.axes.forEach((a, k) => {
    const [s, e, t] = [args.starts[k], args.ends[k], args.steps[k]];
    const d = x.shape[a];
    if (typeof d === "number") {
      const b = sliceBounds(d, s, e, t);
      [shape[a], first[a], step[a]] = [b.count, b.first, t];
    } else if (!(s === 0 && e >= HUGE_INDEX && t === 1)) shape[a] = freshDim(ctx, "slice");
  });
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape)) return void 0;
    const st = strides(x.shape);
    return mapAffine(
      out,
      src,
      offsetOf(first, st),
      st.map((s, d) => s * step[d])
    );
  });
}
function spaceDepth(ctx, toSpace) {
  const x = ctx.input(0);
  const b = ctx.attrs.int("blocksize");
  if (x.shape.length !== 4)
    ctx.fail(`${ctx.node.opType} needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const [n, c, h, w] = x.shape;
  const divide2 = (d, by, what) => {
    if (typeof d !== "number") return freshDim(ctx, what);
    if (d % by !== 0)
      ctx.fail(`${ctx.node.opType}: ${what} ${d} of ${fmtShape(x.shape)} does not divide by ${by}`);
    return d / by;
  };
  const times = (d, by) => typeof d === "number" ? d * by : freshDim(ctx);
  const shape = toSpace ? [n, divide2(c, b * b, "channels"), times(h, b), times(w, b)] : [n, times(c, b * b), divide2(h, b, "height"), divide2(w, b, "width")];
  return [{ dtype: x.dtype, shape }];
}
var rules15 = {
  Transpose: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const perm = ctx.attrs.ints(
        "perm",
        Array.from({ length: r }, (_, i) => r - 1 - i)
      );
      if (perm.length !== r || new Set(normAxes(ctx, perm, r)).size !== r)
        ctx.fail(`Transpose: perm [${perm.join(", ")}] does not fit ${fmtShape(x.shape)}`);
      const p = normAxes(ctx, perm, r);
      const shape = p.map((a) => x.shape[a]);
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            p.map((a) => st[a])
          );
        })
      ];
    }
  },
  Concat: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail("Concat needs at least one input");
      const present2 = ctx.inputs.map((_, i) => ctx.input(i));
      const shapes = present2.map((v) => v.shape);
      const ax = axis(ctx, ctx.attrs.int("axis"), shapes[0].length);
      const shape = concatDims(ctx, shapes, ax);
      return [
        foldDeferred(present2[0].dtype, shape, (out) => foldConcat(ctx, shapes.length, ax, out))
      ];
    }
  },
  Split: {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
      const sizes = splitSizes(ctx, x.shape[ax], ctx.node.outputs.length);
      const src = constantOf(ctx, 0);
      let offset = 0;
      return sizes.map((size) => {
        const shape = x.shape.slice();
        shape[ax] = size;
        const start = offset;
        offset += typeof size === "number" ? size : 0;
        return foldDeferred(x.dtype, shape, (out) => {
          if (!src || !isStatic(x.shape)) return void 0;
          const st = strides(x.shape);
          return mapAffine(out, src, start * st[ax], st);
        });
      });
    },
    metaInputs: [1]
  },
  Slice: {
    infer: (ctx) => [sliceOutput(ctx, ctx.input(0))],
    bytes: (ctx, outputs) => 2 * tensorBytes(outputs[0]) + [1, 2, 3, 4].reduce((a, i) => a + tensorBytes(ctx.inputs[i]), 0),
    metaInputs: [1, 2, 3, 4]
  },
  Expand: {
    infer(ctx) {
      const x = ctx.input(0);
      const target = ctx.constant(1);
      let shape;
      if (target) shape = broadcast(ctx, [x.shape, target]);
      else {
        const k = rankOfShapeTensor(ctx.input(1));
        if (k === void 0) return [{ dtype: x.dtype }];
        const r = Math.max(k, x.shape.length);
        shape = Array.from({ length: r }, (_, i) => {
          const d = x.shape[i - (r - x.shape.length)];
          return d !== void 0 && d !== 1 ? d : freshDim(ctx, "expand");
        });
      }
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const lead = out.length - x.shape.length;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            out.map((_, d) => d < lead || x.shape[d - lead] === 1 ? 0 : st[d - lead])
          );
        })
      ];
    },
    metaInputs: [1]
  },
  Tile: {
    infer(ctx) {
      const x = ctx.input(0);
      const repeats = ctx.constant(1);
      if (!repeats) return [{ dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, "tile")) }];
      if (repeats.length !== x.shape.length)
        ctx.fail(`Tile: ${repeats.length} repeats for ${fmtShape(x.shape)}`);
      if (repeats.some((r) => r < 0))
        ctx.fail(`Tile: repeats [${repeats.join(", ")}] must be non-negative`);
      const shape = x.shape.map(
        (d, i) => typeof d === "number" ? d * repeats[i] : repeats[i] === 1 ? d : freshDim(ctx, "tile")
      );
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const dims = x.shape;
          const st = strides(dims);
          return mapIndices(
            out,
            src,
            (idx) => offsetOf(
              idx.map((i, d) => i % dims[d]),
              st
            )
          );
        })
      ];
    },
    metaInputs: [1]
  },
  Trilu: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2) ctx.fail(`Trilu needs rank >= 2, got ${fmtShape(x.shape)}`);
      const k = ctx.inputs[1] ? constantOf(ctx, 1)?.[0] : 0;
      const upper = ctx.attrs.int("upper", 1) === 1;
      return [
        foldDeferred(x.dtype, x.shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || k === void 0) return void 0;
          const [rows, cols] = out.slice(-2);
          return src.map((v, f) => {
            const j = f % cols;
            const i = Math.floor(f / cols) % rows;
            return (upper ? j - i >= k : j - i <= k) ? v : 0;
          });
        })
      ];
    },
    metaInputs: [1]
  },
  DepthToSpace: { infer: (ctx) => spaceDepth(ctx, true) },
  SpaceToDepth: { infer: (ctx) => spaceDepth(ctx, false) },
  ReverseSequence: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    metaInputs: [1]
  }
};

// src/ops/normalization.ts
var FLOAT = DataType.FLOAT;
var statShape = (shape, ax) => shape.map((d, i) => i < ax ? d : 1);
function checkOperand(ctx, i, target, what) {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const out = broadcast(ctx, [target, s]);
  if (out.length !== target.length || out.some((d, k) => d !== target[k])) {
    ctx.fail(`${what} ${fmtShape(s)} does not match the normalized shape ${fmtShape(target)}`);
  }
}
function rowNormCost(ctx, n, rows, perElement2) {
  const c = costOf(ctx.input(0).dtype, n, { flops: perElement2 });
  if (c.intOps !== void 0) return { intOps: c.intOps + rows };
  return { ...c, transcendentals: rows };
}
function lastAxesNorm(baseFlops, affineInputs, statDtypeAttr) {
  const axisOf = (ctx) => axis(ctx, ctx.attrs.int("axis", -1), ctx.input(0).shape.length);
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      for (const i of affineInputs) checkOperand(ctx, i, x.shape.slice(ax), `input ${i}`);
      const stat2 = statDtypeAttr ? ctx.attrs.int("stash_type", FLOAT) : FLOAT;
      const stats = { dtype: stat2, shape: statShape(x.shape, ax) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      const affine = affineInputs.filter((i) => ctx.inputs[i]).length;
      return rowNormCost(ctx, numel(x.shape), numel(x.shape.slice(0, ax)), baseFlops + affine);
    }
  };
}
function channels(ctx) {
  const x = ctx.input(0);
  if (x.shape.length < 2) ctx.fail(`expected X of shape [N, C, ...], got ${fmtShape(x.shape)}`);
  return x.shape[1];
}
function checkLength(ctx, i, expected, what) {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const n = numel(s);
  if (typeof expected === "number" && !Number.isNaN(n) && n !== expected) {
    ctx.fail(`${what} ${fmtShape(s)} must have ${expected} elements`);
  }
}
var batchNorm = {
  infer(ctx) {
    const x = ctx.input(0);
    const c = channels(ctx);
    const spatial = ctx.opset < 9 && ctx.attrs.int("spatial", 1) === 0;
    if (!spatial) for (let i = 1; i <= 4; i++) checkLength(ctx, i, c, `input ${i}`);
    const stat2 = { dtype: ctx.input(3).dtype, shape: ctx.input(3).shape };
    return [{ dtype: x.dtype, shape: x.shape }, stat2, stat2, stat2, stat2];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const training = ctx.opset >= 14 ? ctx.attrs.int("training_mode", 0) === 1 : ctx.node.outputs.slice(1).some((o) => o !== "");
    const n = numel(x.shape);
    if (!training) return costOf(x.dtype, n, { flops: 2 });
    return { flops: 6 * n, transcendentals: numel(ctx.input(1).shape) };
  }
};
function groupedNorm(groupsOf) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      groupsOf(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const groups = groupsOf(ctx);
      const rows = numel([x.shape[0], groups]);
      return rowNormCost(ctx, numel(x.shape), rows, 7);
    }
  };
}
var instanceNormGroups = (ctx) => {
  const c = channels(ctx);
  checkLength(ctx, 1, c, "scale");
  checkLength(ctx, 2, c, "B");
  return c;
};
var groupNormGroups = (ctx) => {
  const c = channels(ctx);
  const g = ctx.attrs.int("num_groups");
  if (typeof c === "number" && (g < 1 || c % g !== 0)) {
    ctx.fail(`num_groups ${g} must divide the ${c} channels of ${fmtShape(ctx.input(0).shape)}`);
  }
  const perScale = ctx.opset >= 21 ? c : g;
  checkLength(ctx, 1, perScale, "scale");
  checkLength(ctx, 2, perScale, "bias");
  return g;
};
var lpNorm = {
  infer(ctx) {
    const x = ctx.input(0);
    axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const p = ctx.attrs.int("p", 2);
    if (p !== 1 && p !== 2) ctx.fail(`LpNormalization: p must be 1 or 2, got ${p}`);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const n = numel(x.shape);
    const c = costOf(x.dtype, n, { flops: 3 });
    return ctx.attrs.int("p", 2) === 2 ? { ...c, transcendentals: n / numel([x.shape[ax]]) } : c;
  }
};
var lrn = {
  infer(ctx) {
    const x = ctx.input(0);
    channels(ctx);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const size = ctx.attrs.int("size");
    return costOf(x.dtype, numel(x.shape), { flops: size + 3, transcendentals: 1 });
  }
};
var mvn = {
  infer(ctx) {
    const x = ctx.input(0);
    for (const a of ctx.attrs.ints("axes", [0, 2, 3])) axis(ctx, a, x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const axes = ctx.attrs.ints("axes", [0, 2, 3]).map((a) => axis(ctx, a, x.shape.length));
    const n = numel(x.shape);
    return rowNormCost(ctx, n, n / numel(axes.map((a) => x.shape[a])), 5);
  }
};
function softmaxRows(ctx) {
  const x = ctx.input(0);
  const legacy = ctx.opset < 13;
  const ax = axis(ctx, ctx.attrs.int("axis", legacy ? 1 : -1), x.shape.length);
  return legacy ? numel(x.shape.slice(0, ax)) : numel(x.shape) / numel([x.shape[ax]]);
}
function softmax(flops, transcendentals, perRow) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      softmaxRows(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const n = numel(x.shape);
      const c = costOf(x.dtype, n, { flops, transcendentals });
      if (perRow === 0) return c;
      return { ...c, transcendentals: (c.transcendentals ?? 0) + perRow * softmaxRows(ctx) };
    }
  };
}
function skipNorm(normFlops, affine, bias) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2)
        ctx.fail(`expected input [B, S, H] or [T, H], got ${fmtShape(x.shape)}`);
      const hidden = x.shape.slice(-1);
      checkOperand(ctx, 1, x.shape, "skip");
      for (const i of [...affine, bias]) checkOperand(ctx, i, hidden, `input ${i}`);
      const stats = { dtype: FLOAT, shape: statShape(x.shape, x.shape.length - 1) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats, { dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const present2 = [...affine, bias].filter((i) => ctx.inputs[i]).length;
      const n = numel(x.shape);
      return rowNormCost(ctx, n, numel(x.shape.slice(0, -1)), normFlops + 1 + present2);
    }
  };
}
var embedLayerNorm = {
  infer(ctx) {
    const ids = ctx.input(0).shape;
    const word = ctx.input(2);
    if (ids.length !== 2 || word.shape.length !== 2) {
      ctx.fail(
        `expected input_ids [B, S] and word_embedding [V, H], got ${fmtShape(ids)} and ` + fmtShape(word.shape)
      );
    }
    const hidden = word.shape[1];
    for (const i of [3, 4]) {
      if (ctx.inputs[i] && ctx.input(i).shape[1] !== hidden) {
        ctx.fail(`embedding ${i} ${fmtShape(ctx.input(i).shape)} must have hidden size ${hidden}`);
      }
    }
    checkOperand(ctx, 5, [hidden], "gamma");
    checkOperand(ctx, 6, [hidden], "beta");
    const out = { dtype: word.dtype, shape: [ids[0], ids[1], hidden] };
    return [out, { dtype: DataType.INT32, shape: [ids[0]] }, out];
  },
  cost(ctx, outputs) {
    const n = numel(outputs[0].shape);
    const ids = ctx.input(0).shape;
    const adds = 1 + (ctx.inputs[4] ? 1 : 0);
    const cost = costOf(ctx.input(2).dtype, n, { flops: 7 + adds });
    const mask = ctx.inputs[7] ? numel(ctx.input(7).shape) : 0;
    return { ...cost, transcendentals: numel(ids), intOps: (cost.intOps ?? 0) + mask };
  },
  metaInputs: [0, 1, 7, 8]
};
var rules16 = {
  BatchNormalization: batchNorm,
  LayerNormalization: lastAxesNorm(5, [1, 2], true),
  RMSNormalization: lastAxesNorm(3, [1], true),
  InstanceNormalization: groupedNorm(instanceNormGroups),
  GroupNormalization: groupedNorm(groupNormGroups),
  LpNormalization: lpNorm,
  LRN: lrn,
  MeanVarianceNormalization: mvn,
  Softmax: softmax(4, 1, 0),
  LogSoftmax: softmax(4, 1, 1),
  Hardmax: softmax(1, 0, 0),
  // ONNX Runtime registers SimplifiedLayerNormalization in the default domain too.
  SimplifiedLayerNormalization: lastAxesNorm(3, [1], false),
  "com.microsoft/SimplifiedLayerNormalization": lastAxesNorm(3, [1], false),
  "com.microsoft/SkipLayerNormalization": skipNorm(5, [2, 3], 4),
  "com.microsoft/SkipSimplifiedLayerNormalization": skipNorm(3, [2], 3),
  "com.microsoft/EmbedLayerNormalization": embedLayerNorm
};

// src/ops/pool.ts
function kernelOf2(ctx) {
  const kernel = ctx.attrs.ints("kernel_shape");
  const x = ctx.input(0);
  if (x.shape.length !== kernel.length + 2) {
    ctx.fail(
      `kernel_shape ${fmtShape(kernel)} needs an input of rank ${kernel.length + 2} ([N, C, spatial...]), got ${fmtShape(x.shape)}`
    );
  }
  return kernel;
}
function poolShape(ctx) {
  const x = ctx.input(0);
  const kernel = kernelOf2(ctx);
  const attrs = ctx.attrs;
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, {
    strides: attrs.ints("strides", []),
    dilations: attrs.ints("dilations", []),
    pads: attrs.ints("pads", []),
    autoPad: attrs.string("auto_pad", "NOTSET"),
    ceilMode: attrs.int("ceil_mode", 0) === 1
  });
  return [x.shape[0], x.shape[1], ...spatial];
}
function windowPool(per, indices = false) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const shape = poolShape(ctx);
      const out = [{ dtype: x.dtype, shape }];
      if (indices) out.push({ dtype: DataType.INT64, shape });
      return out;
    },
    cost(ctx, outputs) {
      const kernel = product(kernelOf2(ctx));
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), per(kernel));
    }
  };
}
function globalPool(perInput, perOutput2) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 3) {
        ctx.fail(`expected an input of shape [N, C, spatial...], got ${fmtShape(x.shape)}`);
      }
      return [
        { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...x.shape.slice(2).map(() => 1)] }
      ];
    },
    cost(ctx, outputs) {
      const dtype = ctx.input(0).dtype;
      const a = costOf(dtype, numel(ctx.input(0).shape), perInput);
      if (!perOutput2) return a;
      const b = costOf(dtype, numel(outputs[0].shape), perOutput2);
      return {
        flops: (a.flops ?? 0) + (b.flops ?? 0),
        transcendentals: (a.transcendentals ?? 0) + (b.transcendentals ?? 0),
        intOps: (a.intOps ?? 0) + (b.intOps ?? 0)
      };
    }
  };
}
var maxUnpool = {
  infer(ctx) {
    const x = ctx.input(0);
    const kernel = kernelOf2(ctx);
    const given = ctx.inputs[2] ? ctx.constant(2) : void 0;
    if (ctx.inputs[2]) {
      if (given && given.length !== x.shape.length) {
        ctx.fail(`output_shape ${fmtShape(given)} must have rank ${x.shape.length}`);
      }
      if (given?.some((d) => d < 0))
        ctx.fail(`MaxUnpool: output_shape ${fmtShape(given)} is negative`);
      const shape = given ?? x.shape.map((_, i) => ctx.symbol(`${ctx.node.name}:${i}`));
      return [{ dtype: x.dtype, shape }];
    }
    const rank = kernel.length;
    const strides2 = ctx.attrs.ints("strides", new Array(rank).fill(1));
    const pads = ctx.attrs.ints("pads", new Array(2 * rank).fill(0));
    const spatial = kernel.map((k, i) => {
      const d = x.shape[i + 2];
      if (typeof d !== "number") return ctx.symbol(`${d}*unpool`);
      return (d - 1) * strides2[i] + k - pads[i] - pads[i + rank];
    });
    return [{ dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...spatial] }];
  },
  metaInputs: [1, 2]
};
var rules17 = {
  MaxPool: windowPool((k) => ({ flops: k }), true),
  AveragePool: windowPool((k) => ({ flops: k })),
  LpPool: windowPool((k) => ({ flops: 2 * k, transcendentals: 1 })),
  GlobalAveragePool: globalPool({ flops: 1 }),
  GlobalMaxPool: globalPool({ flops: 1 }),
  GlobalLpPool: globalPool({ flops: 2 }, { flops: 0, transcendentals: 1 }),
  MaxUnpool: maxUnpool
};

// src/ops/quantized-util.ts
var QUANTIZE_FLOPS = 3;
var DEQUANTIZE_FLOPS = 2;
var REQUANTIZE_INTOPS = 3;
var DYNAMIC_QUANTIZE_FLOPS = 2 + QUANTIZE_FLOPS;
var UINT8 = 2;
var INT32 = 6;
var FLOAT2 = 1;
function matmulGeometry(ctx, ai, bi) {
  const a = ctx.input(ai).shape;
  const b = ctx.input(bi).shape;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`MatMul operands ${fmtShape(a)} and ${fmtShape(b)} must not be scalars`);
  }
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const [m, k] = a2.slice(-2);
  const [kb, n] = b2.slice(-2);
  if (typeof k === "number" && typeof kb === "number" && k !== kb) {
    ctx.fail(`inner dims of ${fmtShape(a)} and ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  const batch = broadcast(ctx, [a2.slice(0, -2), b2.slice(0, -2)]);
  const shape = [...batch, ...a.length === 1 ? [] : [m], ...b.length === 1 ? [] : [n]];
  return { shape, macs: numel([...batch, m, k, n]) };
}
function convGeometry(ctx, xi, wi) {
  const x = ctx.input(xi).shape;
  const w = ctx.input(wi).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must both be [N, C, spatial...]`);
  }
  const group = ctx.attrs.int("group", 1);
  const kernel = ctx.attrs.ints("kernel_shape", []).length ? ctx.attrs.ints("kernel_shape") : w.slice(2);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[1];
  if (typeof x[1] === "number" && typeof cin === "number" && x[1] !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${x[1]} channels; weights ${fmtShape(w)} with group ${group} expect ${cin * group}`
    );
  }
  if (typeof w[0] === "number" && w[0] % group !== 0) {
    ctx.fail(`weights ${fmtShape(w)}: ${w[0]} output channels are not divisible by group ${group}`);
  }
  const { spatial } = windowOutputShape(ctx, x, kernel, {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  });
  const shape = [x[0], w[0], ...spatial];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}
var zeroPointType = (ctx, zp, fallback) => ctx.inputs[zp]?.dtype ?? fallback;

// src/ops/quantized-ms.ts
var SIGMOID_ARITHMETIC = 2;
function binary() {
  return {
    infer(ctx) {
      const shape = broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (2 * DEQUANTIZE_FLOPS + 1 + REQUANTIZE_INTOPS) * numel(y.shape) })
  };
}
function unary(intOps, transcendentals = 0) {
  return {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: ctx.input(0).shape.slice() }],
    cost(_ctx, [y]) {
      const n = numel(y.shape);
      return { intOps: intOps * n, transcendentals: transcendentals * n };
    }
  };
}
var toChannelsFirst = (s, last) => last ? [s[0], s[s.length - 1], ...s.slice(1, -1)] : s;
var fromChannelsFirst = (s, last) => last ? [s[0], ...s.slice(2), s[1]] : s;
function poolShape2(ctx) {
  const x = ctx.input(0).shape;
  const last = !!ctx.attrs.int("channels_last", 0);
  const kernel = ctx.attrs.ints("kernel_shape");
  if (!isStatic(kernel)) ctx.fail("kernel_shape must be static");
  const nc = toChannelsFirst(x, last);
  const { spatial } = windowOutputShape(ctx, nc, kernel, {
    strides: ctx.attrs.ints("strides", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET"),
    ceilMode: !!ctx.attrs.int("ceil_mode", 0)
  });
  return { shape: fromChannelsFirst([nc[0], nc[1], ...spatial], last), kernel };
}
function packing(ctx) {
  if (ctx.input(0).dtype !== DataType.UINT8) return 1;
  const bits = ctx.attrs.int("bits", 4);
  if (bits !== 2 && bits !== 4 && bits !== 8)
    ctx.fail(`GatherBlockQuantized: bits ${bits} is not 2, 4 or 8`);
  return 8 / bits;
}
function gatherBlockQuantized(ctx) {
  const data = ctx.input(0).shape;
  const idx = ctx.input(1).shape;
  const ax = axis(ctx, ctx.attrs.int("gather_axis", 0), data.length);
  const per = packing(ctx);
  const quantizeAxis = axis(ctx, ctx.attrs.int("quantize_axis", 1), data.length);
  if (per > 1 && quantizeAxis !== data.length - 1)
    ctx.fail(
      `GatherBlockQuantized: packed uint8 data ${fmtShape(data)} must quantize its last axis`
    );
  const scales = ctx.input(2).shape;
  if (scales.length !== data.length)
    ctx.fail(
      `GatherBlockQuantized: scales ${fmtShape(scales)} and data ${fmtShape(data)} differ in rank`
    );
  const shape = [...data.slice(0, ax), ...idx, ...data.slice(ax + 1)];
  const last = shape[shape.length - 1];
  if (per > 1)
    shape[shape.length - 1] = typeof last === "number" ? last * per : ctx.symbol(`${last}*${per}`);
  return { out: { dtype: ctx.input(2).dtype, shape }, axis: ax };
}
var rules18 = {
  "com.microsoft/GatherBlockQuantized": {
    infer: (ctx) => [gatherBlockQuantized(ctx).out],
    cost: (_ctx, [y]) => ({ flops: DEQUANTIZE_FLOPS * numel(y.shape) }),
    bytes(ctx, [y]) {
      const { axis: ax } = gatherBlockQuantized(ctx);
      const rows = numel([ctx.input(0).shape[ax]]);
      const table2 = [0, 2, 3].reduce((s, i) => s + tensorBytes(ctx.inputs[i]), 0);
      const picked = numel(ctx.input(1).shape) * table2 / rows;
      return tensorBytes(ctx.inputs[1]) + picked + tensorBytes(y);
    },
    metaInputs: [1],
    // uint8 data packs 8 / bits values per byte, and its zero points one per block (per scale).
    packedWeights(ctx, input2) {
      const per = packing(ctx);
      if (per === 1 || input2 !== 0 && input2 !== 3) return void 0;
      const dtype = per === 2 ? DataType.UINT4 : DataType.UINT2;
      const elements = input2 === 0 ? numel(ctx.input(0).shape) * per : numel(ctx.input(2).shape);
      return { elements, dtype };
    }
  },
  "com.microsoft/QLinearAdd": binary(),
  "com.microsoft/QLinearMul": binary(),
  "com.microsoft/QLinearSigmoid": unary(DEQUANTIZE_FLOPS + SIGMOID_ARITHMETIC + REQUANTIZE_INTOPS, 1),
  "com.microsoft/QLinearLeakyRelu": unary(DEQUANTIZE_FLOPS + 1 + REQUANTIZE_INTOPS),
  "com.microsoft/QLinearConcat": {
    infer(ctx) {
      const count = (ctx.inputs.length - 2) / 3;
      if (count < 1 || !Number.isInteger(count)) {
        ctx.fail(`expects Y_scale, Y_zero_point, then (X, scale, zero point) triples`);
      }
      const parts = Array.from({ length: count }, (_, j) => ctx.input(2 + 3 * j).shape);
      const rank = parts[0].length;
      const ax = axis(ctx, ctx.attrs.int("axis"), rank);
      const shape = parts[0].slice();
      for (const p of parts.slice(1)) {
        if (p.length !== rank || p.some(
          (d, i) => i !== ax && typeof d === "number" && typeof shape[i] === "number" && d !== shape[i]
        )) {
          ctx.fail(`inputs ${parts.map(fmtShape).join(", ")} differ outside axis ${ax}`);
        }
        const a = shape[ax];
        const b = p[ax];
        shape[ax] = typeof a === "number" && typeof b === "number" ? a + b : ctx.symbol(`${ctx.node.name}:concat`);
      }
      return [{ dtype: ctx.inputs[1]?.dtype ?? ctx.input(2).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(y.shape) })
  },
  "com.microsoft/QLinearAveragePool": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: poolShape2(ctx).shape }],
    cost(ctx) {
      const { shape, kernel } = poolShape2(ctx);
      return { intOps: (product(kernel) + DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(shape) };
    }
  },
  "com.microsoft/QLinearGlobalAveragePool": {
    infer(ctx) {
      const x = ctx.input(0).shape;
      if (x.length < 3) ctx.fail(`input ${fmtShape(x)} must be [N, C, spatial...]`);
      const last = !!ctx.attrs.int("channels_last", 0);
      const nc = toChannelsFirst(x, last);
      const shape = fromChannelsFirst([nc[0], nc[1], ...nc.slice(2).map(() => 1)], last);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (ctx, [y]) => ({
      intOps: numel(ctx.input(0).shape) + (DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(y.shape)
    })
  }
};

// src/ops/quantized.ts
function checkScale(ctx, x, si2, zi) {
  const s = ctx.inputs[si2]?.shape;
  if (!s) return;
  const zp = ctx.inputs[zi]?.shape;
  const scalar = (t) => numel(t) === 1;
  const differ2 = zp && !(scalar(zp) && scalar(s)) && (zp.length !== s.length || zp.some((d, i) => d !== s[i]));
  if (differ2) {
    ctx.fail(`zero point ${fmtShape(zp)} must have the shape of the scale ${fmtShape(s)}`);
  }
  if (s.length === 0 || s.length === 1 && s[0] === 1) return;
  const opset = ctx.node.domain === "com.microsoft" ? 21 : ctx.opset;
  if (opset < 13) ctx.fail(`scale ${fmtShape(s)} must be a scalar before opset 13`);
  const ax = axis(ctx, ctx.attrs.int("axis", 1), x.length);
  const block = opset >= 21 ? ctx.attrs.int("block_size", 0) : 0;
  const size = x[ax];
  const ok = block > 0 ? s.length === x.length && s.every(
    (d, i) => i === ax ? typeof size !== "number" || d === Math.ceil(size / block) : typeof d !== "number" || typeof x[i] !== "number" || d === x[i]
  ) : s.length === 1 && (typeof size !== "number" || s[0] === size);
  if (!ok) {
    const how = block > 0 ? `blocks of ${block} along axis ${ax}` : `axis ${ax}`;
    ctx.fail(`scale ${fmtShape(s)} does not match input ${fmtShape(x)} per ${how}`);
  }
}
var perElement = (flops) => (ctx) => ({
  flops: flops * numel(ctx.input(0).shape)
});
function integerDense(geometry, outType, opts) {
  return {
    infer: (ctx) => [{ dtype: outType(ctx), shape: geometry(ctx).shape }],
    cost(ctx) {
      const g = geometry(ctx);
      const out = numel(g.shape);
      const bias = opts.bias !== void 0 && ctx.inputs[opts.bias] ? out : 0;
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (opts.requantize ? REQUANTIZE_INTOPS * out : 0)
      };
    }
  };
}
function toFloat(ctx, g, biasIndex) {
  const out = numel(g.shape);
  return { macs: g.macs, intOps: 2 * g.macs, flops: out + (ctx.inputs[biasIndex] ? out : 0) };
}
function matMulNBitsGeometry(ctx) {
  const a = ctx.input(0).shape;
  const k = ctx.attrs.int("K");
  const n = ctx.attrs.int("N");
  const bits = ctx.attrs.int("bits", 4);
  const block = ctx.attrs.int("block_size");
  if (a.length < 1 || typeof a[a.length - 1] === "number" && a[a.length - 1] !== k) {
    ctx.fail(`A ${fmtShape(a)} must end in K = ${k}`);
  }
  const b = ctx.input(1).shape;
  const blob = block * bits / 8;
  const expected = [n, Math.ceil(k / block), blob];
  if (b.length === 3 && b.some((d, i) => typeof d === "number" && d !== expected[i])) {
    ctx.fail(
      `B ${fmtShape(b)} must be [N, ceil(K / block_size), block_size\xB7bits/8] = ` + fmtShape(expected)
    );
  }
  const shape = [...a.slice(0, -1), n];
  return { shape, macs: numel(a.slice(0, -1)) * k * n, k, n };
}
function qgemmGeometry(ctx) {
  const a = ctx.input(0).shape;
  const b = ctx.input(3).shape;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`A ${fmtShape(a)} and B ${fmtShape(b)} must be 2-D`);
  }
  const [m, k] = ctx.attrs.int("transA", 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int("transB", 0) ? [b[1], b[0]] : b;
  if (typeof k === "number" && typeof kb === "number" && k !== kb) {
    ctx.fail(`inner dims of A ${fmtShape(a)} and B ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  return { shape: [m, n], macs: numel([m, k, n]) };
}
var quantizeLinear = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 21 ? ctx.attrs.int("output_dtype", 0) : 0;
    return [{ dtype: zeroPointType(ctx, 2, attr || UINT8), shape: x.shape.slice() }];
  },
  cost: perElement(QUANTIZE_FLOPS)
};
var dequantizeLinear = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 23 ? ctx.attrs.int("output_dtype", 0) : 0;
    return [{ dtype: attr || (ctx.inputs[1]?.dtype ?? FLOAT2), shape: x.shape.slice() }];
  },
  cost: perElement(DEQUANTIZE_FLOPS)
};
var rules19 = {
  QuantizeLinear: quantizeLinear,
  DequantizeLinear: dequantizeLinear,
  "com.microsoft/QuantizeLinear": quantizeLinear,
  "com.microsoft/DequantizeLinear": dequantizeLinear,
  DynamicQuantizeLinear: {
    infer(ctx) {
      const x = ctx.input(0);
      return [
        { dtype: UINT8, shape: x.shape.slice() },
        { dtype: FLOAT2, shape: [] },
        { dtype: UINT8, shape: [] }
      ];
    },
    cost: perElement(DYNAMIC_QUANTIZE_FLOPS)
  },
  QLinearConv: integerDense(
    (ctx) => convGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    {
      bias: 8,
      requantize: true
    }
  ),
  ConvInteger: integerDense(
    (ctx) => convGeometry(ctx, 0, 1),
    () => INT32,
    { requantize: false }
  ),
  QLinearMatMul: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    { requantize: true }
  ),
  MatMulInteger: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 1),
    () => INT32,
    {
      requantize: false
    }
  ),
  "com.microsoft/QGemm": {
    infer(ctx) {
      const quantized = !!ctx.inputs[7];
      const dtype = quantized ? zeroPointType(ctx, 8, UINT8) : FLOAT2;
      return [{ dtype, shape: qgemmGeometry(ctx).shape }];
    },
    cost(ctx) {
      const g = qgemmGeometry(ctx);
      const out = numel(g.shape);
      const bias = ctx.inputs[6] ? out : 0;
      const quantized = !!ctx.inputs[7];
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (quantized ? REQUANTIZE_INTOPS * out : 0),
        flops: quantized ? 0 : out
      };
    }
  },
  "com.microsoft/MatMulIntegerToFloat": {
    infer: (ctx) => [
      { dtype: ctx.inputs[2]?.dtype ?? FLOAT2, shape: matmulGeometry(ctx, 0, 1).shape }
    ],
    cost: (ctx) => toFloat(ctx, matmulGeometry(ctx, 0, 1), 6)
  },
  "com.microsoft/DynamicQuantizeMatMul": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matmulGeometry(ctx, 0, 1).shape }],
    cost(ctx) {
      const c = toFloat(ctx, matmulGeometry(ctx, 0, 1), 4);
      const quantizeA = DYNAMIC_QUANTIZE_FLOPS * numel(ctx.input(0).shape);
      return { ...c, flops: (c.flops ?? 0) + quantizeA };
    }
  },
  "com.microsoft/MatMulNBits": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matMulNBitsGeometry(ctx).shape }],
    cost(ctx) {
      const g = matMulNBitsGeometry(ctx);
      const bias = ctx.inputs[5] ? numel(g.shape) : 0;
      return { macs: g.macs, flops: 2 * g.macs + DEQUANTIZE_FLOPS * g.k * g.n + bias };
    },
    metaInputs: [4],
    // B packs K·N weights of `bits` bits into uint8 blobs, and uint8 zero points pack one value
    // per block (N·ceil(K / block_size)) the same way; they are params of the sub-byte type.
    // Zero points of A's float type are unpacked: counted as they are.
    packedWeights(ctx, input2) {
      const zeroPoints = input2 === 3 && ctx.inputs[3]?.dtype === DataType.UINT8;
      if (input2 !== 1 && !zeroPoints) return void 0;
      const bits = ctx.attrs.int("bits", 4);
      const dtype = bits === 4 ? DataType.UINT4 : bits === 2 ? DataType.UINT2 : DataType.UINT8;
      const k = ctx.attrs.int("K");
      const n = ctx.attrs.int("N");
      const elements = input2 === 1 ? k * n : n * Math.ceil(k / ctx.attrs.int("block_size"));
      return { elements, dtype };
    }
  }
};

// src/ops/random.ts
var UNIFORM = { flops: 2 };
var NORMAL = { flops: 5, transcendentals: 3 };
var BERNOULLI = { flops: 1 };
var MULTINOMIAL_PER_LOGIT = { flops: 3, transcendentals: 1 };
var perOutput = (per) => (_ctx, outputs) => costOf(outputs[0].dtype, numel(outputs[0].shape), per);
function generator(per) {
  return {
    infer(ctx) {
      if (!ctx.attrs.has("shape")) ctx.fail(`${ctx.node.opType} needs the shape attribute`);
      const shape = ctx.attrs.ints("shape");
      if (shape.some((d) => d < 0))
        ctx.fail(`${ctx.node.opType}: negative shape ${fmtShape(shape)}`);
      return [{ dtype: ctx.attrs.int("dtype", DataType.FLOAT), shape }];
    },
    cost: perOutput(per)
  };
}
function generatorLike(per) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: ctx.attrs.int("dtype", x.dtype), shape: x.shape.slice() }];
    },
    cost: perOutput(per),
    bytes: (_ctx, outputs) => tensorBytes(outputs[0]),
    metaInputs: [0]
  };
}
function logits(ctx) {
  const x = ctx.input(0).shape;
  if (x.length !== 2) ctx.fail(`Multinomial needs [batch, classes] logits, got ${fmtShape(x)}`);
  return [x[0], x[1]];
}
var multinomial = {
  infer(ctx) {
    const [batch] = logits(ctx);
    const samples2 = ctx.attrs.int("sample_size", 1);
    if (samples2 < 0) ctx.fail(`Multinomial: sample_size ${samples2} is negative`);
    return [{ dtype: ctx.attrs.int("dtype", DataType.INT32), shape: [batch, samples2] }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const [, classes] = logits(ctx);
    const search = Math.ceil(Math.log2(numel([classes])));
    const table2 = costOf(x.dtype, numel(x.shape), MULTINOMIAL_PER_LOGIT);
    const draws = costOf(x.dtype, numel(outputs[0].shape), { flops: 1 + search });
    return {
      flops: (table2.flops ?? 0) + (draws.flops ?? 0),
      transcendentals: table2.transcendentals ?? 0,
      intOps: (table2.intOps ?? 0) + (draws.intOps ?? 0)
    };
  }
};
var rules20 = {
  RandomNormal: generator(NORMAL),
  RandomUniform: generator(UNIFORM),
  RandomNormalLike: generatorLike(NORMAL),
  RandomUniformLike: generatorLike(UNIFORM),
  Bernoulli: {
    infer(ctx) {
      const p = ctx.input(0);
      return [{ dtype: ctx.attrs.int("dtype", p.dtype), shape: p.shape.slice() }];
    },
    // The draw compares in the probabilities' (float) type whatever the output dtype.
    cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), BERNOULLI)
  },
  Multinomial: multinomial
};

// src/ops/reduce.ts
function reduceAxes(ctx, rank) {
  const fromInput = ctx.opset >= (ctx.node.opType === "ReduceSum" ? 13 : 18);
  let axes;
  if (!fromInput) axes = ctx.attrs.ints("axes", []);
  else if (!ctx.inputs[1]) axes = [];
  else axes = ctx.constant(1);
  if (!axes) return void 0;
  if (axes.length === 0) {
    if (fromInput && ctx.attrs.int("noop_with_empty_axes", 0) === 1) return "noop";
    return Array.from({ length: rank }, (_, i) => i);
  }
  const norm = axes.map((a) => axis(ctx, a, rank));
  return [...new Set(norm)].sort((a, b) => a - b);
}
function unknownAxesCount(ctx, rank) {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === void 0 || k === 0) return NaN;
  if (k > rank) ctx.fail(`${ctx.node.opType}: ${k} axes for an input of rank ${rank}`);
  return k;
}
var reducedShape = (shape, axes, keep2) => shape.flatMap((d, i) => axes.includes(i) ? keep2 ? [1] : [] : [d]);
function reduceInfer(ctx, spec) {
  const x = ctx.input(0);
  const keep2 = ctx.attrs.int("keepdims", 1) === 1;
  const axes = reduceAxes(ctx, x.shape.length);
  if (axes === "noop") return [{ dtype: x.dtype, shape: x.shape, value: ctx.constant(0) }];
  if (!axes) {
    const rank = keep2 ? x.shape.length : x.shape.length - unknownAxesCount(ctx, x.shape.length);
    if (Number.isNaN(rank)) return [{ dtype: x.dtype }];
    return [
      {
        dtype: x.dtype,
        shape: Array.from({ length: rank }, (_, i) => ctx.symbol(`${ctx.node.name}:${i}`))
      }
    ];
  }
  const shape = reducedShape(x.shape, axes, keep2);
  const value = spec.fold && foldReduce(ctx, x.shape, axes, spec.fold);
  return [value ? { dtype: x.dtype, shape, value } : { dtype: x.dtype, shape }];
}
function foldReduce(ctx, shape, axes, fold2) {
  const values = ctx.constant(0);
  if (!values || !isStatic(shape) || values.length > MAX_FOLD_ELEMENTS) return void 0;
  if (values.length !== numel(shape)) return void 0;
  const kept = shape.map((d, i) => axes.includes(i) ? 1 : d);
  const outStrides = strides(kept);
  const inStrides = strides(shape);
  const out = new Array(numel(kept)).fill(fold2.init);
  values.forEach((v, flat) => {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      const idx = Math.floor(flat / inStrides[d]) % shape[d];
      if (!axes.includes(d)) o += idx * outStrides[d];
    }
    out[o] = fold2.step(out[o], v);
  });
  return out;
}
function reduceCost(ctx, outputs, spec) {
  const x = ctx.input(0);
  if (reduceAxes(ctx, x.shape.length) === "noop") return {};
  const a = costOf(x.dtype, numel(x.shape), spec.perInput);
  const b = spec.perOutput ? costOf(x.dtype, numel(outputs[0].shape), spec.perOutput) : {};
  return sum(a, b);
}
var sum = (a, b) => {
  const out = {};
  for (const k of ["flops", "transcendentals", "intOps"]) {
    if (a[k] !== void 0 || b[k] !== void 0) out[k] = (a[k] ?? 0) + (b[k] ?? 0);
  }
  return out;
};
function reduce(spec) {
  return {
    infer: (ctx) => reduceInfer(ctx, spec),
    cost: (ctx, outputs) => reduceCost(ctx, outputs, spec),
    metaInputs: [1]
  };
}
var argReduce = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
    const keep2 = ctx.attrs.int("keepdims", 1) === 1;
    return [{ dtype: DataType.INT64, shape: reducedShape(x.shape, [ax], keep2) }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 })
};
var cumSum = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = ctx.constant(1);
    if (ax && ax.length !== 1) ctx.fail(`CumSum: axis must be a scalar, got ${ax.length} values`);
    if (ax) axis(ctx, ax[0], x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 }),
  metaInputs: [1]
};
function topKCount(ctx) {
  if (ctx.opset < 10) return ctx.attrs.int("k");
  const k = ctx.constant(1);
  if (k && k.length !== 1) ctx.fail(`TopK: K must hold one value, got ${k.length}`);
  return k?.[0];
}
var topK = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const k = topKCount(ctx);
    const n = x.shape[ax];
    if (k !== void 0 && (k < 0 || typeof n === "number" && k > n)) {
      ctx.fail(`TopK: k = ${k} is out of range for axis ${ax} of ${fmtShape(x.shape)}`);
    }
    const shape = x.shape.slice();
    shape[ax] = k ?? ctx.symbol(`${ctx.node.name}:k`);
    return [
      { dtype: x.dtype, shape },
      { dtype: DataType.INT64, shape }
    ];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const k = numel([outputs[0].shape[ax]]);
    const depth = Math.max(1, Math.ceil(Math.log2(k)));
    return costOf(x.dtype, numel(x.shape) * depth, { flops: 1 });
  },
  metaInputs: [1]
};
var ONE2 = { flops: 1 };
var rules21 = {
  ReduceSum: reduce({ perInput: ONE2, fold: { init: 0, step: (a, x) => a + x } }),
  ReduceProd: reduce({ perInput: ONE2, fold: { init: 1, step: (a, x) => a * x } }),
  ReduceMax: reduce({ perInput: ONE2, fold: { init: -Infinity, step: Math.max } }),
  ReduceMin: reduce({ perInput: ONE2, fold: { init: Infinity, step: Math.min } }),
  ReduceMean: reduce({ perInput: ONE2 }),
  ReduceL1: reduce({ perInput: { flops: 2 } }),
  ReduceSumSquare: reduce({ perInput: { flops: 2 } }),
  ReduceL2: reduce({ perInput: { flops: 2 }, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSum: reduce({ perInput: ONE2, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSumExp: reduce({
    perInput: { flops: 3, transcendentals: 1 },
    perOutput: { flops: 1, transcendentals: 1 }
  }),
  ArgMax: argReduce,
  ArgMin: argReduce,
  CumSum: cumSum,
  TopK: topK
};

// src/ops/rnn.ts
var KINDS = {
  LSTM: {
    gates: 4,
    activations: ["Sigmoid", "Tanh", "Tanh"],
    uses: [3, 1, 1],
    gateFlops: 4,
    outputs: 3
  },
  GRU: { gates: 3, activations: ["Sigmoid", "Tanh"], uses: [2, 1], gateFlops: 5, outputs: 2 },
  RNN: { gates: 1, activations: ["Tanh"], uses: [1], gateFlops: 0, outputs: 2 }
};
var PEEPHOLE_INDEX = 7;
var PEEPHOLE_FLOPS = 6;
function expectShape(ctx, name3, index, want) {
  const v = ctx.inputs[index];
  if (!v?.shape) return;
  const ok = v.shape.length === want.length && v.shape.every((d, i) => typeof d !== "number" || typeof want[i] !== "number" || d === want[i]);
  if (!ok) ctx.fail(`${ctx.node.opType}: ${name3} ${fmtShape(v.shape)} must be ${fmtShape(want)}`);
}
function dimsOf(ctx, kind) {
  const op = ctx.node.opType;
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  const r = ctx.input(2).shape;
  if (x.length !== 3) ctx.fail(`${op}: X ${fmtShape(x)} must have 3 dims`);
  const direction = ctx.attrs.string("direction", "forward");
  if (!["forward", "reverse", "bidirectional"].includes(direction)) {
    ctx.fail(`${op}: unknown direction "${direction}"`);
  }
  const dirs = direction === "bidirectional" ? 2 : 1;
  const layout = ctx.opset >= 14 ? ctx.attrs.int("layout", 0) : 0;
  const [steps, batch] = layout === 0 ? [x[0], x[1]] : [x[1], x[0]];
  const hidden = ctx.attrs.has("hidden_size") ? ctx.attrs.int("hidden_size") : r[2];
  const gh = typeof hidden === "number" ? kind.gates * hidden : w[1];
  expectShape(ctx, "W", 1, [dirs, gh, x[2]]);
  expectShape(ctx, "R", 2, [dirs, gh, hidden]);
  expectShape(ctx, "B", 3, [dirs, typeof gh === "number" ? 2 * gh : "2GH"]);
  expectShape(ctx, "sequence_lens", 4, [batch]);
  const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
  expectShape(ctx, "initial_h", 5, state);
  if (kind.gates === 4) {
    expectShape(ctx, "initial_c", 6, state);
    expectShape(ctx, "P", PEEPHOLE_INDEX, [dirs, typeof hidden === "number" ? 3 * hidden : "3H"]);
  }
  return { steps, batch, input: x[2], hidden, dirs, layout };
}
function activationsOf(ctx, kind, dirs) {
  const given = ctx.attrs.strings("activations", []);
  const n = kind.activations.length;
  if (given.length === 0) return Array.from({ length: dirs }, () => kind.activations);
  if (given.length !== n * dirs) {
    ctx.fail(`${ctx.node.opType}: activations lists ${given.length} names, expected ${n * dirs}`);
  }
  return Array.from({ length: dirs }, (_, d) => given.slice(d * n, (d + 1) * n));
}
function recurrent(kind) {
  return {
    // sequence_lens, and initial_h / initial_c: a start state (usually zeros), not a weight.
    metaInputs: [4, 5, 6],
    infer(ctx) {
      const { steps, batch, hidden, dirs, layout } = dimsOf(ctx, kind);
      activationsOf(ctx, kind, dirs).flat().forEach((a) => activationCost(ctx, a));
      const dtype = ctx.input(0).dtype;
      const y = layout === 0 ? [steps, dirs, batch, hidden] : [batch, steps, dirs, hidden];
      const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
      const outs = [
        { dtype, shape: y },
        { dtype, shape: state }
      ];
      if (kind.outputs === 3) outs.push({ dtype, shape: state });
      return outs;
    },
    cost(ctx) {
      const d = dimsOf(ctx, kind);
      const units = numel([d.steps, d.batch, d.hidden]);
      const macs = d.dirs * units * kind.gates * (numel([d.input]) + numel([d.hidden]));
      let perUnit = kind.gateFlops;
      if (ctx.inputs[3]) perUnit += 2 * kind.gates;
      if (ctx.attrs.has("clip")) perUnit += 2 * kind.gates;
      if (kind.gates === 4 && ctx.inputs[PEEPHOLE_INDEX]) perUnit += PEEPHOLE_FLOPS;
      let actFlops = 0;
      let transcendentals = 0;
      for (const names of activationsOf(ctx, kind, d.dirs)) {
        names.forEach((name3, i) => {
          const c = activationCost(ctx, name3);
          actFlops += kind.uses[i] * c.flops * units;
          transcendentals += kind.uses[i] * c.transcendentals * units;
        });
      }
      return denseCost(
        ctx.input(0).dtype,
        macs,
        perUnit * d.dirs * units + actFlops,
        transcendentals
      );
    }
  };
}
var rules22 = {
  LSTM: recurrent(KINDS.LSTM),
  GRU: recurrent(KINDS.GRU),
  RNN: recurrent(KINDS.RNN)
};

// src/ops/shape.ts
var passValue = (ctx, dtype, shape) => foldDeferred(dtype, shape, () => constantOf(ctx, 0));
var view = (infer, metaInputs = []) => ({
  infer,
  bytes: "view",
  metaInputs
});
function reshapeDims(ctx, input2, target, allowZero) {
  const where3 = `Reshape of ${fmtShape(input2)} to [${target.join(", ")}]`;
  const out = target.map((t, i) => {
    if (t < -1) ctx.fail(`${where3}: ${t} is not a valid dim`);
    if (t !== 0 || allowZero) return t;
    if (i >= input2.length) ctx.fail(`${where3}: 0 at position ${i} copies a dim that is missing`);
    return input2[i];
  });
  const inferred = out.indexOf(-1);
  if (inferred !== out.lastIndexOf(-1)) ctx.fail(`${where3}: more than one -1`);
  if (inferred < 0) {
    const [a, b] = [numel(input2), numel(out)];
    if (a === a && b === b && a !== b) ctx.fail(`${where3}: ${a} elements cannot become ${b}`);
    return out;
  }
  out[inferred] = inferredDim(
    ctx,
    input2,
    out.filter((_, i) => i !== inferred),
    where3
  );
  return out;
}
function inferredDim(ctx, input2, others, where3) {
  const left = input2.filter((d) => typeof d === "string");
  for (const d of others) {
    if (typeof d !== "string") continue;
    const k = left.indexOf(d);
    if (k < 0) return freshDim(ctx);
    left.splice(k, 1);
  }
  const numIn = input2.reduce((a, d) => typeof d === "number" ? a * d : a, 1);
  const numOut = others.reduce((a, d) => typeof d === "number" ? a * d : a, 1);
  if (numOut === 0) ctx.fail(`${where3}: -1 cannot be inferred beside a 0 dim`);
  if (left.length === 0) {
    if (numIn % numOut !== 0) ctx.fail(`${where3}: ${numIn} elements do not divide by ${numOut}`);
    return numIn / numOut;
  }
  return left.length === 1 && numIn === numOut ? left[0] : freshDim(ctx);
}
function squeezeShape(ctx, shape, axes) {
  if (axes === null || axes.length === 0) {
    if (shape.some((d) => typeof d === "string"))
      ctx.note("Squeeze without axes: symbolic dims are assumed not to be 1");
    return shape.filter((d) => d !== 1);
  }
  const drop = new Set(normAxes(ctx, axes, shape.length));
  for (const a of drop) {
    if (typeof shape[a] === "number" && shape[a] !== 1)
      ctx.fail(`Squeeze of ${fmtShape(shape)}: axis ${a} has size ${shape[a]}, not 1`);
  }
  return shape.filter((_, i) => !drop.has(i));
}
function unsqueezeShape(ctx, shape, axes) {
  const rank = shape.length + axes.length;
  const added = new Set(normAxes(ctx, axes, rank));
  const out = [];
  let k = 0;
  for (let i = 0; i < rank; i++) out.push(added.has(i) ? 1 : shape[k++]);
  return out;
}
function unknownAxes(ctx, x, sign) {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === void 0 || sign === -1 && k === 0) return { dtype: x.dtype };
  const rank = x.shape.length + sign * k;
  if (rank < 0) ctx.fail(`Squeeze: ${k} axes for an input of rank ${x.shape.length}`);
  return { dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx, "axes")) };
}
function shapeRange(ctx, rank) {
  if (ctx.opset < 15) return [0, rank];
  const norm = (x) => clamp(x < 0 ? x + rank : x, 0, rank);
  return [norm(ctx.attrs.int("start", 0)), norm(ctx.attrs.int("end", rank))];
}
function constantValue(ctx) {
  const a = ctx.attrs;
  const t = a.tensor("value") ?? a.tensor("sparse_value");
  if (t) return t;
  if (a.has("value_float"))
    return { dtype: DataType.FLOAT, shape: [], value: [a.float("value_float")] };
  if (a.has("value_floats")) {
    const v = a.floats("value_floats");
    return { dtype: DataType.FLOAT, shape: [v.length], value: v };
  }
  if (a.has("value_int")) return { dtype: INT64, shape: [], value: [a.int("value_int")] };
  if (a.has("value_ints")) {
    const v = a.ints("value_ints");
    return { dtype: INT64, shape: [v.length], value: v };
  }
  if (a.has("value_string")) return { dtype: DataType.STRING, shape: [] };
  const strings2 = ctx.node.attributes.get("value_strings");
  if (strings2?.type === "strings") return { dtype: DataType.STRING, shape: [strings2.value.length] };
  return ctx.fail(
    "Constant has none of value, sparse_value, value_float(s), value_int(s), value_string(s)"
  );
}
function rangeLength(ctx, dtype, [start, limit, delta2]) {
  if (delta2 === 0) ctx.fail("Range: delta is 0");
  return Math.max(Math.ceil(roundToDtype(limit - start, dtype) / delta2), 0);
}
function rangeValues(dtype, n, start, delta2) {
  const out = new Array(n);
  let v = start;
  for (let i = 0; i < n; i++) {
    out[i] = v;
    v = roundToDtype(v + delta2, dtype);
  }
  return out;
}
var scalarOf = (ctx, i) => {
  const v = constantOf(ctx, i);
  return v && v.length === 1 ? v[0] : void 0;
};
var rules23 = {
  // A Constant is stored with the weights: producing it moves nothing at run time (its readers
  // count the read).
  Constant: { infer: (ctx) => [constantValue(ctx)], bytes: () => 0 },
  ConstantOfShape: {
    infer(ctx) {
      const fillTensor = ctx.attrs.tensor("value");
      const dtype = fillTensor?.dtype ?? DataType.FLOAT;
      const dims = ctx.constant(0);
      const rank = rankOfShapeTensor(ctx.input(0));
      let shape;
      if (dims) shape = dims;
      else if (rank !== void 0) shape = Array.from({ length: rank }, () => freshDim(ctx));
      if (dims?.some((d) => d < 0))
        ctx.fail(`ConstantOfShape: negative dim in [${dims.join(", ")}]`);
      return [
        foldDeferred(dtype, shape, (s) => {
          const fill = fillTensor ? (fillTensor.value ?? fillTensor.lazy?.())?.[0] : 0;
          return fill === void 0 ? void 0 : new Array(numel(s)).fill(fill);
        })
      ];
    },
    metaInputs: [0]
  },
  Shape: {
    infer(ctx) {
      const x = ctx.input(0);
      const [start, end] = shapeRange(ctx, x.shape.length);
      const dims = x.shape.slice(start, Math.max(start, end));
      return [fold(INT64, [dims.length], () => isStatic(dims) ? dims : void 0)];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0])
  },
  Size: {
    infer(ctx) {
      const n = numel(ctx.input(0).shape);
      return [fold(INT64, [], () => n === n ? [n] : void 0)];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0])
  },
  Reshape: view(
    (ctx) => {
      const x = ctx.input(0);
      const target = ctx.opset >= 5 ? ctx.constant(1) : ctx.attrs.ints("shape");
      const allowZero = ctx.opset >= 14 && ctx.attrs.int("allowzero", 0) === 1;
      if (!target) {
        const rank = rankOfShapeTensor(ctx.inputs[1]);
        if (rank === void 0) return [{ dtype: x.dtype }];
        return [{ dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx)) }];
      }
      return [passValue(ctx, x.dtype, reshapeDims(ctx, x.shape, target, allowZero))];
    },
    [1]
  ),
  Flatten: view((ctx) => {
    const x = ctx.input(0);
    const r = x.shape.length;
    const a = ctx.attrs.int("axis", 1);
    const at = a === r ? r : axis(ctx, a, Math.max(r, 1));
    const shape = [dimProduct(ctx, x.shape.slice(0, at)), dimProduct(ctx, x.shape.slice(at))];
    return [passValue(ctx, x.dtype, shape)];
  }),
  Squeeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, "axes", 13);
      if (axes === void 0) return [unknownAxes(ctx, x, -1)];
      return [passValue(ctx, x.dtype, squeezeShape(ctx, x.shape, axes))];
    },
    [1]
  ),
  Unsqueeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, "axes", 13);
      if (axes === null) return ctx.fail("Unsqueeze needs axes");
      if (axes === void 0) return [unknownAxes(ctx, x, 1)];
      return [passValue(ctx, x.dtype, unsqueezeShape(ctx, x.shape, axes))];
    },
    [1]
  ),
  Identity: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail("Identity has no input");
    if (x.kind) return [{ ...x }];
    return [passValue(ctx, x.dtype, x.shape)];
  }),
  Cast: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.attrs.int("to");
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    }
  },
  CastLike: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.input(1).dtype;
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    },
    metaInputs: [1]
  },
  Range: {
    infer(ctx) {
      const dtype = ctx.input(0).dtype;
      const [start, limit, delta2] = [0, 1, 2].map((i) => scalarOf(ctx, i));
      if (start === void 0 || limit === void 0 || delta2 === void 0)
        return [{ dtype, shape: [freshDim(ctx, "range")] }];
      const n = rangeLength(ctx, dtype, [start, limit, delta2]);
      return [foldDeferred(dtype, [n], () => rangeValues(dtype, n, start, delta2))];
    },
    metaInputs: [0, 1, 2]
  },
  EyeLike: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length !== 2) ctx.fail(`EyeLike needs a 2-D input, got ${fmtShape(x.shape)}`);
      const dtype = ctx.attrs.int("dtype", x.dtype);
      const k = ctx.attrs.int("k", 0);
      return [
        foldDeferred(
          dtype,
          x.shape,
          ([, cols]) => Array.from(
            { length: numel(x.shape) },
            (_, f) => f % cols === Math.floor(f / cols) + k ? 1 : 0
          )
        )
      ];
    }
  },
  Optional: view((ctx) => {
    const x = ctx.inputs[0];
    return [{ dtype: x?.dtype ?? 0, shape: x?.shape, kind: "optional" }];
  }),
  OptionalHasElement: view((ctx) => {
    const x = ctx.inputs[0];
    return [
      x ? { dtype: DataType.BOOL, shape: [] } : { dtype: DataType.BOOL, shape: [], value: [0] }
    ];
  }),
  OptionalGetElement: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail("OptionalGetElement has no input");
    return [{ dtype: x.dtype, shape: x.shape, value: foldedValueOf(x) }];
  })
};

// src/ops/signal.ts
var fftFlops = (n) => typeof n === "number" ? 5 * n * Math.log2(n) : NaN;
function scalarArg(ctx, i, what) {
  if (!ctx.inputs[i]) return void 0;
  const v = constantOf(ctx, i);
  if (v && v.length !== 1) ctx.fail(`${ctx.node.opType}: ${what} must be a scalar`);
  return v?.[0];
}
function sizeArg(ctx, i, what, min = 1) {
  const v = scalarArg(ctx, i, what);
  if (v === void 0) return freshDim(ctx, what);
  if (!(v >= min)) ctx.fail(`${ctx.node.opType}: ${what} ${v} must be at least ${min}`);
  return v;
}
var halfPlusOne = (n, ctx) => typeof n === "number" ? Math.floor(n / 2) + 1 : freshDim(ctx, "bins");
function components(ctx, shape) {
  const c = shape[shape.length - 1];
  if (typeof c === "number" && c !== 1 && c !== 2)
    ctx.fail(`${ctx.node.opType}: the last dim of ${fmtShape(shape)} must be 1 (real) or 2`);
  return c;
}
function dftAxis(ctx, rank) {
  const a = ctx.opset >= 20 ? ctx.inputs[2] ? scalarArg(ctx, 2, "axis") : -2 : ctx.attrs.int("axis", 1);
  if (a === void 0) return void 0;
  const r = axis(ctx, a, rank);
  if (r === rank - 1) ctx.fail(`DFT: axis ${a} is the components dim of the input`);
  return r;
}
function dftGeometry(ctx) {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`DFT needs [batch, signal..., 1 or 2], got ${fmtShape(x)}`);
  const c = components(ctx, x);
  const inverse = ctx.attrs.int("inverse", 0) === 1;
  const onesided = ctx.attrs.int("onesided", 0) === 1;
  if (onesided && !inverse && c === 2)
    ctx.fail(`DFT: a one-sided forward DFT needs a real input (last dim 1), got ${fmtShape(x)}`);
  const ax = dftAxis(ctx, x.length);
  if (ax === void 0) {
    const out2 = [...x.slice(0, -1).map(() => freshDim(ctx, "dft")), inverse && onesided ? 1 : 2];
    return { out: out2, n: freshDim(ctx, "dft"), transforms: NaN };
  }
  const d = x[ax];
  const dflt = inverse && onesided ? typeof d === "number" ? 2 * (d - 1) : freshDim(ctx) : d;
  const n = ctx.inputs[1] ? sizeArg(ctx, 1, "dft_length") : dflt;
  const out = x.slice();
  out[ax] = onesided && !inverse ? halfPlusOne(n, ctx) : n;
  out[x.length - 1] = inverse && onesided ? 1 : 2;
  const others = x.filter((_, i) => i !== ax && i !== x.length - 1);
  return { out, n, transforms: numel(others) };
}
function stftGeometry(ctx) {
  const x = ctx.input(0).shape;
  if (x.length !== 3) ctx.fail(`STFT needs a [batch, length, 1 or 2] signal, got ${fmtShape(x)}`);
  const c = components(ctx, x);
  const onesided = ctx.attrs.int("onesided", 1) === 1;
  const window = ctx.inputs[2] ? ctx.input(2).shape : void 0;
  if (window && window.length !== 1) ctx.fail(`STFT: window ${fmtShape(window)} must be 1-D`);
  const given = ctx.inputs[3] ? sizeArg(ctx, 3, "frame_length") : void 0;
  const frameLength = given ?? window?.[0];
  if (frameLength === void 0) ctx.fail("STFT needs a window or a frame_length");
  if (typeof given === "number" && typeof window?.[0] === "number" && window[0] !== given)
    ctx.fail(`STFT: window ${fmtShape(window)} does not match frame_length ${given}`);
  const step = sizeArg(ctx, 1, "frame_step");
  const length = x[1];
  let frames = freshDim(ctx, "frames");
  if (typeof length === "number" && typeof frameLength === "number" && typeof step === "number") {
    if (length < frameLength)
      ctx.fail(`STFT: signal ${fmtShape(x)} is shorter than the frame length ${frameLength}`);
    frames = Math.floor((length - frameLength) / step) + 1;
  }
  const bins = onesided ? halfPlusOne(frameLength, ctx) : frameLength;
  return {
    out: [x[0], frames, bins, 2],
    frameLength,
    frames: numel([x[0], frames]),
    windowed: !!window,
    complex: c === 2
  };
}
function windowRule(flops, transcendentals) {
  return {
    infer: (ctx) => [
      {
        dtype: ctx.attrs.int("output_datatype", DataType.FLOAT),
        shape: [sizeArg(ctx, 0, "size", 0)]
      }
    ],
    cost(_ctx, outputs) {
      const n = numel(outputs[0].shape);
      return { flops: flops * n, transcendentals: transcendentals * n };
    },
    metaInputs: [0]
  };
}
var dft = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: dftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = dftGeometry(ctx);
    return { flops: g.transforms * fftFlops(g.n) };
  },
  metaInputs: [1, 2]
};
var stft = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: stftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = stftGeometry(ctx);
    const windowFlops = g.windowed ? (g.complex ? 2 : 1) * numel([g.frameLength]) : 0;
    return { flops: g.frames * (fftFlops(g.frameLength) + windowFlops) };
  },
  metaInputs: [1, 2, 3]
};
var melWeightMatrix = {
  infer(ctx) {
    const bins = sizeArg(ctx, 0, "num_mel_bins");
    const n = sizeArg(ctx, 1, "dft_length");
    const dtype = ctx.attrs.int("output_datatype", DataType.FLOAT);
    return [{ dtype, shape: [halfPlusOne(n, ctx), bins] }];
  },
  cost: () => ({}),
  metaInputs: [0, 1, 2, 3, 4]
};
var rules24 = {
  DFT: dft,
  STFT: stft,
  HannWindow: windowRule(3, 1),
  HammingWindow: windowRule(3, 1),
  BlackmanWindow: windowRule(6, 2),
  MelWeightMatrix: melWeightMatrix
};

// src/ops/text.ts
var stringNormalizer = {
  infer(ctx) {
    const x = ctx.input(0);
    const r = x.shape.length;
    if (r !== 1 && !(r === 2 && (x.shape[0] === 1 || typeof x.shape[0] === "string"))) {
      ctx.fail(`StringNormalizer needs [C] or [1, C], got ${fmtShape(x.shape)}`);
    }
    const stopwords = ctx.attrs.strings("stopwords", []);
    if (stopwords.length === 0) return [{ dtype: x.dtype, shape: x.shape }];
    const shape = x.shape.slice();
    shape[r - 1] = freshDim(ctx, "kept");
    return [{ dtype: x.dtype, shape }];
  }
};
function ngramWindows(l, minN, maxN, maxSkip) {
  let windows = 0;
  for (let n = Math.max(minN, 1); n <= maxN; n++) {
    const skips = n === 1 ? 0 : maxSkip;
    for (let s = 0; s <= skips; s++) windows += Math.max(0, l - (n - 1) * (s + 1));
  }
  return windows;
}
var tfIdfVectorizer = {
  infer(ctx) {
    const x = ctx.input(0);
    if (x.shape.length !== 1 && x.shape.length !== 2) {
      ctx.fail(`TfIdfVectorizer needs [L] or [N, L], got ${fmtShape(x.shape)}`);
    }
    const indexes = ctx.attrs.ints("ngram_indexes");
    const c = indexes.length ? Math.max(...indexes) + 1 : 0;
    const shape = x.shape.length === 2 ? [x.shape[0], c] : [c];
    return [{ dtype: DataType.FLOAT, shape }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const l = x.shape[x.shape.length - 1];
    const rows = x.shape.length === 2 ? x.shape[0] : 1;
    const a = ctx.attrs;
    const windows = typeof l === "number" ? ngramWindows(
      l,
      a.int("min_gram_length"),
      a.int("max_gram_length"),
      a.int("max_skip_count")
    ) : NaN;
    const weighted = a.string("mode") === "TFIDF";
    return {
      intOps: (typeof rows === "number" ? rows : NaN) * windows,
      flops: weighted ? numel(outputs[0].shape) : 0
    };
  }
};
var rules25 = {
  StringNormalizer: stringNormalizer,
  TfIdfVectorizer: tfIdfVectorizer
};

// src/ops/training.ts
function optimizer(groups, outputGroups, per) {
  const count = (ctx) => {
    const n = (ctx.inputs.length - 2) / groups;
    if (!Number.isInteger(n) || n < 1) {
      ctx.fail(
        `${ctx.node.opType}: ${ctx.inputs.length} inputs; expected R, T and ${groups} tensors per variable`
      );
    }
    return n;
  };
  return {
    infer(ctx) {
      const n = count(ctx);
      const outputs = [];
      for (const g of outputGroups) {
        for (let i = 0; i < n; i++) {
          const v = ctx.input(2 + g * n + i);
          const x = ctx.input(2 + i);
          const clash = v.shape.length !== x.shape.length || v.shape.some(
            (d, k) => typeof d === "number" && typeof x.shape[k] === "number" && d !== x.shape[k]
          );
          if (clash) {
            ctx.fail(
              `${ctx.node.opType}: input ${2 + g * n + i} ${fmtShape(v.shape)} must have the shape of X${i + 1} ${fmtShape(x.shape)}`
            );
          }
          outputs.push({ dtype: v.dtype, shape: v.shape });
        }
      }
      return outputs;
    },
    cost(ctx) {
      const n = count(ctx);
      let elements = 0;
      for (let i = 0; i < n; i++) elements += numel(ctx.input(2 + i).shape);
      return costOf(ctx.input(2).dtype, elements, per(ctx));
    },
    metaInputs: [0, 1]
  };
}
function momentum(ctx) {
  const mode = ctx.attrs.string("mode");
  if (mode === "standard") return { flops: 7 };
  if (mode === "nesterov") return { flops: 8 };
  return ctx.fail(`Momentum: unknown mode "${mode}" (expected standard or nesterov)`);
}
var gradient = {
  infer(ctx) {
    const xs = ctx.attrs.strings("xs");
    if (xs.length > ctx.inputs.length) {
      ctx.fail(`Gradient: ${xs.length} tensors in xs, but only ${ctx.inputs.length} inputs`);
    }
    ctx.flag("Gradient: the backward pass is not costed");
    return xs.map((_, i) => {
      const x = ctx.input(i);
      return { dtype: x.dtype, shape: x.shape };
    });
  }
};
var D = "ai.onnx.preview.training";
var rules26 = {
  // Inputs R, T, X..., G..., H...; outputs X'..., H'...
  [`${D}/Adagrad`]: optimizer(3, [0, 2], () => ({ flops: 8, transcendentals: 1 })),
  // Inputs R, T, X..., G..., V...; outputs X'..., V'...
  [`${D}/Momentum`]: optimizer(3, [0, 2], momentum),
  // Inputs R, T, X..., G..., V..., H...; outputs X'..., V'..., H'...
  [`${D}/Adam`]: optimizer(4, [0, 2, 3], () => ({ flops: 14, transcendentals: 1 })),
  [`${D}/Gradient`]: gradient
};

// src/ops/registry.ts
var FILES = {
  activation: rules,
  attention: rules3,
  "attention-ms": rules2,
  contrib: rules4,
  "control-flow": rules5,
  conv: rules6,
  elementwise: rules7,
  image: rules8,
  linalg: rules9,
  loss: rules10,
  matmul: rules11,
  movement: rules15,
  "movement-index": rules12,
  "movement-pad": rules13,
  "movement-sequence": rules14,
  normalization: rules16,
  pool: rules17,
  quantized: rules19,
  "quantized-ms": rules18,
  random: rules20,
  reduce: rules21,
  rnn: rules22,
  shape: rules23,
  signal: rules24,
  text: rules25,
  training: rules26
};
var TABLE = [
  ["activation", "ai.onnx", "Relu LeakyRelu PRelu ThresholdedRelu Elu Selu Celu Sigmoid"],
  ["activation", "ai.onnx", "HardSigmoid HardSwish Tanh Softplus Softsign Gelu Mish Swish"],
  ["activation", "ai.onnx", "Shrink Dropout"],
  ["attention", "ai.onnx", "Attention RotaryEmbedding"],
  ["control-flow", "ai.onnx", "SequenceMap If Loop Scan"],
  ["conv", "ai.onnx", "Conv ConvTranspose DeformConv"],
  ["elementwise", "ai.onnx", "Add Sub Mul Div Mod Pow Max Min Sum Mean"],
  ["elementwise", "ai.onnx", "Neg Abs Sign Reciprocal Floor Ceil Round"],
  ["elementwise", "ai.onnx", "Sqrt Exp Log Erf Sin Cos Tan Asin Acos Atan"],
  ["elementwise", "ai.onnx", "Sinh Cosh Asinh Acosh Atanh IsNaN IsInf"],
  ["elementwise", "ai.onnx", "Equal Less Greater LessOrEqual GreaterOrEqual"],
  ["elementwise", "ai.onnx", "And Or Xor Not BitShift BitwiseAnd BitwiseOr BitwiseXor"],
  ["elementwise", "ai.onnx", "BitwiseNot Where Clip"],
  ["image", "ai.onnx", "Resize Upsample GridSample RoiAlign NonMaxSuppression"],
  ["image", "ai.onnx", "AffineGrid CenterCropPad Col2Im"],
  ["linalg", "ai.onnx", "Det"],
  ["loss", "ai.onnx", "NegativeLogLikelihoodLoss SoftmaxCrossEntropyLoss"],
  ["matmul", "ai.onnx", "MatMul Gemm Einsum"],
  ["movement", "ai.onnx", "Transpose Concat Split Slice Expand Tile Trilu"],
  ["movement", "ai.onnx", "DepthToSpace SpaceToDepth ReverseSequence"],
  ["movement-index", "ai.onnx", "Gather GatherElements GatherND"],
  ["movement-index", "ai.onnx", "Scatter ScatterElements ScatterND"],
  ["movement-index", "ai.onnx", "OneHot NonZero Compress Unique"],
  ["movement-pad", "ai.onnx", "Pad"],
  ["movement-sequence", "ai.onnx", "SequenceEmpty SequenceConstruct SequenceInsert"],
  ["movement-sequence", "ai.onnx", "SequenceErase SequenceAt SequenceLength"],
  ["movement-sequence", "ai.onnx", "SplitToSequence ConcatFromSequence"],
  ["normalization", "ai.onnx", "BatchNormalization LayerNormalization RMSNormalization"],
  ["normalization", "ai.onnx", "InstanceNormalization GroupNormalization LpNormalization"],
  ["normalization", "ai.onnx", "LRN MeanVarianceNormalization Softmax LogSoftmax Hardmax"],
  ["normalization", "ai.onnx", "SimplifiedLayerNormalization"],
  ["pool", "ai.onnx", "MaxPool AveragePool LpPool MaxUnpool"],
  ["pool", "ai.onnx", "GlobalAveragePool GlobalMaxPool GlobalLpPool"],
  ["quantized", "ai.onnx", "QuantizeLinear DequantizeLinear DynamicQuantizeLinear"],
  ["quantized", "ai.onnx", "QLinearConv ConvInteger QLinearMatMul MatMulInteger"],
  ["random", "ai.onnx", "RandomNormal RandomUniform RandomNormalLike RandomUniformLike"],
  ["random", "ai.onnx", "Bernoulli Multinomial"],
  ["reduce", "ai.onnx", "ReduceSum ReduceProd ReduceMax ReduceMin ReduceMean"],
  ["reduce", "ai.onnx", "ReduceL1 ReduceL2 ReduceSumSquare ReduceLogSum ReduceLogSumExp"],
  ["reduce", "ai.onnx", "ArgMax ArgMin CumSum TopK"],
  ["rnn", "ai.onnx", "LSTM GRU RNN"],
  ["shape", "ai.onnx", "Constant ConstantOfShape Shape Size Reshape Flatten"],
  ["shape", "ai.onnx", "Squeeze Unsqueeze Identity Cast CastLike Range EyeLike"],
  ["shape", "ai.onnx", "Optional OptionalHasElement OptionalGetElement"],
  ["signal", "ai.onnx", "DFT STFT HannWindow HammingWindow BlackmanWindow MelWeightMatrix"],
  ["text", "ai.onnx", "StringNormalizer TfIdfVectorizer"],
  ["training", "ai.onnx.preview.training", "Adagrad Momentum Adam Gradient"],
  ["activation", "com.microsoft", "Gelu QuickGelu BiasGelu FastGelu BiasAdd"],
  ["attention", "com.microsoft", "RotaryEmbedding"],
  ["attention-ms", "com.microsoft", "Attention MultiHeadAttention GroupQueryAttention"],
  ["contrib", "com.microsoft", "BiasSoftmax BiasDropout BiasSplitGelu NhwcConv Trilu"],
  ["contrib", "com.microsoft", "GroupNorm SkipGroupNorm"],
  ["conv", "com.microsoft", "FusedConv"],
  ["matmul", "com.microsoft", "FusedMatMul TransposeMatMul FusedGemm GemmFastGelu"],
  ["normalization", "com.microsoft", "SimplifiedLayerNormalization SkipLayerNormalization"],
  ["normalization", "com.microsoft", "SkipSimplifiedLayerNormalization EmbedLayerNormalization"],
  ["quantized", "com.microsoft", "QuantizeLinear DequantizeLinear QGemm MatMulNBits"],
  ["quantized", "com.microsoft", "MatMulIntegerToFloat DynamicQuantizeMatMul"],
  ["quantized-ms", "com.microsoft", "GatherBlockQuantized QLinearAdd QLinearMul QLinearConcat"],
  ["quantized-ms", "com.microsoft", "QLinearSigmoid QLinearLeakyRelu"],
  ["quantized-ms", "com.microsoft", "QLinearAveragePool QLinearGlobalAveragePool"]
];
var keyOf = (domain, opType) => {
  const d = normalizeDomain(domain);
  return d ? `${d}/${opType}` : opType;
};
function buildRegistry(files, table2) {
  const registry2 = /* @__PURE__ */ new Map();
  const fileOf = /* @__PURE__ */ new Map();
  for (const [file, domain, opTypes] of table2) {
    const rules27 = files[file];
    for (const opType of opTypes.split(" ")) {
      const key2 = keyOf(domain, opType);
      if (!Object.hasOwn(rules27, key2)) {
        throw new Error(`op registry: ${file}.ts has no rule for ${key2}`);
      }
      if (registry2.has(key2)) {
        throw new Error(`op registry: ${key2} is listed twice (${fileOf.get(key2)}.ts, ${file}.ts)`);
      }
      registry2.set(key2, rules27[key2]);
      fileOf.set(key2, file);
    }
  }
  for (const [file, rules27] of Object.entries(files)) {
    for (const key2 of Object.keys(rules27)) {
      if (!registry2.has(key2)) {
        throw new Error(`op registry: the rule for ${key2} in ${file}.ts is not listed in TABLE`);
      }
      if (fileOf.get(key2) !== file) {
        throw new Error(`op registry: ${key2} has a rule in ${fileOf.get(key2)}.ts and ${file}.ts`);
      }
    }
  }
  return registry2;
}
var registry = buildRegistry(FILES, TABLE);
function findRule(domain, opType) {
  return registry.get(keyOf(domain, opType));
}

// src/shapes/dim-expr.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function tokenize(text2) {
  const tokens2 = [];
  let i = 0;
  while (i < text2.length) {
    const rest = text2.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const int = /^\d+/.exec(rest);
    if (int) {
      tokens2.push({ t: "int", v: Number(int[0]) });
      i += int[0].length;
      continue;
    }
    const name3 = NAME.exec(rest);
    if (name3) {
      tokens2.push({ t: "name", v: name3[0] });
      i += name3[0].length;
      continue;
    }
    const sym = rest.startsWith("//") ? "//" : rest[0];
    if (sym !== "//" && !"+-*/()".includes(sym)) return void 0;
    tokens2.push({ t: "sym", v: sym });
    i += sym.length;
  }
  return tokens2;
}
function parseDimExpr(text2) {
  const tokens2 = tokenize(text2) ?? [];
  if (tokens2.length === 0 || tokens2.length === 1 && tokens2[0].t !== "int") return void 0;
  let pos = 0;
  const peek = () => tokens2[pos];
  const isSym = (v) => peek()?.t === "sym" && peek().v === v;
  function sum3() {
    let left = product2();
    while (left && (isSym("+") || isSym("-"))) {
      const op = tokens2[pos++].v;
      const right = product2();
      if (!right) return void 0;
      left = { kind: "op", op, left, right };
    }
    return left;
  }
  function product2() {
    let left = unary2();
    while (left && (isSym("*") || isSym("/") || isSym("//"))) {
      const op = tokens2[pos++].v;
      const right = unary2();
      if (!right) return void 0;
      left = { kind: "op", op, left, right };
    }
    return left;
  }
  function unary2() {
    if (isSym("-")) {
      pos++;
      const arg = unary2();
      return arg && { kind: "neg", arg };
    }
    return atom();
  }
  function atom() {
    const tok = peek();
    if (!tok) return void 0;
    pos++;
    if (tok.t === "int") return { kind: "int", value: tok.v };
    if (tok.t === "name") return { kind: "name", name: tok.v };
    if (tok.v !== "(") return void 0;
    const inner = sum3();
    if (!inner || !isSym(")")) return void 0;
    pos++;
    return inner;
  }
  const expr = sum3();
  return expr && pos === tokens2.length ? expr : void 0;
}
function freeNames(expr) {
  const out = /* @__PURE__ */ new Set();
  const walk = (e) => {
    if (e.kind === "name") out.add(e.name);
    else if (e.kind === "neg") walk(e.arg);
    else if (e.kind === "op") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return [...out];
}
function evalDimExpr(expr, lookup) {
  const missing = freeNames(expr).filter((n) => lookup(n) === void 0);
  if (missing.length > 0) return { missing };
  const ev = (e) => {
    switch (e.kind) {
      case "int":
        return e.value;
      case "name":
        return lookup(e.name);
      case "neg":
        return -ev(e.arg);
      case "op": {
        const a = ev(e.left);
        const b = ev(e.right);
        if (e.op === "+") return a + b;
        if (e.op === "-") return a - b;
        if (e.op === "*") return a * b;
        if (b === 0) throw new RangeError("divides by zero");
        if (e.op === "//") return Math.floor(a / b);
        if (a % b !== 0) throw new RangeError(`${a}/${b} is not a whole number`);
        return a / b;
      }
    }
  };
  try {
    return { value: ev(expr) };
  } catch (e) {
    return { error: e.message };
  }
}
function shellWord(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/shapes/bind.ts
function bindInputs(path, graph, dims, given = {}) {
  const initializers = new Set(graph.initializers.map((t) => t.name));
  dims = withGivenDims(path, graph, initializers, dims, given);
  const shapes = /* @__PURE__ */ new Map();
  const used = {};
  const missing = /* @__PURE__ */ new Map();
  const need = (symbol, place) => {
    const places = missing.get(symbol) ?? [];
    places.push(place);
    missing.set(symbol, places);
  };
  for (const input2 of graph.inputs) {
    if (initializers.has(input2.name)) continue;
    const t = input2.type;
    if (t.kind !== "tensor" && t.kind !== "sparse_tensor") {
      const elem = (t.kind === "sequence" || t.kind === "optional") && t.elem;
      const fixed = elem && elem.kind === "tensor" && elem.shape?.every((d) => typeof d === "number" && d >= 0) ? elem.shape : void 0;
      shapes.set(input2.name, {
        dtype: elemTypeOf(t),
        kind: kindOf(t),
        ...fixed ? { shape: fixed } : {}
      });
      continue;
    }
    if (!t.shape) {
      throw new UserError(
        `${path}: input "${input2.name}" has no shape in the model, so its cost cannot be computed. Export the model with input shapes (torch.onnx.export does this by default).`
      );
    }
    const shape = t.shape.map((d, axis2) => {
      if (typeof d === "number" && d >= 0) return d;
      const symbol = typeof d === "string" && d !== "" ? d : `${input2.name}:${axis2}`;
      const place = `${input2.name}[${axis2}]`;
      const r = resolveSymbol(symbol, dims);
      if ("value" in r) {
        for (const name3 of r.uses) used[name3] = dims[name3];
        return r.value;
      }
      if ("error" in r) {
        throw new UserError(`${path}: input "${input2.name}", dim ${axis2}: ${r.error}.`);
      }
      for (const name3 of r.missing) need(name3, r.expression ? `${place} in "${symbol}"` : place);
      return 0;
    });
    const g = Object.hasOwn(given, input2.name) ? given[input2.name] : void 0;
    if (g) checkGiven(path, input2.name, t.elemType, shape, g);
    shapes.set(input2.name, { dtype: t.elemType, shape });
  }
  if (missing.size > 0) {
    const list2 = [...missing].map(([s, places]) => `"${s}" (${places.join(", ")})`).join("; ");
    const example = [...missing.keys()].map((s) => `--dim ${shellWord(`${s}=N`)}`).join(" ");
    throw new UserError(
      `${path}: dims without a value: ${list2}. Give each one a value, e.g. ${example} (or \`dims:\` in the config).`
    );
  }
  const unused = Object.keys(dims).filter((k) => !Object.hasOwn(used, k));
  return { shapes, used, unused };
}
function withGivenDims(path, graph, initializers, dims, given) {
  const inputs = graph.inputs.filter((i) => !initializers.has(i.name));
  const out = { ...dims };
  for (const [name3, g] of Object.entries(given)) {
    const input2 = inputs.find((i) => i.name === name3);
    if (!input2) {
      const names = inputs.map((i) => `"${i.name}"`).join(", ");
      throw new UserError(
        `${g.source}: ${path} has no input named "${name3}"; its inputs are ${names || "none"}.`
      );
    }
    const t = input2.type;
    if (t.kind !== "tensor" && t.kind !== "sparse_tensor" || !t.shape) continue;
    if (t.shape.length !== g.shape.length) continue;
    t.shape.forEach((d, axis2) => {
      if (typeof d === "number" && d >= 0) return;
      const symbol = typeof d === "string" && d !== "" ? d : `${name3}:${axis2}`;
      if (!parseDimExpr(symbol) && !Object.hasOwn(out, symbol)) out[symbol] = g.shape[axis2];
    });
  }
  return out;
}
function checkGiven(path, name3, dtype, shape, g) {
  const want = `${dtypeName(dtype)} [${shape.join(", ")}]`;
  if (g.dtype !== void 0 && g.dtype !== dtype) {
    throw new UserError(
      `${g.source}: input "${name3}" of ${path} is ${want}; the values given are ${dtypeName(g.dtype)}. Give values of the input's dtype.`
    );
  }
  if (g.shape.length !== shape.length || g.shape.some((d, i) => d !== shape[i])) {
    throw new UserError(
      `${g.source}: input "${name3}" of ${path} is ${want} at these dims; the values given have shape [${g.shape.join(", ")}]. Give values of that shape (or dims that match them).`
    );
  }
}
function resolveSymbol(symbol, dims) {
  const given = (name3) => Object.hasOwn(dims, name3) ? dims[name3] : void 0;
  const expr = parseDimExpr(symbol);
  if (!expr) {
    if (symbol === "__proto__") return { error: 'a dim named "__proto__" cannot be bound' };
    const value = given(symbol);
    return value === void 0 ? { missing: [symbol], expression: false } : { value, uses: [symbol] };
  }
  const names = freeNames(expr);
  if (names.includes("__proto__"))
    return { error: `"${symbol}" names "__proto__", which cannot be bound` };
  const literal = given(symbol);
  const r = evalDimExpr(expr, given);
  if ("missing" in r) {
    return literal === void 0 ? { missing: r.missing, expression: true } : { value: literal, uses: [symbol] };
  }
  const values = names.map((n) => `${n}=${given(n)}`).join(", ");
  if ("error" in r)
    return { error: `"${symbol}" cannot be evaluated with ${values}: it ${r.error}` };
  if (!Number.isSafeInteger(r.value) || r.value < 0) {
    return {
      error: `"${symbol}" is ${r.value} with ${values}, which is not a size; give values that make it 0 or more`
    };
  }
  if (literal !== void 0 && literal !== r.value) {
    return {
      error: `--dim ${shellWord(`${symbol}=${literal}`)} disagrees with the dims it is computed from: "${symbol}" is ${r.value} with ${values}. Give only ${names.map((n) => `--dim ${shellWord(`${n}=N`)}`).join(" ")} (or make them agree)`
    };
  }
  return { value: r.value, uses: literal === void 0 ? names : [...names, symbol] };
}
function bindDeclaredDim(d, dims) {
  if (typeof d === "number") return d;
  if (d === "") return "?";
  const r = resolveSymbol(d, dims);
  return "value" in r ? r.value : d;
}
function elemTypeOf(t) {
  if (t.kind === "tensor" || t.kind === "sparse_tensor") return t.elemType;
  if ((t.kind === "sequence" || t.kind === "optional") && t.elem) return elemTypeOf(t.elem);
  return 0;
}
function kindOf(t) {
  return t.kind === "sequence" || t.kind === "map" || t.kind === "optional" ? t.kind : void 0;
}
function parseDims(specs) {
  const dims = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(\d+)$/.exec(spec.trim());
    if (!m) {
      throw new UserError(
        `--dim "${spec}" is not of the form name=value (e.g. --dim batch=1, or --dim input_ids:1=128 for an unnamed dim).`
      );
    }
    if (m[1].trim() === "__proto__")
      throw new UserError("--dim __proto__ is not a usable dim name.");
    const value = Number(m[2]);
    if (!Number.isSafeInteger(value)) {
      throw new UserError(`--dim "${spec}": ${m[2]} is too large for a dim.`);
    }
    dims[m[1].trim()] = value;
  }
  return dims;
}

// src/shapes/context.ts
var InferenceFailure = class extends Error {
};
var NodeAttrs = class {
  constructor(node, store) {
    this.node = node;
    this.store = store;
  }
  node;
  store;
  get(name3, type) {
    const a = this.node.attributes.get(name3);
    if (a && a.type !== type) {
      throw new InferenceFailure(`attribute "${name3}" is a ${a.type}, expected ${type}`);
    }
    return a;
  }
  required(name3, v, dflt) {
    if (v !== void 0) return v;
    if (dflt !== void 0) return dflt;
    throw new InferenceFailure(`required attribute "${name3}" is missing`);
  }
  has(name3) {
    return this.node.attributes.has(name3);
  }
  /** An attribute of this type (another type fails); absent: `dflt`, or a failure without. */
  typed(name3, type, dflt) {
    const value = this.get(name3, type)?.value;
    return this.required(name3, value, dflt);
  }
  int(name3, dflt) {
    return this.typed(name3, "int", dflt);
  }
  ints(name3, dflt) {
    return this.typed(name3, "ints", dflt);
  }
  float(name3, dflt) {
    return this.typed(name3, "float", dflt);
  }
  floats(name3, dflt) {
    return this.typed(name3, "floats", dflt);
  }
  string(name3, dflt) {
    return this.typed(name3, "string", dflt);
  }
  strings(name3, dflt) {
    return this.typed(name3, "strings", dflt);
  }
  tensor(name3) {
    const a = this.node.attributes.get(name3);
    if (!a || a.type !== "tensor" && a.type !== "sparse_tensor") return void 0;
    const t = a.value;
    return { dtype: t.dataType, shape: t.dims.slice(), lazy: this.store.lazyValues(t) };
  }
  graph(name3) {
    const a = this.node.attributes.get(name3);
    return a?.type === "graph" ? a.value : void 0;
  }
};
var NodeContext = class {
  constructor(node, opset, inputs, store, scope, host) {
    this.node = node;
    this.opset = opset;
    this.inputs = inputs;
    this.scope = scope;
    this.host = host;
    this.attrs = new NodeAttrs(node, store);
  }
  node;
  opset;
  inputs;
  scope;
  host;
  attrs;
  notes = [];
  flags = [];
  /** The subgraphs inferred for this node, in the order its rule asked for them. */
  runs = [];
  input(i) {
    const v = this.inputs[i];
    if (!v) this.fail(`input ${i} is missing`);
    if (!v.shape) this.fail(`input ${i} ("${this.node.inputs[i]}") has an unknown shape`);
    return v;
  }
  constant(i) {
    const v = this.inputs[i];
    return v ? valueOf(v) : void 0;
  }
  fail(message) {
    throw new InferenceFailure(message);
  }
  note(message) {
    this.notes.push(message);
  }
  flag(reason) {
    this.flags.push(reason);
  }
  subgraph(attr, inputs, how) {
    return this.host.runSubgraph(this, { attr, inputs, how });
  }
  subgraphProblem(attr) {
    return this.runs.find((r) => r.attr === attr)?.problem;
  }
  dropSubgraph(attr) {
    const i = this.runs.findIndex((r) => r.attr === attr);
    if (i >= 0) this.runs.splice(i, 1);
  }
  symbol(hint) {
    return this.host.symbol(hint);
  }
  describeInputs() {
    return this.inputs.map((v) => fmtShape(v?.shape)).join(", ");
  }
};

// src/shapes/order.ts
function executionOrder(path, g, known2) {
  const producer = /* @__PURE__ */ new Map();
  g.nodes.forEach((n, i) => {
    for (const o of n.outputs) {
      if (o === "") continue;
      const other = producer.get(o);
      if (other !== void 0) {
        throw new UserError(
          `${path}: "${o}" is written by two nodes, "${g.nodes[other].name || g.nodes[other].opType}" and "${n.name || n.opType}". Every ONNX value has one producer; re-export the model.`
        );
      }
      producer.set(o, i);
    }
  });
  const deps = g.nodes.map((n) => {
    const out = [];
    const read = (name3) => {
      if (name3 === "") return;
      const p = producer.get(name3);
      if (p !== void 0) out.push(p);
      else if (!known2(name3)) {
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) reads "${name3}", which no node produces and which is neither a graph input nor an initializer. The model is incomplete; re-export it.`
        );
      }
    };
    n.inputs.forEach(read);
    if (n.attributes.size > 0) implicitInputs(n).forEach(read);
    return out;
  });
  if (deps.every((d, i) => d.every((p) => p < i))) return g.nodes;
  return kahn(path, g.nodes, deps);
}
function kahn(path, nodes2, deps) {
  const waiting = deps.map((d) => new Set(d).size);
  const users = nodes2.map(() => []);
  deps.forEach((d, i) => new Set(d).forEach((p) => users[p].push(i)));
  const ready = new MinHeap();
  waiting.forEach((w, i) => w === 0 && ready.push(i));
  const order = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(nodes2[i]);
    for (const u of users[i]) if (--waiting[u] === 0) ready.push(u);
  }
  if (order.length < nodes2.length) {
    const cycle = findCycle(deps, waiting).map((i) => `"${nodes2[i].name || nodes2[i].opType}"`);
    throw new UserError(
      `${path}: the graph has a cycle: ${cycle.join(" -> ")} -> ${cycle[0]}. ONNX graphs must be acyclic (loops belong in a Loop node); the exporter wrote a broken file.`
    );
  }
  return order;
}
function findCycle(deps, waiting) {
  let at = waiting.findIndex((w) => w > 0);
  const seen = /* @__PURE__ */ new Map();
  const path = [];
  while (!seen.has(at)) {
    seen.set(at, path.length);
    path.push(at);
    at = deps[at].find((p) => waiting[p] > 0) ?? at;
  }
  return path.slice(seen.get(at)).reverse();
}
var NO_NAMES = Object.freeze([]);
function implicitInputs(n) {
  let out;
  for (const a of n.attributes.values()) {
    if (a.type === "graph") (out ??= []).push(...freeNames2(a.value));
    else if (a.type === "graphs") for (const g of a.value) (out ??= []).push(...freeNames2(g));
  }
  return out ?? NO_NAMES;
}
function readsOf(n) {
  const implicit2 = implicitInputs(n);
  return implicit2.length === 0 ? n.inputs : [...n.inputs, ...implicit2];
}
function freeNames2(g) {
  const defined = /* @__PURE__ */ new Set([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name)
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const free = /* @__PURE__ */ new Set();
  for (const n of g.nodes) {
    for (const i of [...n.inputs, ...implicitInputs(n)])
      if (i !== "" && !defined.has(i)) free.add(i);
  }
  return [...free];
}
var MinHeap = class {
  a = [];
  get size() {
    return this.a.length;
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
};

// src/shapes/infer.ts
function checkDims(outputs) {
  outputs.forEach((v, i) => {
    const bad = v?.shape?.find((d) => typeof d === "number" && !(Number.isInteger(d) && d >= 0));
    if (bad !== void 0) {
      throw new InferenceFailure(
        `output ${i} would have the dim ${bad} (${fmtShape(v.shape)}), which is not a size`
      );
    }
  });
}
var Scope = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  values = /* @__PURE__ */ new Map();
  get(name3) {
    return this.values.get(name3) ?? this.parent?.get(name3);
  }
  has(name3) {
    return this.values.has(name3) || !!this.parent?.has(name3);
  }
};
function inferModel(model2, store, dims, given = {}) {
  const binding = bindInputs(model2.path, model2.graph, dims, given);
  const warnings = binding.unused.map(
    (d) => `--dim ${d} is not a dim of any input of ${model2.path}; it was ignored.`
  );
  const run3 = new Inferrer(model2, store, binding.used, warnings);
  const scope = new Scope();
  for (const [name3, b] of binding.shapes) {
    const values = given[name3]?.values;
    scope.values.set(name3, {
      dtype: b.dtype,
      shape: b.shape,
      kind: b.kind,
      ...values && values.length <= MAX_FOLDED_INPUT ? { value: values } : {}
    });
  }
  const main2 = run3.graph(model2.graph, scope);
  return { main: main2, inputs: [...binding.shapes.keys()], dims: binding.used, warnings };
}
var MAX_FOLDED_INPUT = 1 << 16;
var Inferrer = class {
  constructor(model2, store, dims, warnings) {
    this.model = model2;
    this.store = store;
    this.dims = dims;
    this.warnings = warnings;
  }
  model;
  store;
  dims;
  warnings;
  symbols = 0;
  graph(g, scope) {
    for (const t of g.initializers) {
      if (scope.values.has(t.name)) continue;
      scope.values.set(t.name, {
        dtype: t.dataType,
        shape: t.dims.slice(),
        lazy: this.store.lazyValues(t)
      });
    }
    const declared = /* @__PURE__ */ new Map();
    for (const v of [...g.valueInfo, ...g.outputs]) declared.set(v.name, v.type);
    const order = executionOrder(this.model.path, g, (name3) => scope.has(name3));
    const records = order.map((node) => this.node(node, scope, declared));
    return { graph: g, records, values: scope.values };
  }
  node(node, scope, declared) {
    const opset = node.opsets?.get(node.domain) ?? this.model.opsets.get(node.domain) ?? 1;
    const inputs = node.inputs.map((name3) => name3 === "" ? void 0 : scope.get(name3));
    const ctx = new NodeContext(node, opset, inputs, this.store, scope, this);
    const subgraphs = ctx.runs;
    const rule = findRule(node.domain, node.opType);
    const record = { node, opset, rule, ctx, inputs, outputs: [], subgraphs };
    let outputs;
    if (rule) {
      try {
        outputs = rule.infer(ctx);
        checkDims(outputs);
      } catch (e) {
        if (e instanceof UserError) throw e;
        record.error = e instanceof InferenceFailure ? e.message : `internal error in the ${node.opType} rule (${e.message}); please report it`;
      }
    }
    for (const run3 of subgraphs) this.warnings.push(...run3.warnings);
    record.outputs = node.outputs.map((name3, i) => {
      const inferred = outputs?.[i];
      const fromModel = declared.get(name3);
      const v = this.reconcile(node, name3, inferred, fromModel);
      if (name3 !== "") scope.values.set(name3, v);
      return v;
    });
    return record;
  }
  /** Checks an inferred Value against the model's own value_info; fills gaps from it. */
  reconcile(node, name3, inferred, declared) {
    const decl = declared && declared.kind === "tensor" ? declared : void 0;
    const declShape = decl?.shape?.map((d) => this.bindDim(d));
    if (!inferred) {
      return { dtype: decl?.elemType ?? 0, shape: declShape };
    }
    if (!declShape || !inferred.shape) {
      return inferred.shape || !declShape ? inferred : { ...inferred, shape: declShape };
    }
    if (declShape.length !== inferred.shape.length) {
      this.warn(node, name3, declShape, inferred.shape);
      return inferred;
    }
    const shape = inferred.shape;
    let filled;
    shape.forEach((d, i) => {
      const m = declShape[i];
      if (typeof d === "number" && typeof m === "number" && d !== m)
        this.warn(node, name3, declShape, shape);
      if (typeof d === "string" && typeof m === "number") (filled ??= shape.slice())[i] = m;
    });
    return filled ? { ...inferred, shape: filled } : inferred;
  }
  warned = /* @__PURE__ */ new Set();
  warn(node, name3, declared, inferred) {
    if (this.warned.has(name3)) return;
    this.warned.add(name3);
    this.warnings.push(
      `"${name3}" (output of ${node.opType} node "${node.name}"): the model's value_info says ${fmtShape(declared)}, inference gives ${fmtShape(inferred)}; the inferred shape is used.`
    );
  }
  runSubgraph(ctx, req) {
    return this.subgraph(ctx.node, req, ctx.scope, ctx.runs);
  }
  symbol(hint) {
    return `${hint}?${++this.symbols}`;
  }
  /** Model-declared dims: bound symbols become numbers; other symbols stay symbols. */
  bindDim(d) {
    return bindDeclaredDim(d, this.dims);
  }
  subgraph(node, req, outer, runs) {
    const a = node.attributes.get(req.attr);
    if (!a || a.type !== "graph")
      throw new InferenceFailure(`attribute "${req.attr}" (a graph) is missing`);
    const g = a.value;
    const scope = new Scope(outer);
    g.inputs.forEach((formal, i) => {
      const given = req.inputs[i];
      const t = formal.type;
      const declared = t.kind === "tensor" ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) } : void 0;
      scope.values.set(formal.name, given?.shape ? given : declared ?? given ?? { dtype: 0 });
    });
    const outerWarnings = this.warnings;
    const warnings = [];
    this.warnings = warnings;
    let inferred;
    try {
      inferred = this.graph(g, scope);
    } finally {
      this.warnings = outerWarnings;
    }
    const failed2 = allRecords(inferred).find((r) => r.error);
    const problem = failed2 ? `${failed2.node.opType} node "${failed2.node.name}": ${failed2.error}` : warnings[0];
    runs.push({
      attr: req.attr,
      graph: inferred,
      repeat: req.how.repeat,
      alternative: !!req.how.alternative,
      ...problem ? { problem } : {},
      warnings
    });
    return g.outputs.map((o) => {
      const v = scope.get(o.name);
      if (v) return v;
      const t = o.type;
      return t.kind === "tensor" ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) } : { dtype: 0 };
    });
  }
};
function allRecords(g) {
  return g.records.flatMap((r) => [r, ...r.subgraphs.flatMap((s) => allRecords(s.graph))]);
}

// src/version.ts
var TOOL_VERSION = "0.1.0";
var COUNTING_RULES_VERSION = 2;

// src/analyze/cost.ts
var zero = () => ({
  macs: 0,
  flops: 0,
  transcendentals: 0,
  intOps: 0,
  bytesAccessed: 0
});
function addInto(into, c, times = 1) {
  into.macs += c.macs * times;
  into.flops += c.flops * times;
  into.transcendentals += c.transcendentals * times;
  into.intOps += c.intOps * times;
  into.bytesAccessed += c.bytesAccessed * times;
}
function costGraph(g, repeat = 1, prefix = "") {
  const out = [];
  for (const record of g.records) costNode(record, repeat, prefix, out);
  return out;
}
function costNode(record, repeat, prefix, out) {
  const { node, rule, ctx } = record;
  const name3 = prefix + (node.name || `${node.opType}`);
  const costed = { record, name: name3, cost: zero(), repeat };
  out.push(costed);
  const bytes2 = !rule ? defaultBytes(record) : rule.bytes === "view" ? 0 : rule.bytes ? safe(() => rule.bytes(ctx, record.outputs)) : defaultBytes(record);
  if (Number.isNaN(bytes2)) costed.bytesUnknown = true;
  else costed.cost.bytesAccessed = bytes2 * repeat;
  if (!rule) {
    costed.problem = {
      kind: "uncounted",
      reason: `no cost rule for ${node.domain ? node.domain + "/" : ""}${node.opType}`
    };
  } else if (record.error) {
    costed.problem = { kind: "unresolved", reason: record.error };
  } else if (rule.cost) {
    let c;
    try {
      c = rule.cost(ctx, record.outputs);
    } catch (e) {
      costed.problem = { kind: "unresolved", reason: e.message };
    }
    if (c) {
      const parts = [c.macs ?? 0, c.flops ?? 0, c.transcendentals ?? 0, c.intOps ?? 0];
      if (parts.some(Number.isNaN)) {
        costed.problem = {
          kind: "unresolved",
          reason: `a dim depends on the data (${describeShapes(record)})`
        };
      } else {
        costed.cost.macs = parts[0] * repeat;
        costed.cost.flops = parts[1] * repeat;
        costed.cost.transcendentals = parts[2] * repeat;
        costed.cost.intOps = parts[3] * repeat;
      }
    }
  }
  if (ctx.flags.length > 0) costed.problem ??= { kind: "unresolved", reason: ctx.flags.join("; ") };
  if (record.subgraphs.length === 0) return;
  const fixed = record.subgraphs.filter((s) => !s.alternative);
  for (const s of fixed) {
    out.push(...costGraph(s.graph, repeat * (s.repeat ?? 1), `${name3}/${s.attr}/`));
  }
  const alternatives = record.subgraphs.filter((s) => s.alternative);
  if (alternatives.length > 0) {
    const costedAlternatives = alternatives.map(
      (s) => costGraph(s.graph, repeat, `${name3}/${s.attr}/`)
    );
    const weight = (nodes2) => nodes2.reduce((w, n) => w + n.cost.flops + n.cost.intOps, 0);
    let best = costedAlternatives[0];
    for (const alt of costedAlternatives) if (weight(alt) > weight(best)) best = alt;
    out.push(...best);
    for (const alt of costedAlternatives) {
      if (alt === best) continue;
      for (const n of alt) {
        if (n.problem || n.bytesUnknown) out.push({ ...n, cost: zero(), notCosted: true });
      }
    }
  }
}
function defaultBytes(record) {
  let total = 0;
  for (const v of record.inputs) total += tensorBytes(v);
  for (const v of record.outputs) total += tensorBytes(v);
  return total;
}
function safe(f) {
  try {
    return f();
  } catch {
    return NaN;
  }
}
function describeShapes(record) {
  const fmt = (v) => v?.shape ? `[${v.shape.join(", ")}]` : "[?]";
  return `inputs ${record.inputs.map(fmt).join(", ")}`;
}

// src/analyze/memory.ts
function peakActivation(g, graphInputs, outerStatic = /* @__PURE__ */ new Set()) {
  const statics = new Set(g.graph.initializers.map((t) => t.name));
  const isStatic2 = (name3) => name3 === "" || statics.has(name3) || outerStatic.has(name3);
  const owner = /* @__PURE__ */ new Map();
  const size = /* @__PURE__ */ new Map();
  const lastUse = /* @__PURE__ */ new Map();
  let unknown = false;
  const own = (name3, bytes2) => {
    owner.set(name3, name3);
    if (Number.isNaN(bytes2)) unknown = true;
    size.set(name3, Number.isNaN(bytes2) ? 0 : bytes2);
  };
  for (const name3 of graphInputs) own(name3, tensorBytes(g.values.get(name3)));
  const reads = g.records.map((r) => readsOf(r.node));
  g.records.forEach((r, i) => {
    if (reads[i].every(isStatic2)) {
      for (const o of r.node.outputs) statics.add(o);
      return;
    }
    const viewOf = r.rule?.bytes === "view" ? owner.get(r.node.inputs[0]) : void 0;
    r.node.outputs.forEach((o, k) => {
      if (o === "") return;
      if (viewOf) owner.set(o, viewOf);
      else own(o, tensorBytes(r.outputs[k]));
    });
    for (const name3 of reads[i]) {
      const root = owner.get(name3);
      if (root) lastUse.set(root, i);
    }
  });
  for (const o of g.graph.outputs) {
    const root = owner.get(o.name);
    if (root) lastUse.set(root, g.records.length);
  }
  const freeAt = /* @__PURE__ */ new Map();
  for (const [root, at] of lastUse) {
    const list2 = freeAt.get(at);
    if (list2) list2.push(root);
    else freeAt.set(at, [root]);
  }
  let current = graphInputs.reduce((sum3, name3) => sum3 + (size.get(name3) ?? 0), 0);
  let peak = current;
  let staticHere;
  g.records.forEach((r, i) => {
    let inner = 0;
    for (const s of r.subgraphs) {
      staticHere ??= /* @__PURE__ */ new Set([...statics, ...outerStatic]);
      const body = peakActivation(
        s.graph,
        s.graph.graph.inputs.map((v) => v.name),
        staticHere
      );
      if (body.unknown) unknown = true;
      inner = Math.max(inner, body.peakActivationBytes);
    }
    peak = Math.max(peak, current + inner);
    for (const o of r.node.outputs) if (owner.get(o) === o) current += size.get(o) ?? 0;
    peak = Math.max(peak, current);
    for (const root of freeAt.get(i) ?? []) current -= size.get(root) ?? 0;
    for (const o of r.node.outputs) {
      if (owner.get(o) === o && !lastUse.has(o)) current -= size.get(o) ?? 0;
    }
  });
  return { peakActivationBytes: peak, unknown };
}

// src/analyze/params.ts
var LAYERS = /* @__PURE__ */ new Set([
  "Conv",
  "ConvTranspose",
  "Gemm",
  "MatMul",
  "LSTM",
  "GRU",
  "RNN",
  "BatchNormalization",
  "LayerNormalization",
  "InstanceNormalization",
  "GroupNormalization",
  "RMSNormalization",
  "PRelu"
]);
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "Cast",
  "Identity",
  "DequantizeLinear",
  "Reshape",
  "Squeeze",
  "Unsqueeze"
]);
function countParams(main2, graphInputs) {
  const weights = /* @__PURE__ */ new Map();
  const graphs = allGraphs(main2);
  for (const g of graphs) {
    for (const t of g.graph.initializers) {
      const elements = t.sparseValues ?? t.dims.reduce((a, b) => a * b, 1);
      addWeight(weights, t.name, t.dataType, elements);
    }
    for (const r of g.records) {
      if (r.node.opType === "Constant" && r.node.domain === "" && r.outputs[0]) {
        addWeight(weights, r.node.outputs[0], r.outputs[0].dtype, numel(r.outputs[0].shape));
      }
    }
  }
  const producers = /* @__PURE__ */ new Map();
  const derived = new Set(graphInputs);
  for (const g of graphs) {
    for (const r of g.records) {
      r.node.outputs.forEach((o) => producers.set(o, r));
      if (r.node.inputs.some((i) => i !== "" && derived.has(i)))
        r.node.outputs.forEach((o) => derived.add(o));
      const meta = r.rule?.metaInputs;
      const counted = [];
      r.node.inputs.forEach((name3, i) => {
        const w = weights.get(name3);
        if (!w) return;
        if (meta?.includes(i)) w.metaUses++;
        else if (!counted.includes(w)) {
          counted.push(w);
          w.dataUses++;
          if (r.node.domain === "" && LAYERS.has(r.node.opType)) w.layerUse = true;
          if (r.node.opType === "DequantizeLinear" && (i === 0 || i === 2)) w.dequantized = true;
        }
        const packed = packedWeights(r, i);
        if (packed && Number.isFinite(packed.elements)) {
          w.elements = packed.elements;
          w.dtype = packed.dtype;
        }
      });
    }
  }
  const traceWeight = (name3) => {
    for (let hops = 0; hops < 8; hops++) {
      const w = weights.get(name3);
      if (w) return w;
      const p = producers.get(name3);
      if (!p || !PASS_THROUGH.has(p.node.opType)) return void 0;
      name3 = p.node.inputs[0];
    }
    return void 0;
  };
  for (const g of graphs) {
    for (const r of g.records) {
      const { opType, domain, inputs } = r.node;
      const gather = opType === "Gather" && domain === "" || opType === "GatherBlockQuantized" && domain === "com.microsoft";
      if (gather && derived.has(inputs[1])) {
        const w = traceWeight(inputs[0]);
        if (w) w.embedding = true;
      } else if (opType === "EmbedLayerNormalization" && domain === "com.microsoft") {
        for (const i of [2, 3, 4]) {
          const w = inputs[i] ? traceWeight(inputs[i]) : void 0;
          if (w) w.embedding = true;
        }
      }
    }
  }
  const counts = {
    params: 0,
    paramsPerUse: 0,
    embeddingParams: 0,
    paramsByDtype: {},
    weightBytes: 0,
    notes: []
  };
  let unused = 0;
  let scalars = 0;
  for (const w of weights.values()) {
    if (!isFloat(w.dtype) && !isQuantizedInt(w.dtype) && !w.dequantized) continue;
    if (w.dataUses === 0) {
      if (w.metaUses === 0) unused++;
      continue;
    }
    if (w.elements < 2 && !w.layerUse) {
      scalars++;
      continue;
    }
    counts.params += w.elements;
    counts.paramsPerUse += w.elements * w.dataUses;
    if (w.embedding) counts.embeddingParams += w.elements;
    const dt = dtypeName(w.dtype);
    counts.paramsByDtype[dt] = (counts.paramsByDtype[dt] ?? 0) + w.elements;
    counts.weightBytes += byteSize(w.dtype, w.elements);
  }
  if (unused > 0)
    counts.notes.push(
      `${unused} weight tensor(s) are used by no node and are not counted as params`
    );
  if (scalars > 0)
    counts.notes.push(
      `${scalars} single-element constant(s) (scales, epsilons, ...) are arithmetic constants, not params: left out of params and weight bytes`
    );
  return counts;
}
function packedWeights(r, input2) {
  try {
    return r.rule?.packedWeights?.(r.ctx, input2);
  } catch {
    return void 0;
  }
}
function addWeight(weights, name3, dtype, elements) {
  if (!weights.has(name3) && Number.isFinite(elements)) {
    weights.set(name3, {
      name: name3,
      dtype,
      elements,
      dataUses: 0,
      metaUses: 0,
      embedding: false,
      layerUse: false,
      dequantized: false
    });
  }
}
function allGraphs(g) {
  const out = [g];
  for (const r of g.records) for (const s of r.subgraphs) out.push(...allGraphs(s.graph));
  return out;
}

// src/analyze/types.ts
var ANALYSIS_SCHEMA = "misnomer/analysis@1";

// src/analyze/analyze.ts
var COMPUTE_TOTALS = [
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "arithmeticIntensity"
];
function analyze(loaded, options = {}) {
  const { model: model2, store } = loaded;
  const inference = inferModel(model2, store, options.dims ?? {}, options.inputValues);
  const { main: main2 } = inference;
  const graphInputs = inference.inputs;
  const costed = costGraph(main2);
  const params = countParams(main2, graphInputs);
  const memory2 = peakActivation(main2, graphInputs);
  const sums = zero();
  const byOpType = {};
  const uncounted = /* @__PURE__ */ new Map();
  const unresolved = [];
  const incomplete = /* @__PURE__ */ new Set();
  const notes = new Set(params.notes);
  for (const c of costed) {
    addInto(sums, c.cost);
    addInto(entry(byOpType, opKey(c)), c.cost);
    if (c.bytesUnknown) incomplete.add("bytesAccessed").add("arithmeticIntensity");
    for (const n of c.record.ctx.notes) notes.add(`${c.name}: ${n}`);
    if (c.problem?.kind === "uncounted") {
      const key2 = opKey(c);
      const u = uncounted.get(key2) ?? {
        opType: c.record.node.opType,
        domain: c.record.node.domain,
        count: 0,
        examples: []
      };
      u.count++;
      if (u.examples.length < 5) u.examples.push(c.name);
      uncounted.set(key2, u);
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    } else if (c.problem) {
      unresolved.push({ node: c.name, opType: c.record.node.opType, reason: c.problem.reason });
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    }
  }
  let nodes2 = 0;
  for (const g of allGraphs(main2)) {
    for (const r of g.records) {
      nodes2++;
      entry(byOpType, r.node.domain ? `${r.node.domain}/${r.node.opType}` : r.node.opType).count++;
    }
  }
  for (const counters of Object.values(byOpType))
    counters.arithmeticIntensity = intensity(counters.flops, counters.bytesAccessed);
  if (memory2.unknown) incomplete.add("peakActivationBytes");
  const totals = {
    params: params.params,
    paramsPerUse: params.paramsPerUse,
    embeddingParams: params.embeddingParams,
    nonEmbeddingParams: params.params - params.embeddingParams,
    paramsByDtype: params.paramsByDtype,
    weightBytes: params.weightBytes,
    ...sums,
    arithmeticIntensity: intensity(sums.flops, sums.bytesAccessed),
    peakActivationBytes: memory2.peakActivationBytes,
    modelFileBytes: model2.fileBytes,
    nodes: nodes2
  };
  const analysis = {
    schema: ANALYSIS_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    model: {
      path: model2.path,
      irVersion: model2.irVersion,
      producer: [model2.producerName, model2.producerVersion].filter(Boolean).join(" "),
      opsets: Object.fromEntries([...model2.opsets].map(([d, v]) => [d || "ai.onnx", v]))
    },
    dims: inference.dims,
    totals,
    byOpType: sortByFlops(byOpType),
    uncounted: [...uncounted.values()].sort((a, b) => b.count - a.count),
    unresolved,
    incomplete: incomplete.size > 0,
    incompleteTotals: [...incomplete],
    notes: [...notes],
    warnings: inference.warnings
  };
  if (options.perNode) analysis.nodes = costed.filter((c) => !c.notCosted).map(nodeCost);
  return analysis;
}
var opKey = (c) => c.record.node.domain ? `${c.record.node.domain}/${c.record.node.opType}` : c.record.node.opType;
function entry(table2, key2) {
  return table2[key2] ??= { count: 0, ...zero(), arithmeticIntensity: null };
}
var intensity = (flops, bytes2) => bytes2 > 0 ? flops / bytes2 : null;
function sortByFlops(table2) {
  const entries = Object.entries(table2).sort(
    ([ka, a], [kb, b]) => b.flops - a.flops || b.intOps - a.intOps || b.bytesAccessed - a.bytesAccessed || (ka < kb ? -1 : 1)
  );
  return Object.fromEntries(entries);
}
function nodeCost(c) {
  const notes = c.record.ctx.notes;
  return {
    name: c.name,
    opType: c.record.node.opType,
    domain: c.record.node.domain,
    outputShapes: c.record.outputs.map((v) => v.shape ?? null),
    repeat: c.repeat,
    ...c.cost,
    ...notes.length ? { notes } : {}
  };
}

// src/compare/checker.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/format.ts
var MINUS = "\u2212";
var SI = [
  [1e15, "P"],
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "k"]
];
function si(n) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  const abs = Math.abs(n);
  for (const [scale, suffix] of SI) {
    if (abs >= scale) return `${sig3(n / scale)} ${suffix}`;
  }
  return Number.isInteger(n) ? String(n) : sig3(n);
}
function bytes(n) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${sig3(v)} ${units[u]}`;
}
function percent(part2, whole) {
  if (!whole) return "\u2014";
  return share(part2 / whole);
}
function share(x) {
  return x === null || x === void 0 || !Number.isFinite(x) ? "\u2014" : `${(100 * x).toFixed(1)}%`;
}
function sig3(x) {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return x.toFixed(digits);
}
function exact(n) {
  return Number.isInteger(n) ? n.toLocaleString("en-US") : String(n);
}
function signedInteger(n) {
  return `${n > 0 ? "+" : n < 0 ? MINUS : ""}${exact(Math.abs(n))}`;
}
function ms(x) {
  const abs = Math.abs(x);
  if (abs >= 1e3) return `${sig3(x / 1e3)} s`;
  if (abs >= 1 || abs === 0) return `${sig3(x)} ms`;
  if (abs >= 1e-3) return `${sig3(x * 1e3)} \xB5s`;
  return `${sig3(x * 1e6)} ns`;
}
function prefixed(n, unit) {
  const s = si(n);
  return /[kMGTP]$/.test(s) ? `${s}${unit}` : `${s} ${unit}`;
}
function quantity(n, unit) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  switch (unit) {
    case "bytes":
      return bytes(n);
    case "ms":
      return ms(n);
    case "MACs":
    case "FLOPs":
    case "FLOP/s":
      return prefixed(n, unit);
    case "FLOP/B":
      return `${sig3(n)} FLOP/B`;
    case "nodes":
      return `${exact(n)} nodes`;
    case "count":
      return si(n);
    default:
      return `${si(n)} ${unit}`;
  }
}
function bareQuantity(n, unit) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  if (unit === "MACs" || unit === "FLOPs" || unit === "count") return si(n);
  if (unit === "nodes") return exact(n);
  return quantity(n, unit);
}
function signedQuantity(delta2, unit) {
  if (delta2 === 0) return "0";
  if (!Number.isFinite(delta2)) return `${delta2 > 0 ? "+" : MINUS}\u221E`;
  return `${delta2 > 0 ? "+" : MINUS}${quantity(Math.abs(delta2), unit)}`;
}
function percentMagnitude(percent2) {
  const abs = Math.abs(percent2);
  if (!Number.isFinite(abs)) return "\u221E";
  if (abs === 0) return "0";
  if (abs < 0.1) return String(Number(abs.toPrecision(2)));
  const tenths = Math.round(abs * 10) / 10;
  return tenths < 100 ? tenths.toFixed(1) : String(Math.round(abs));
}
var signOf = (x) => x > 0 ? "+" : x < 0 ? MINUS : "";
function percentChange(relative2) {
  return `${signOf(relative2)}${percentMagnitude(relative2 * 100)}%`;
}
function changeWithInterval(relative2, interval) {
  const point = percentChange(relative2);
  if (!interval || Number.isNaN(interval[0]) || Number.isNaN(interval[1])) return point;
  return `${point} (${changeInterval(interval)})`;
}
function changeInterval(interval) {
  const end = (x) => `${signOf(x)}${percentMagnitude(x * 100)}`;
  return `${end(interval[0])} to ${end(interval[1])}%`;
}
function ratioInterval(interval) {
  return changeInterval([interval[0] - 1, interval[1] - 1]);
}
function ratioChange(ratio, interval) {
  return changeWithInterval(ratio - 1, interval ? [interval[0] - 1, interval[1] - 1] : null);
}
function quantityWithInterval(delta2, interval, unit) {
  const point = signedQuantity(delta2, unit);
  if (!interval) return point;
  return `${point} (${signedQuantity(interval[0], unit)} to ${signedQuantity(interval[1], unit)})`;
}

// src/compare/checker.ts
var ArtifactError = class extends UserError {
  reason;
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
};
var MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;
var CHUNK = 1024 * 1024;
var LISTED = 3;
function readJson(path, name3, what) {
  const text2 = readCapped(path, name3, what);
  try {
    return JSON.parse(text2);
  } catch (e) {
    const why = clean(e.message).slice(0, 200);
    throw new ArtifactError(
      `${path} is not valid JSON (${why}): the file is truncated or damaged.`,
      `${name3} is not valid JSON: the file is truncated or damaged.`
    );
  }
}
function readCapped(path, name3, what) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : e.message;
    throw new UserError(`${path}: cannot read a misnomer ${what} (${why}).`);
  }
  try {
    const stat2 = fstatSync(fd);
    if (!stat2.isFile()) {
      throw new ArtifactError(
        `${path}: cannot read a misnomer ${what} (not a regular file).`,
        `${name3} is not a regular file.`
      );
    }
    if (stat2.size > MAX_ARTIFACT_BYTES) tooLarge(path, name3, what, `is ${bytes(stat2.size)}`);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_ARTIFACT_BYTES)
        tooLarge(path, name3, what, "grew too large while it was read");
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function tooLarge(path, name3, what, how) {
  const tail2 = `a misnomer ${what} may be at most ${bytes(MAX_ARTIFACT_BYTES)}, so it is refused unread.`;
  throw new ArtifactError(`${path} ${how}: ${tail2}`, `${name3} ${how}: ${tail2}`);
}
function wrongSchema(where3, name3, schema, got2) {
  const again = "It may come from another version of misnomer: produce it again with this one.";
  throw new ArtifactError(
    `${where3} is not a ${schema} file (its schema is ${shown(got2 ?? null)}). ${again}`,
    `${name3} is not a ${schema} file. ${again}`
  );
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
var join = (path, key2) => path ? `${path}.${key2}` : key2;
var keyPath = (path, key2) => /^[A-Za-z0-9_:-]{1,40}$/.test(key2) ? join(path, key2) : `${path}[?]`;
function describe(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return shown(v);
  if (typeof v === "number") return Number.isFinite(v) ? "a number" : String(v);
  if (typeof v === "boolean") return String(v);
  return typeof v === "object" ? "an object" : typeof v;
}
function shown(v) {
  const text2 = clean(JSON.stringify(v) ?? String(v));
  return text2.length > 40 ? `${text2.slice(0, 39)}\u2026` : text2;
}
var Checker = class {
  /** With the offending values (cleaned, cut): for the log. */
  problems = [];
  /** The same without the values: for a comment. */
  reasons = [];
  count = 0;
  problem(path, expected, value) {
    this.count++;
    if (this.problems.length < LISTED) {
      this.problems.push(`${path} should be ${expected} (it is ${describe(value)})`);
      const kind = typeof value === "string" ? "a string outside that" : describe(value);
      this.reasons.push(`${path} should be ${expected} (it is ${kind})`);
    }
  }
  /** Throws the problems found, if any: `where` names the file in the log, `name` in a comment. */
  done(where3, name3, what) {
    if (this.count === 0) return;
    const more = this.count > LISTED ? `; and ${this.count - LISTED} more` : "";
    const tail2 = `The file was edited or damaged: produce it again with ${what}.`;
    throw new ArtifactError(
      `${where3}: ${this.problems.join("; ")}${more}. ${tail2}`,
      `${name3}: ${this.reasons[0]}${this.count > 1 ? ` (and ${this.count - 1} more)` : ""}. ${tail2}`
    );
  }
  object(v, path) {
    if (isObject(v)) return v;
    this.problem(path, "an object", v);
    return null;
  }
  /** o[key] as an object; absent is fine when optional, null when nullable. */
  child(o, key2, path, optional3 = false, nullable = false) {
    const v = o[key2];
    if (optional3 && v === void 0 || nullable && v === null) return null;
    if (isObject(v)) return v;
    this.problem(join(path, key2), nullable ? "an object or null" : "an object", v);
    return null;
  }
  isString(v, path) {
    if (typeof v !== "string") this.problem(path, "a string", v);
  }
  string(o, key2, path, optional3 = false) {
    if (optional3 && o[key2] === void 0) return;
    this.isString(o[key2], join(path, key2));
  }
  /** A string of a grammar: `test` accepts it, `rule` says it in the message. */
  matching(o, key2, path, test, rule) {
    const v = o[key2];
    if (typeof v === "string" && test(v)) return;
    this.problem(join(path, key2), rule, v);
  }
  number(o, key2, path, how = {}) {
    const v = o[key2];
    if (isFiniteNumber(v) || how.nullable && v === null || how.optional && v === void 0) {
      return;
    }
    this.problem(join(path, key2), how.nullable ? "a number or null" : "a number", v);
  }
  boolean(o, key2, path) {
    if (typeof o[key2] !== "boolean") this.problem(join(path, key2), "true or false", o[key2]);
  }
  oneOf(o, key2, path, allowed) {
    const v = o[key2];
    if (typeof v === "string" && allowed.includes(v)) return;
    this.problem(join(path, key2), `one of ${allowed.map((a) => `"${a}"`).join(", ")}`, v);
  }
  list(o, key2, path, each) {
    const v = o[key2];
    const at = join(path, key2);
    if (!Array.isArray(v)) {
      this.problem(at, "a list", v);
      return;
    }
    v.forEach((item, i) => each(item, `${at}[${i}]`));
  }
};

// src/names.ts
var NAME2 = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var NAME_RULE = 'a name of letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 64 characters)';
var isName = (s) => NAME2.test(s) && s.length <= 64;

// src/scenario.ts
var SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
var SCENARIO_NAME_RULE = 'a name of letters, digits, "_" and "-" that starts with a letter or digit (at most 32 characters)';
var isScenarioName = (s) => SCENARIO_NAME.test(s) && s.length <= 32;
var unitId = (model2, scenario2) => scenario2 ? `${model2}/${scenario2}` : model2;
function splitUnit(id) {
  const at = id.lastIndexOf("/");
  return at < 0 ? { model: id } : { model: id.slice(0, at), scenario: id.slice(at + 1) };
}
function parseScenarioSpec(spec) {
  const colon = spec.indexOf(":");
  const name3 = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const example = "--scenario decode:sequence_length=1,past_sequence_length=512";
  if (!isScenarioName(name3)) {
    throw new UserError(
      `--scenario "${spec}": "${name3}" is not a scenario name; expected ${SCENARIO_NAME_RULE}, e.g. ${example}.`
    );
  }
  const dims = {};
  const rest = colon < 0 ? "" : spec.slice(colon + 1).trim();
  for (const part2 of rest === "" ? [] : rest.split(",")) {
    const m = /^\s*([^=]+?)\s*=\s*(\d+)\s*$/.exec(part2);
    if (!m || !Number.isSafeInteger(Number(m[2])) || m[1] === "__proto__") {
      throw new UserError(
        `--scenario "${spec}": "${part2}" is not dim=value; write e.g. ${example}.`
      );
    }
    dims[m[1]] = Number(m[2]);
  }
  return { name: name3, dims };
}
function checkScenarioNames(scenarios, where3) {
  const seen = /* @__PURE__ */ new Set();
  for (const s of scenarios) {
    if (seen.has(s.name)) {
      throw new UserError(`${where3}: scenario "${s.name}" is given twice; each name once.`);
    }
    seen.add(s.name);
  }
}

// src/indicators.ts
var PARAM_WORDS = ["params", "param", "parameters"];
var anchorOf = (key2) => key2.replace(/\./g, "-").replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
var staticRow = (row) => {
  const { words, limit, ...rest } = row;
  const guards = limit ?? (row.direction === "none" ? "lower-is-better" : row.direction);
  return {
    ...rest,
    stage: "static",
    gate: { limit: guards, words },
    docs: `docs/indicators.md#${anchorOf(row.key)}`
  };
};
var runtimeRow = (row) => {
  const { anchor, ...rest } = row;
  return { ...rest, stage: "runtime", docs: `docs/measurement.md#${anchor}` };
};
var LATENCY = (p, convention) => runtimeRow({
  key: `latency.${p}`,
  label: `latency ${p}`,
  unit: "ms",
  quantity: "time",
  direction: "lower-is-better",
  gate: { limit: "lower-is-better", words: [] },
  convention,
  anchor: "latency"
});
var INDICATORS = [
  staticRow({
    key: "params",
    label: "params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "weight elements, each tensor once"
  }),
  staticRow({
    key: "paramsPerUse",
    label: "params per use",
    unit: "count",
    quantity: "count",
    direction: "none",
    noDirection: "it counts a weight once per node that reads it, so it rises when weights are shared more (which lowers params) as much as when the model grows; what reuse costs shows in FLOPs, bytes accessed and latency",
    words: PARAM_WORDS,
    convention: "once per consuming node (> params: shared weights)"
  }),
  staticRow({
    key: "embeddingParams",
    label: "embedding params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "tables gathered by input-derived indices"
  }),
  staticRow({
    key: "nonEmbeddingParams",
    label: "non-embedding params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "params \u2212 embedding params"
  }),
  staticRow({
    key: "weightBytes",
    label: "weight bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "bytes of the weights at their stored dtypes"
  }),
  staticRow({
    key: "macs",
    label: "MACs",
    unit: "MACs",
    quantity: "count",
    direction: "lower-is-better",
    words: ["MACs", "MAC"],
    convention: 'multiply-accumulates of dense ops (torchvision "GFLOPS")'
  }),
  staticRow({
    key: "flops",
    label: "FLOPs",
    unit: "FLOPs",
    quantity: "count",
    direction: "lower-is-better",
    words: ["FLOPs", "FLOP"],
    convention: "2 \xD7 MACs + elementwise, norms, pooling"
  }),
  staticRow({
    key: "transcendentals",
    label: "transcendentals",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: ["transcendentals"],
    convention: "exp, log, tanh, erf, sqrt, ... evaluations"
  }),
  staticRow({
    key: "intOps",
    label: "integer ops",
    unit: "count",
    quantity: "count",
    direction: "none",
    noDirection: "quantization trades floating-point work for integer work on purpose, so more integer ops is often the change that was wanted; whether it paid off shows in latency",
    words: ["ops", "intOps"],
    convention: "quantized / integer arithmetic"
  }),
  staticRow({
    key: "bytesAccessed",
    label: "bytes accessed",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "inputs read + outputs written, per node"
  }),
  staticRow({
    key: "arithmeticIntensity",
    label: "arithmetic intensity",
    unit: "FLOP/B",
    quantity: "ratio",
    direction: "none",
    noDirection: "a ratio of two costs: it rises when bytes fall (good) and when FLOPs grow (not good), and whether it matters depends on the machine's ridge point",
    // Gated as a floor before it lost its direction: `arithmeticIntensity: -0.5` still works.
    limit: "higher-is-better",
    words: ["FLOP/B"],
    convention: "FLOPs / bytes accessed"
  }),
  staticRow({
    key: "peakActivationBytes",
    label: "peak activation bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "largest set of live tensors, execution order"
  }),
  staticRow({
    key: "modelFileBytes",
    label: "model file bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "on disk, external data included"
  }),
  staticRow({
    key: "nodes",
    label: "nodes",
    unit: "nodes",
    quantity: "count",
    direction: "none",
    noDirection: "the shape of the graph, not a cost: fusing ops lowers it and splitting work into branches raises it, and what either costs shows in latency",
    words: ["nodes", "node"],
    convention: "after function expansion, subgraphs included"
  }),
  LATENCY("p50", "median of one inference, paired rounds"),
  LATENCY("p90", "reported, not tested"),
  LATENCY("p99", "reported, not tested"),
  runtimeRow({
    key: "throughput",
    label: "throughput",
    unit: "examples/s",
    quantity: "rate",
    direction: "higher-is-better",
    gate: { limit: "higher-is-better", words: ["examples/s", "/s"] },
    convention: "batch \xD7 runs per second, per batch size (throughput.b<N>)",
    anchor: "throughput"
  }),
  runtimeRow({
    key: "coldStart",
    label: "cold start",
    unit: "ms",
    quantity: "time",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "session creation in a fresh process",
    anchor: "cold-start"
  }),
  runtimeRow({
    key: "firstRun",
    label: "first run",
    unit: "ms",
    quantity: "time",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "the first inference after load",
    anchor: "first-run"
  }),
  runtimeRow({
    key: "peakRss",
    label: "peak RSS",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "resident memory above the process without the model",
    anchor: "peak-rss"
  }),
  runtimeRow({
    key: "achievedFlopsPerSecond",
    label: "achieved FLOP/s",
    unit: "FLOP/s",
    quantity: "rate",
    direction: "none",
    noDirection: "FLOPs / latency p50: it rises when latency falls and also when FLOPs grow at the same latency, so it says how the hardware was used, not whether the model got cheaper",
    gate: null,
    convention: "FLOPs / latency p50",
    anchor: "achieved-flops-per-second"
  })
];
var BY_KEY = new Map(INDICATORS.map((r) => [r.key, r]));
var THROUGHPUT_BATCH = /^throughput\.b([1-9]\d*)$/;
function findIndicator(key2) {
  if (Object.hasOwn(Object.prototype, key2)) return void 0;
  return BY_KEY.get(key2) ?? (THROUGHPUT_BATCH.test(key2) ? BY_KEY.get("throughput") : void 0);
}
function indicator(key2) {
  const row = findIndicator(key2);
  if (!row) throw new Error(`indicator "${key2}" has no row in src/indicators.ts`);
  return row;
}
function labelOf(key2) {
  const batch = THROUGHPUT_BATCH.exec(key2);
  return batch ? `throughput (batch ${batch[1]})` : indicator(key2).label;
}
var STATIC_INDICATORS = INDICATORS.filter(
  (r) => r.stage === "static"
);
var RUNTIME_INDICATORS = INDICATORS.filter(
  (r) => r.stage === "runtime"
);

// src/suggest.ts
function suggest(key2, known2) {
  let best;
  let bestDistance = Infinity;
  for (const k of known2) {
    const d = distance(key2.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.ceil(key2.length / 3)) ? best : void 0;
}
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, substitution);
    }
    previous = row;
  }
  return previous[b.length];
}

// src/compare/gate-parse.ts
var gateName = (g) => g.scenario ? `${g.scenario}.${g.key}` : g.key;
function parseScopedGate(key2, limit, scenarios, where3) {
  const dot = key2.indexOf(".");
  const first = dot < 0 ? "" : key2.slice(0, dot);
  if (!scenarios.has(first)) return parseGate(key2, limit, where3);
  const rest = key2.slice(dot + 1);
  if (rest === "on-inconclusive") {
    throw new UserError(
      `${where3 ? `${where3}: ` : ""}gate ${key2}: on-inconclusive applies to every runtime gate; write it without a scenario.`
    );
  }
  return { ...parseGate(rest, limit, where3), scenario: first };
}
var clashesWithGateKey = (name3) => GATE_KEYS.some((k) => k === name3 || k.startsWith(`${name3}.`));
var SPECS = Object.fromEntries(
  INDICATORS.flatMap(
    (r) => r.gate ? [
      [
        r.key,
        {
          quantity: r.quantity,
          direction: r.gate.limit,
          runtime: r.stage === "runtime",
          words: r.gate.words
        }
      ]
    ] : []
  )
);
var THROUGHPUT = SPECS.throughput;
var SWITCHES = ["fail-on-contradiction", "on-inconclusive"];
var BATCH_KEY = THROUGHPUT_BATCH;
var GATE_KEYS = [...Object.keys(SPECS), "throughput.b<N>", ...SWITCHES];
var isGateKey = (key2) => Object.hasOwn(SPECS, key2) || BATCH_KEY.test(key2) && key2.length <= 20 || SWITCHES.includes(key2);
function parseGate(key2, limit, where3) {
  const at = where3 ? `${where3}: ` : "";
  const written = String(limit);
  if (SWITCHES.includes(key2)) {
    if (typeof limit !== "boolean") {
      throw new UserError(
        `${at}gate ${key2}: ${show(limit)} is not a boolean; expected true or false.`
      );
    }
    return { kind: key2, key: key2, limit: written, enabled: limit };
  }
  const spec = specOf(key2, at);
  const expected = expectation(spec);
  const bad = (what) => new UserError(`${at}gate ${key2}: ${what}; expected ${expected}.`);
  if (typeof limit === "boolean") throw bad(`${show(limit)} is not a limit`);
  if (typeof limit === "number" && !Number.isFinite(limit)) {
    throw bad(`${show(limit)} is not a limit`);
  }
  const m = /^([+-])?\s*(\d+(?:\.\d*)?|\.\d+)\s*(.*)$/.exec(written.trim());
  if (!m) throw bad(`${show(limit)} is not a limit`);
  const [, sign, digits, rawUnit] = m;
  const unit = rawUnit.trim();
  let magnitude;
  let relative2 = false;
  if (unit === "%") {
    magnitude = Number(digits) / 100;
    relative2 = true;
  } else {
    const scale = unitScale(unit, spec);
    if (scale === "missing") {
      throw bad(`${show(limit)} has no unit, and ${key2} is ${describe2(spec)}`);
    }
    if (scale === null) {
      throw bad(
        `${show(limit)}: ${foreignUnit(unit)} is not a unit for ${key2}, which is ${describe2(spec)}`
      );
    }
    magnitude = Number(digits) * scale;
  }
  const worseSign = spec.direction === "lower-is-better" ? 1 : -1;
  const signed = sign === "-" ? -magnitude : sign === "+" ? magnitude : worseSign * magnitude;
  if (signed * worseSign < 0) {
    const [way, example] = spec.direction === "lower-is-better" ? ["increase for a lower-is-better indicator", `+${digits}${rawUnit}`] : ["drop for a higher-is-better indicator", `-${digits}${rawUnit}`];
    throw new UserError(
      `${at}gate ${key2}: ${show(limit)} would trip unless ${key2} improves; a limit is the largest allowed ${way}, e.g. ${example}.`
    );
  }
  return {
    kind: "indicator",
    key: key2,
    limit: written,
    runtime: spec.runtime,
    quantity: spec.quantity,
    direction: spec.direction,
    relative: relative2,
    amount: signed === 0 ? 0 : signed
  };
}
function specOf(key2, at) {
  if (Object.hasOwn(SPECS, key2)) return SPECS[key2];
  if (BATCH_KEY.test(key2)) return THROUGHPUT;
  if (key2.startsWith("throughput.")) {
    throw new UserError(
      `${at}unknown gate "${key2}"; expected throughput (every batch size) or throughput.b<N> with N a batch size, e.g. throughput.b8.`
    );
  }
  const near = suggest(key2, GATE_KEYS);
  throw new UserError(
    near ? `${at}unknown gate "${key2}"; did you mean "${near}"?` : `${at}unknown gate "${key2}"; expected one of: ${GATE_KEYS.join(", ")}.`
  );
}
var TIME_UNITS = { ms: 1, s: 1e3, \u00B5s: 1e-3, us: 1e-3 };
var SI_PREFIX = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
var POWERS = { k: 1, m: 2, g: 3, t: 4 };
function unitScale(unit, spec) {
  if (spec.quantity === "time") {
    if (unit === "") return "missing";
    return TIME_UNITS[unit.toLowerCase()] ?? null;
  }
  if (spec.quantity === "bytes") {
    if (unit === "" || /^(b|bytes?)$/i.test(unit)) return 1;
    const m = /^([kmgt])(i?)b$/i.exec(unit);
    return m ? (m[2] ? 1024 : 1e3) ** POWERS[m[1].toLowerCase()] : null;
  }
  const isWord = (w) => w === "" || spec.words.some((x) => x.toLowerCase() === w);
  if (isWord(unit.toLowerCase())) return 1;
  const prefix = SI_PREFIX[unit[0]];
  if (prefix && isWord(unit.slice(1).trim().toLowerCase())) return prefix;
  return null;
}
function foreignUnit(unit) {
  const rest = unit.slice(1).trim();
  const known2 = Object.values(SPECS).some(
    (s) => s.words.some((w) => w.toLowerCase() === rest.toLowerCase())
  );
  return SI_PREFIX[unit[0]] && rest && known2 ? rest : unit;
}
function describe2(spec) {
  switch (spec.quantity) {
    case "time":
      return "a time";
    case "bytes":
      return "a size in bytes";
    case "ratio":
      return "a ratio in FLOP/B";
    case "rate":
      return "a rate in examples/s";
    case "count":
      return `a count of ${spec.words[0]}`;
  }
}
function expectation(spec) {
  const rel = spec.direction === "lower-is-better" ? "+5%" : "-5%";
  const lead = `a relative limit like ${rel} or`;
  switch (spec.quantity) {
    case "time":
      return `${lead} a time like +2ms (ms, s or \xB5s)`;
    case "bytes":
      return `${lead} a size like +512MB or +1GiB (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)`;
    case "ratio":
      return `${lead} a number like -0.5 (FLOP/B)`;
    case "rate":
      return `${lead} a rate like -100 or -1.5k examples/s`;
    case "count":
      return `${lead} a count like +200k or +1.5M ${spec.words[0]}`;
  }
}
function show(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

// src/compare/grammar.ts
function isUnitId(id) {
  const slash = id.indexOf("/");
  if (slash < 0) return isName(id);
  return isName(id.slice(0, slash)) && isScenarioName(id.slice(slash + 1));
}
var UNIT_ID_RULE = `a model id (${NAME_RULE}), or model/scenario where scenario is ${SCENARIO_NAME_RULE}`;
function isGateName(name3) {
  if (isGateKey(name3)) return true;
  const dot = name3.indexOf(".");
  if (dot < 0) return false;
  const rest = name3.slice(dot + 1);
  return isScenarioName(name3.slice(0, dot)) && rest !== "on-inconclusive" && isGateKey(rest);
}
var GATE_NAME_RULE = "a known gate key such as params, latency.p50 or throughput.b8, optionally after a scenario name and a dot (decode.latency.p50)";

// src/compare/result.ts
var RESULT_SCHEMA = "misnomer/result@1";
function readResult(path, options = {}) {
  const name3 = options.name ?? "result.json";
  return parseResult(readJson(path, name3, "result"), path, { ...options, name: name3 });
}
function parseResult(data, where3, options = {}) {
  const name3 = options.name ?? where3;
  const schema = isObject(data) ? data.schema : void 0;
  if (schema !== RESULT_SCHEMA) wrongSchema(where3, name3, RESULT_SCHEMA, schema);
  const c = new Checker();
  checkResult(c, data, options.untrusted ?? false);
  c.done(where3, name3, "misnomer");
  return data;
}
var MODEL_STATUSES = ["ok", "load-failed", "crashed", "timed-out", "failed"];
var SUMMARY_NUMBERS = ["count", "mean", "std", "min", "max", "p50", "p90", "p99", "cv"];
function checkResult(c, root, untrusted) {
  const tool = c.child(root, "tool", "");
  if (tool) c.string(tool, "version", "tool");
  c.string(root, "commit", "", true);
  const s = c.child(root, "settings", "", true);
  if (s) {
    c.string(s, "provider", "settings");
    for (const k of SETTINGS_NUMBERS) c.number(s, k, "settings");
    for (const k of ["graphOptimizationLevel", "executionMode"]) c.string(s, k, "settings");
  }
  c.child(root, "fingerprint", "", true);
  c.list(root, "models", "", (v, at) => {
    const m = c.object(v, at);
    if (!m) return;
    if (untrusted) c.matching(m, "id", at, isUnitId, UNIT_ID_RULE);
    else c.string(m, "id", at);
    checkAnalysis(c, m, at, untrusted);
    const meas = c.child(m, "measurement", at, true);
    if (meas) checkMeasurement(c, meas, join(at, "measurement"));
  });
}
function checkAnalysis(c, m, at, untrusted) {
  const a = c.child(m, "analysis", at);
  if (!a) return;
  const p = join(at, "analysis");
  const totals = c.child(a, "totals", p);
  if (totals) {
    for (const k of TOTALS_NUMBERS) c.number(totals, k, join(p, "totals"), { optional: true });
  }
  const dims = c.child(a, "dims", p, true);
  for (const [k, v] of Object.entries(dims ?? {})) {
    if (!isFiniteNumber(v)) c.problem(keyPath(join(p, "dims"), k), "a number", v);
  }
  if (untrusted && a.scenario !== void 0) {
    c.matching(a, "scenario", p, isScenarioName, SCENARIO_NAME_RULE);
  } else c.string(a, "scenario", p, true);
  const ops = c.child(a, "byOpType", p, true);
  for (const [op, v] of Object.entries(ops ?? {})) {
    const o = c.object(v, keyPath(join(p, "byOpType"), op));
    if (o)
      for (const k of OP_NUMBERS)
        c.number(o, k, keyPath(join(p, "byOpType"), op), { optional: true });
  }
  if (a.uncounted !== void 0) {
    c.list(a, "uncounted", p, (u, q) => {
      const o = c.object(u, q);
      if (!o) return;
      c.string(o, "opType", q);
      c.number(o, "count", q);
    });
  }
  if (a.incompleteTotals !== void 0)
    c.list(a, "incompleteTotals", p, (x, q) => c.isString(x, q));
}
function checkMeasurement(c, m, at) {
  c.oneOf(m, "status", at, MODEL_STATUSES);
  c.string(m, "error", at, true);
  for (const k of ["latency", "coldStart", "firstRun"]) {
    const s = c.child(m, k, at, true);
    if (s) checkSamples(c, s, join(at, k));
  }
  const latency = isObject(m.latency) ? m.latency : void 0;
  if (latency) c.number(latency, "batch", join(at, "latency"));
  if (m.throughput !== void 0) {
    c.list(m, "throughput", at, (t, p) => {
      const o = c.object(t, p);
      if (!o) return;
      c.number(o, "batch", p);
      c.number(o, "examplesPerSecond", p);
      c.number(o, "tokensPerSecond", p, { optional: true });
      const s = c.child(o, "latency", p);
      if (s) checkSamples(c, s, join(p, "latency"));
    });
  }
  const rss = c.child(m, "peakRss", at, true);
  if (rss) c.number(rss, "bytes", join(at, "peakRss"));
  c.number(m, "achievedFlopsPerSecond", at, { optional: true });
  const profile = c.child(m, "opProfile", at, true);
  const byOp = profile ? c.child(profile, "byOpType", join(at, "opProfile")) : null;
  for (const [op, v] of Object.entries(byOp ?? {})) {
    const p = keyPath(join(at, "opProfile.byOpType"), op);
    const o = c.object(v, p);
    if (!o) continue;
    for (const k of ["ms", "share", "calls"]) c.number(o, k, p);
    for (const k of ["flopsShare", "bytesShare", "achievedFlopsPerSecond"]) {
      c.number(o, k, p, { optional: true });
    }
  }
}
function checkSamples(c, s, at) {
  c.list(s, "samplesMs", at, (x, p) => {
    if (!isFiniteNumber(x)) c.problem(p, "a number", x);
  });
  const summary = c.child(s, "summary", at, true);
  if (summary) {
    for (const k of SUMMARY_NUMBERS) c.number(summary, k, join(at, "summary"), { optional: true });
  }
}
var SETTINGS_NUMBERS = [
  "intraOpThreads",
  "interOpThreads",
  "budgetMs",
  "warmupRuns",
  "warmupMs",
  "latencyBatch",
  "coldStartRuns",
  "timeoutMs",
  "seed"
];
var TOTALS_NUMBERS = [
  "params",
  "paramsPerUse",
  "embeddingParams",
  "nonEmbeddingParams",
  "weightBytes",
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "bytesAccessed",
  "peakActivationBytes",
  "modelFileBytes",
  "nodes"
];
var OP_NUMBERS = ["count", "macs", "flops", "transcendentals", "intOps", "bytesAccessed"];
function makeResult(analyses, measurement, commit) {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...commit ? { commit } : {},
    ...measurement ? { settings: measurement.settings, fingerprint: measurement.fingerprint } : {},
    models: analyses.map(({ id, analysis }) => {
      const m = measurement?.models.find((x) => x.id === id);
      return { id, analysis, ...m ? { measurement: m } : {} };
    })
  };
}

// src/measure/npy.ts
import { existsSync, readFileSync } from "node:fs";
var KINDS2 = {
  f2: ["float16", 2, Uint16Array],
  f4: ["float32", 4, Float32Array],
  f8: ["float64", 8, Float64Array],
  i1: ["int8", 1, Int8Array],
  u1: ["uint8", 1, Uint8Array],
  i2: ["int16", 2, Int16Array],
  u2: ["uint16", 2, Uint16Array],
  i4: ["int32", 4, Int32Array],
  u4: ["uint32", 4, Uint32Array],
  i8: ["int64", 8, BigInt64Array],
  u8: ["uint64", 8, BigUint64Array],
  b1: ["bool", 1, Uint8Array]
};
var MAGIC = "\x93NUMPY";
function readNpy(path) {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the input file path.`);
  return parseNpy(readFileSync(path), path);
}
function parseNpy(bytes2, path) {
  const magic = String.fromCharCode(...bytes2.subarray(0, 6));
  if (magic !== MAGIC) {
    throw new UserError(
      `${path} is not a .npy file (it does not start with "\\x93NUMPY"). Write it with numpy.save, or give a .json file.`
    );
  }
  const view2 = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  const major = bytes2[6];
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes2.length < 8 + lengthBytes) throw truncated(path, "header");
  const headerLength = major === 1 ? view2.getUint16(8, true) : view2.getUint32(8, true);
  const dataStart = 8 + lengthBytes + headerLength;
  if (bytes2.length < dataStart) throw truncated(path, "header");
  const header = new TextDecoder().decode(bytes2.subarray(8 + lengthBytes, dataStart));
  const { descr, fortran, shape } = parseHeader(header, path);
  if (fortran) {
    throw new UserError(
      `${path} stores its array in Fortran order, which misnomer does not read. Save a C-ordered copy: numpy.save(path, numpy.ascontiguousarray(a)).`
    );
  }
  const count = shape.reduce((a, b) => a * b, 1);
  const order = descr[0];
  const code = descr.slice(1);
  if (code.startsWith("U"))
    return strings(bytes2, dataStart, count, Number(code.slice(1)), order, path, shape);
  const kind = KINDS2[code];
  if (!kind || !"<>|=".includes(order)) {
    throw new UserError(
      `${path} holds dtype '${descr}', which misnomer cannot feed to ONNX Runtime. Use one of float16/32/64, int8/16/32/64, uint8/16/32/64, bool or str.`
    );
  }
  const [dtype, width, Ctor] = kind;
  const byteCount2 = count * width;
  if (bytes2.length - dataStart < byteCount2) throw truncated(path, `${byteCount2} data bytes`);
  const buffer = new ArrayBuffer(byteCount2);
  const out = new Uint8Array(buffer);
  out.set(bytes2.subarray(dataStart, dataStart + byteCount2));
  if (order === ">" && width > 1) {
    for (let i = 0; i < byteCount2; i += width) out.subarray(i, i + width).reverse();
  }
  return { dtype, shape, data: new Ctor(buffer) };
}
function parseHeader(header, path) {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText === void 0) {
    throw new UserError(
      `${path}: the .npy header ${JSON.stringify(header.trim())} lacks 'descr', 'fortran_order' or 'shape'. The file is damaged; write it again with numpy.save.`
    );
  }
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UserError(`${path}: the .npy header has an invalid shape (${shapeText}).`);
  }
  return { descr, fortran: fortran === "True", shape };
}
function strings(bytes2, start, count, width, order, path, shape) {
  const view2 = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  if (bytes2.length - start < count * width * 4)
    throw truncated(path, `${count * width * 4} data bytes`);
  const data = [];
  for (let i = 0; i < count; i++) {
    const points = [];
    for (let j = 0; j < width; j++) {
      const cp = view2.getUint32(start + (i * width + j) * 4, order !== ">");
      if (cp === 0) break;
      points.push(cp);
    }
    data.push(String.fromCodePoint(...points));
  }
  return { dtype: "string", shape, data };
}
function truncated(path, what) {
  return new UserError(
    `${path} is truncated: it ends before its ${what}. Write the file again with numpy.save.`
  );
}
var INT_BOUNDS = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  bool: [0, 1]
};
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float16", "float32", "float64"]);
function ortArray(dtype, n, at) {
  if (dtype === "string") return Array.from({ length: n }, (_, i) => String(at(i)));
  if (dtype === "int64" || dtype === "uint64") {
    const a2 = dtype === "int64" ? new BigInt64Array(n) : new BigUint64Array(n);
    for (let i = 0; i < n; i++) a2[i] = BigInt(Math.trunc(Number(at(i))));
    return a2;
  }
  const Ctor = Object.values(KINDS2).find(([name3]) => name3 === dtype)?.[2];
  if (!Ctor) throw new Error(`ortArray: no typed array for ${dtype}`);
  const a = new Ctor(n);
  if (dtype === "float16") for (let i = 0; i < n; i++) a[i] = toHalf(Number(at(i)));
  else for (let i = 0; i < n; i++) a[i] = Number(at(i));
  return a;
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalf(v) {
  f32[0] = v;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  const mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  const full = e > 0 ? mant : mant | 8388608;
  const shift = e > 0 ? 13 : 14 - e;
  if (shift > 24) return sign;
  const kept = full >>> shift;
  const rest = full & (1 << shift) - 1;
  const halfway = 1 << shift - 1;
  const rounded = rest > halfway || rest === halfway && kept & 1 ? kept + 1 : kept;
  return sign | (e > 0 ? e << 10 : 0) + rounded;
}
function readInputFile(path, expected) {
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${expected.name}"). Check the path.`
    );
  }
  const want = `${expected.dtype} [${expected.shape.join(", ")}]`;
  if (!path.toLowerCase().endsWith(".json")) {
    const found = readNpy(path);
    if (found.dtype !== expected.dtype || !sameShape3(found.shape, expected.shape)) {
      throw new UserError(
        `${path}: input "${expected.name}" expects ${want}; the file holds ${found.dtype} [${found.shape.join(", ")}]. Save an array of that dtype and shape (numpy: a.astype('${expected.dtype === "string" ? "str" : expected.dtype}').reshape(${expected.shape.join(", ")})).`
      );
    }
    return found.data;
  }
  const { shape, flat } = readJson2(path);
  if (!sameShape3(shape, expected.shape)) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds a JSON array of shape [${shape.join(", ")}]. Give a nested array of that shape, or {"dims": [...], "data": [...]}.`
    );
  }
  const bad = flat.findIndex((v) => !fits(expected.dtype, v));
  if (bad >= 0) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds ${JSON.stringify(flat[bad])} at flat index ${bad}, which is not a valid ${expected.dtype} value.`
    );
  }
  return ortArray(expected.dtype, flat.length, (i) => {
    const v = flat[i];
    return typeof v === "boolean" ? Number(v) : v;
  });
}
function readGivenFile(path, name3) {
  const source = `--input ${name3}=${path}`;
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${name3}"). Check the path.`
    );
  }
  if (!path.toLowerCase().endsWith(".json")) {
    const a = readNpy(path);
    const values = Array.isArray(a.data) ? void 0 : Array.from(a.data, Number);
    return { dtype: dtypeFromName(a.dtype), shape: a.shape, values, source };
  }
  const { shape, flat } = readJson2(path);
  if (flat.every((v) => typeof v === "string")) return { shape, source };
  const bad = flat.findIndex((v) => typeof v !== "number" && typeof v !== "boolean");
  if (bad >= 0) {
    throw new UserError(
      `${path}: the values of input "${name3}" must be numbers, booleans or text; flat index ${bad} holds ${JSON.stringify(flat[bad])}.`
    );
  }
  return { shape, values: flat.map(Number), source };
}
var readGivenFiles = (files) => Object.fromEntries(
  Object.entries(files).map(([name3, path]) => [name3, readGivenFile(path, name3)])
);
function readJson2(path) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON (${e.message}).`);
  }
  if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) {
    const { dims, data } = doc;
    if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new UserError(
        `${path}: a JSON object must be {"dims": [...], "data": [...]} with "dims" a list of non-negative integers; or give a nested array.`
      );
    }
    const flat = nested(data, path).flat;
    const count = dims.reduce((a, b) => a * b, 1);
    if (flat.length !== count) {
      throw new UserError(
        `${path}: "dims" [${dims.join(", ")}] needs ${count} values, but "data" has ${flat.length}.`
      );
    }
    return { shape: dims, flat };
  }
  return nested(doc, path);
}
function nested(v, path) {
  if (!Array.isArray(v)) return { shape: [], flat: [v] };
  const parts = v.map((x) => nested(x, path));
  const inner = parts[0]?.shape ?? [];
  for (const p of parts) {
    if (!sameShape3(p.shape, inner)) {
      throw new UserError(
        `${path}: the nested array is ragged (elements of shape [${inner.join(", ")}] and [${p.shape.join(", ")}] side by side). Give a rectangular array.`
      );
    }
  }
  return { shape: [v.length, ...inner], flat: parts.flatMap((p) => p.flat) };
}
function fits(dtype, v) {
  if (dtype === "string") return typeof v === "string";
  if (dtype === "bool") return typeof v === "boolean" || v === 0 || v === 1;
  if (typeof v !== "number") return false;
  if (FLOAT_TYPES.has(dtype)) return true;
  const b = INT_BOUNDS[dtype];
  return !!b && Number.isInteger(v) && v >= b[0] && v <= b[1];
}
var sameShape3 = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);

// src/onnx/load.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

// src/onnx/wire.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var WireError = class extends Error {
  constructor(message, offset, truncated2 = false) {
    super(message);
    this.offset = offset;
    this.truncated = truncated2;
  }
  offset;
  truncated;
};
var WINDOW_BYTES = 256 << 10;
var MIN_WINDOW_BYTES = 8 << 10;
var WHOLE_FILE_BYTES = 256 << 10;
var FileSource = class {
  constructor(path, window = WINDOW_BYTES, wholeFileBytes = WHOLE_FILE_BYTES) {
    this.path = path;
    this.window = window;
    this.fd = openSync2(path, "r");
    this.size = fstatSync2(this.fd).size;
    if (this.size <= wholeFileBytes) this.fill(0, this.size);
  }
  path;
  window;
  size;
  fd;
  /**
   * The window's bytes are buf[0, winLength). One buffer serves every window that fits in it: a
   * fresh buffer per window was an allocation, and an ArrayBuffer for the GC to sweep, per skipped
   * weight. Views of it are read at once (a varint, a name, a constant's bytes), never kept.
   */
  buf = Buffer.alloc(0);
  winLength = 0;
  winStart = 0;
  /** The size of the next window read where the last one ended. */
  next = MIN_WINDOW_BYTES;
  close() {
    closeSync2(this.fd);
  }
  /** Returns a buffer and the index in it of file offset `pos`, with at least `n` bytes there. */
  view(pos, n) {
    if (pos < this.winStart || pos + n > this.winStart + this.winLength) {
      if (pos + n > this.size) throw new WireError("unexpected end of file", pos, true);
      const onward = pos >= this.winStart && pos - (this.winStart + this.winLength) < this.next;
      const size = onward ? this.next : MIN_WINDOW_BYTES;
      this.next = Math.min(this.window, 2 * size);
      this.fill(pos, Math.max(n, Math.min(size, this.size - pos)));
    }
    return [this.buf, pos - this.winStart];
  }
  fill(pos, n) {
    if (n > this.buf.length)
      this.buf = Buffer.allocUnsafe(Math.max(n, Math.min(this.window, this.size)));
    const buf = this.buf;
    this.winLength = 0;
    let done = 0;
    while (done < n) {
      const got2 = readSync2(this.fd, buf, done, n - done, pos + done);
      if (got2 === 0) throw new WireError("unexpected end of file", pos + done, true);
      done += got2;
    }
    this.winLength = n;
    this.winStart = pos;
  }
};
var MAX_STRING_BYTES = 16 << 20;
var MAX_DEPTH = 100;
var WireReader = class _WireReader {
  constructor(src, pos, end, depth = 0) {
    this.src = src;
    this.pos = pos;
    this.end = end;
    this.depth = depth;
  }
  src;
  pos;
  end;
  depth;
  get done() {
    return this.pos >= this.end;
  }
  /** Reads a varint as a JS number. int64 values beyond 2^53 lose precision (never a dim). */
  varint() {
    if (this.pos >= this.end) {
      throw new WireError("unexpected end of message", this.pos, this.pos >= this.src.size);
    }
    const avail = Math.min(10, this.end - this.pos);
    const [buf, i0] = this.src.view(this.pos, avail);
    const b0 = buf[i0];
    if (b0 < 128) {
      this.pos += 1;
      return b0;
    }
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < avail; k++) {
      const b = buf[i0 + k];
      if (k < 4) lo |= (b & 127) << 7 * k;
      else if (k === 4) {
        lo |= (b & 15) << 28;
        hi = (b & 127) >> 4;
      } else hi |= (b & 127) << 7 * k - 32;
      if (b < 128) {
        this.pos += k + 1;
        lo >>>= 0;
        if (hi & 2147483648) return -((~hi >>> 0) * 4294967296 + ((~lo >>> 0) + 1));
        return (hi >>> 0) * 4294967296 + lo;
      }
    }
    throw new WireError(
      avail < 10 ? "truncated varint" : "varint longer than 10 bytes",
      this.pos,
      avail < 10 && this.end >= this.src.size
    );
  }
  /** Reads a tag; returns [field number, wire type]. */
  tag() {
    const t = this.varint();
    const field = Math.floor(t / 8);
    const wire = t & 7;
    if (field === 0) throw new WireError("field number 0", this.pos);
    return [field, wire];
  }
  /** Reads a length prefix and returns the [start, end) it covers, moving past it. */
  lengthDelimited() {
    const len = this.varint();
    const start = this.pos;
    if (len < 0 || start + len > this.end) {
      throw new WireError(
        `length ${len} runs past the end of its message`,
        start,
        start + len > this.src.size
      );
    }
    this.pos = start + len;
    return [start, start + len];
  }
  /** A reader over the next length-delimited field (an embedded message). */
  message() {
    const [start, end] = this.lengthDelimited();
    if (this.depth >= MAX_DEPTH)
      throw new WireError(`messages nested more than ${MAX_DEPTH} deep`, start);
    return new _WireReader(this.src, start, end, this.depth + 1);
  }
  string() {
    const [start, end] = this.lengthDelimited();
    if (end - start > MAX_STRING_BYTES) throw new WireError(`a ${end - start}-byte name`, start);
    if (end === start) return "";
    const [buf, i] = this.src.view(start, end - start);
    return buf.toString("utf8", i, i + end - start);
  }
  fixed32Float() {
    return this.fixed(4, "fixed32", (buf, i) => buf.readFloatLE(i));
  }
  fixed64Double() {
    return this.fixed(8, "fixed64", (buf, i) => buf.readDoubleLE(i));
  }
  /** A little-endian value of `width` bytes at the current position. */
  fixed(width, what, read) {
    const [buf, i] = this.src.view(this.pos, width);
    this.pos += width;
    if (this.pos > this.end)
      throw new WireError(`truncated ${what}`, this.pos - width, this.pos > this.src.size);
    return read(buf, i);
  }
  skip(wire) {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.pos += 8;
        break;
      case WIRE_LEN:
        this.lengthDelimited();
        return;
      case WIRE_FIXED32:
        this.pos += 4;
        break;
      default:
        throw new WireError(`unsupported wire type ${wire}`, this.pos);
    }
    if (this.pos > this.end)
      throw new WireError(
        "field runs past the end of its message",
        this.pos,
        this.pos > this.src.size
      );
  }
  /** Reads a repeated varint field, packed (wire type 2) or one value (wire type 0). */
  varints(wire, into) {
    this.repeated(wire, WIRE_VARINT, "varint", (r) => r.varint(), into);
  }
  /** Reads a repeated float field, packed or not. */
  floats(wire, into) {
    this.repeated(wire, WIRE_FIXED32, "float", (r) => r.fixed32Float(), into);
  }
  /** Reads a repeated double field, packed or not. */
  doubles(wire, into) {
    this.repeated(wire, WIRE_FIXED64, "double", (r) => r.fixed64Double(), into);
  }
  /**
   * A repeated scalar field: either one value with the scalar's own wire type, or a packed run
   * of them in one length-delimited field.
   */
  repeated(wire, single, what, read, into) {
    if (wire === single) {
      into.push(read(this));
      return;
    }
    if (wire !== WIRE_LEN) throw new WireError(`wire type ${wire} for a ${what} field`, this.pos);
    const inner = this.message();
    while (!inner.done) into.push(read(inner));
  }
};

// src/onnx/decode.ts
function decodeModel(r) {
  const m = {
    irVersion: 0,
    producerName: "",
    producerVersion: "",
    opsets: /* @__PURE__ */ new Map(),
    functions: [],
    sawModelField: false
  };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) {
      m.irVersion = r.varint();
      m.sawModelField = true;
    } else if (field === 2 && wire === WIRE_LEN) m.producerName = r.string();
    else if (field === 3 && wire === WIRE_LEN) m.producerVersion = r.string();
    else if (field === 7 && wire === WIRE_LEN) m.graph = decodeGraph(r.message());
    else if (field === 8 && wire === WIRE_LEN) m.opsets.set(...decodeOpset(r.message()));
    else if (field === 25 && wire === WIRE_LEN) m.functions.push(decodeFunction(r.message()));
    else r.skip(wire);
  }
  return m;
}
function decodeOpset(r) {
  let domain = "";
  let version = 0;
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) domain = r.string();
    else if (field === 2 && wire === WIRE_VARINT) version = r.varint();
    else r.skip(wire);
  }
  return [normalizeDomain(domain), version];
}
function decodeGraph(r) {
  const g = {
    name: "",
    nodes: [],
    inputs: [],
    outputs: [],
    valueInfo: [],
    initializers: []
  };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        g.nodes.push(decodeNode(r.message()));
        break;
      case 2:
        g.name = r.string();
        break;
      case 5:
        g.initializers.push(decodeTensor(r.message()));
        break;
      case 15:
        g.initializers.push(decodeSparseTensor(r.message()));
        break;
      case 11:
        g.inputs.push(decodeValueInfo(r.message()));
        break;
      case 12:
        g.outputs.push(decodeValueInfo(r.message()));
        break;
      case 13:
        g.valueInfo.push(decodeValueInfo(r.message()));
        break;
      default:
        r.skip(wire);
    }
  }
  return g;
}
function decodeNode(r) {
  const n = {
    name: "",
    opType: "",
    domain: "",
    inputs: [],
    outputs: [],
    attributes: /* @__PURE__ */ new Map()
  };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        n.inputs.push(r.string());
        break;
      case 2:
        n.outputs.push(r.string());
        break;
      case 3:
        n.name = r.string();
        break;
      case 4:
        n.opType = r.string();
        break;
      case 7:
        n.domain = normalizeDomain(r.string());
        break;
      case 5: {
        const attribute = decodeAttribute(r.message());
        if (attribute) n.attributes.set(attribute[0], attribute[1]);
        break;
      }
      case 8:
        n.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  return n;
}
var VARINT = [WIRE_VARINT];
var LEN = [WIRE_LEN];
var VARINT_OR_LEN = [WIRE_VARINT, WIRE_LEN];
var A_FLOAT = 1;
var A_INT = 2;
var A_STRING = 3;
var A_TENSOR = 4;
var A_GRAPH = 5;
var A_FLOATS = 6;
var A_INTS = 7;
var A_STRINGS = 8;
var A_TENSORS = 9;
var A_GRAPHS = 10;
var A_SPARSE = 11;
var A_SPARSES = 12;
var A_TP = 13;
var A_TPS = 14;
function expectWire(r, field, wire, allowed) {
  if (!allowed.includes(wire)) {
    throw new WireError(
      `field ${field} has wire type ${wire}, expected ${allowed.join(" or ")}`,
      r.pos
    );
  }
}
var ATTRIBUTE_FIELDS = {
  1: [[WIRE_LEN], (r, _, a) => a.name = r.string()],
  20: [[WIRE_VARINT], (r, _, a) => a.type = r.varint()],
  21: [[WIRE_LEN], (r, _, a) => a.ref = r.string()],
  2: [[WIRE_FIXED32], (r, _, a) => a.f = r.fixed32Float()],
  3: [[WIRE_VARINT], (r, _, a) => a.i = r.varint()],
  4: [[WIRE_LEN], (r, _, a) => a.s = r.string()],
  5: [[WIRE_LEN], (r, _, a) => a.t = decodeTensor(r.message())],
  6: [[WIRE_LEN], (r, _, a) => a.g = decodeGraph(r.message())],
  22: [[WIRE_LEN], (r, _, a) => a.sp = decodeSparseTensor(r.message())],
  14: [[WIRE_LEN], (r, _, a) => a.tp = decodeType(r.message())],
  7: [[WIRE_LEN, WIRE_FIXED32], (r, wire, a) => r.floats(wire, a.floats ??= [])],
  8: [[WIRE_LEN, WIRE_VARINT], (r, wire, a) => r.varints(wire, a.ints ??= [])],
  9: [[WIRE_LEN], (r, _, a) => (a.strings ??= []).push(r.string())],
  10: [[WIRE_LEN], (r, _, a) => (a.tensors ??= []).push(decodeTensor(r.message()))],
  11: [[WIRE_LEN], (r, _, a) => (a.graphs ??= []).push(decodeGraph(r.message()))],
  23: [[WIRE_LEN], (r, _, a) => (a.sparses ??= []).push(decodeSparseTensor(r.message()))],
  15: [[WIRE_LEN], (r, _, a) => (a.tps ??= []).push(decodeType(r.message()))]
};
function decodeAttribute(r) {
  const a = { name: "", type: 0, ref: "" };
  while (!r.done) {
    const [field, wire] = r.tag();
    const how = ATTRIBUTE_FIELDS[field];
    if (!how) {
      r.skip(wire);
      continue;
    }
    expectWire(r, field, wire, how[0]);
    how[1](r, wire, a);
  }
  if (a.ref) return [a.name, { type: "ref", value: a.ref, refType: a.type }];
  const value = attributeValue(a, a.type || guessType(a));
  return value ? [a.name, value] : void 0;
}
function guessType(a) {
  const present2 = [
    [a.f !== void 0, A_FLOAT],
    [a.i !== void 0, A_INT],
    [a.s !== void 0, A_STRING],
    [!!a.t, A_TENSOR],
    [!!a.g, A_GRAPH],
    [!!a.sp, A_SPARSE],
    [!!a.tp, A_TP],
    [!!a.floats?.length, A_FLOATS],
    [!!a.ints?.length, A_INTS],
    [!!a.strings?.length, A_STRINGS],
    [!!a.tensors?.length, A_TENSORS],
    [!!a.graphs?.length, A_GRAPHS],
    [!!a.sparses?.length, A_SPARSES],
    [!!a.tps?.length, A_TPS]
  ];
  return present2.find(([has]) => has)?.[1] ?? A_INTS;
}
function attributeValue(a, type) {
  switch (type) {
    case A_FLOAT:
      return { type: "float", value: a.f ?? 0 };
    case A_INT:
      return { type: "int", value: a.i ?? 0 };
    case A_STRING:
      return { type: "string", value: a.s ?? "" };
    case A_TENSOR:
      return { type: "tensor", value: a.t ?? emptyTensor(a.name) };
    case A_GRAPH:
      return { type: "graph", value: a.g ?? emptyGraph(a.name) };
    case A_SPARSE:
      return { type: "sparse_tensor", value: a.sp ?? emptyTensor(a.name) };
    case A_TP:
      return { type: "type_proto", value: a.tp ?? { kind: "unknown" } };
    case A_FLOATS:
      return { type: "floats", value: a.floats ?? [] };
    case A_INTS:
      return { type: "ints", value: a.ints ?? [] };
    case A_STRINGS:
      return { type: "strings", value: a.strings ?? [] };
    case A_TENSORS:
      return { type: "tensors", value: a.tensors ?? [] };
    case A_GRAPHS:
      return { type: "graphs", value: a.graphs ?? [] };
    case A_SPARSES:
      return { type: "sparse_tensors", value: a.sparses ?? [] };
    case A_TPS:
      return { type: "type_protos", value: a.tps ?? [] };
    default:
      return void 0;
  }
}
var emptyTensor = (name3) => ({
  name: name3,
  dataType: 0,
  dims: [],
  data: { kind: "empty" }
});
var emptyGraph = (name3) => ({
  name: name3,
  nodes: [],
  inputs: [],
  outputs: [],
  valueInfo: [],
  initializers: []
});
var PAYLOAD_WIRES = {
  4: [WIRE_LEN, WIRE_FIXED32],
  5: [WIRE_LEN, WIRE_VARINT],
  7: [WIRE_LEN, WIRE_VARINT],
  9: [WIRE_LEN],
  10: [WIRE_LEN, WIRE_FIXED64],
  11: [WIRE_LEN, WIRE_VARINT]
};
function checkDims2(r, t) {
  if (t.dims.length > MAX_RANK2 || t.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
    const shown2 = t.dims.length > 8 ? `${t.dims.length} dims` : `dims [${t.dims.join(", ")}]`;
    throw new WireError(`tensor "${t.name}" has ${shown2}, which is not a shape`, r.pos);
  }
}
function byteCount(r, t, key2, text2) {
  const n = Number(text2);
  if (!/^\d+$/.test(text2) || !Number.isSafeInteger(n)) {
    throw new WireError(
      `tensor "${t.name}" has external-data ${key2} "${text2}", which is not a byte count`,
      r.pos
    );
  }
  return n;
}
var MAX_RANK2 = 64;
function decodeTensor(r) {
  const t = { name: "", dataType: 0, dims: [], data: { kind: "empty" } };
  let payload;
  let external = false;
  let ext;
  while (!r.done) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1:
        expectWire(r, field, wire, VARINT_OR_LEN);
        r.varints(wire, t.dims);
        break;
      case 2:
        expectWire(r, field, wire, VARINT);
        t.dataType = r.varint();
        break;
      case 8:
        expectWire(r, field, wire, LEN);
        t.name = r.string();
        break;
      case 14:
        expectWire(r, field, wire, VARINT);
        external = r.varint() === 1;
        break;
      case 13: {
        expectWire(r, field, wire, LEN);
        const [k, v] = decodeStringEntry(r.message());
        (ext ??= /* @__PURE__ */ new Map()).set(k, v);
        break;
      }
      case 4:
      case 5:
      case 7:
      case 9:
      case 10:
      case 11: {
        expectWire(r, field, wire, PAYLOAD_WIRES[field]);
        const start = r.pos;
        r.skip(wire);
        const range = { file: r.src.path, offset: start, length: r.pos - start };
        if (payload && payload.field === field && field !== 9) payload.ranges.push(range);
        else payload = { field, wire, ranges: [range] };
        break;
      }
      default:
        r.skip(wire);
    }
  }
  checkDims2(r, t);
  if (external) {
    const offset = byteCount(r, t, "offset", ext?.get("offset") ?? "0");
    const length = ext?.has("length") ? byteCount(r, t, "length", ext.get("length")) : void 0;
    t.data = {
      kind: "external",
      range: { file: "", offset, length: length ?? -1 },
      declared: { location: ext?.get("location") ?? "", offset, length }
    };
  } else if (payload) {
    t.data = {
      kind: "fields",
      field: payload.field,
      wireType: payload.wire,
      ranges: payload.ranges
    };
  }
  return t;
}
function decodeSparseTensor(r) {
  let values;
  const dims = [];
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) values = decodeTensor(r.message());
    else if (field === 3) r.varints(wire, dims);
    else r.skip(wire);
  }
  const stored = values ? values.dims.reduce((a, b) => a * b, 1) : 0;
  const t = {
    name: values?.name ?? "",
    dataType: values?.dataType ?? 0,
    dims,
    data: { kind: "empty" },
    sparseValues: stored
  };
  checkDims2(r, t);
  return t;
}
function decodeStringEntry(r) {
  let k = "";
  let v = "";
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) k = r.string();
    else if (field === 2 && wire === WIRE_LEN) v = r.string();
    else r.skip(wire);
  }
  return [k, v];
}
function decodeValueInfo(r) {
  const v = { name: "", type: { kind: "unknown" } };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) v.name = r.string();
    else if (field === 2 && wire === WIRE_LEN) v.type = decodeType(r.message());
    else r.skip(wire);
  }
  return v;
}
function decodeType(r) {
  let t = { kind: "unknown" };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1 || field === 8) {
      const [elemType, shape] = decodeTensorType(r.message());
      t = { kind: field === 1 ? "tensor" : "sparse_tensor", elemType, shape };
    } else if (field === 4 || field === 9) {
      const inner = r.message();
      let elem;
      while (!inner.done) {
        const [f2, w2] = inner.tag();
        if (f2 === 1 && w2 === WIRE_LEN) elem = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: field === 4 ? "sequence" : "optional", elem };
    } else if (field === 5) {
      const inner = r.message();
      let keyType = 0;
      let value;
      while (!inner.done) {
        const [f2, w2] = inner.tag();
        if (f2 === 1 && w2 === WIRE_VARINT) keyType = inner.varint();
        else if (f2 === 2 && w2 === WIRE_LEN) value = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: "map", keyType, value };
    } else r.skip(wire);
  }
  return t;
}
function decodeTensorType(r) {
  let elemType = 0;
  let shape;
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) elemType = r.varint();
    else if (field === 2 && wire === WIRE_LEN) {
      shape = [];
      const s = r.message();
      while (!s.done) {
        const [f2, w2] = s.tag();
        if (f2 === 1 && w2 === WIRE_LEN) shape.push(decodeDim(s.message()));
        else s.skip(w2);
      }
    } else r.skip(wire);
  }
  return [elemType, shape];
}
function decodeDim(r) {
  let dim = "";
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) dim = r.varint();
    else if (field === 2 && wire === WIRE_LEN) dim = r.string();
    else r.skip(wire);
  }
  return dim;
}
function decodeFunction(r) {
  const fn = {
    name: "",
    domain: "",
    overload: "",
    inputs: [],
    outputs: [],
    attributes: /* @__PURE__ */ new Map(),
    nodes: [],
    opsets: /* @__PURE__ */ new Map()
  };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        fn.name = r.string();
        break;
      case 4:
        fn.inputs.push(r.string());
        break;
      case 5:
        fn.outputs.push(r.string());
        break;
      case 6:
        fn.attributes.set(r.string(), void 0);
        break;
      case 11: {
        const attribute = decodeAttribute(r.message());
        if (attribute) fn.attributes.set(attribute[0], attribute[1]);
        break;
      }
      case 7:
        fn.nodes.push(decodeNode(r.message()));
        break;
      case 9:
        fn.opsets.set(...decodeOpset(r.message()));
        break;
      case 10:
        fn.domain = r.string();
        break;
      case 13:
        fn.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  return fn;
}

// src/onnx/functions.ts
var MAX_DEPTH2 = 32;
var MAX_EXPANDED_NODES = 1e6;
var key = (domain, name3, overload = "") => `${normalizeDomain(domain)}::${name3}::${overload}`;
function expandFunctions(graph, functions, path) {
  if (functions.length === 0) return graph;
  const expander = new Expander(
    new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f])),
    path
  );
  return expander.graph(graph, 0);
}
var Expander = class {
  constructor(fns, path) {
    this.fns = fns;
    this.path = path;
  }
  fns;
  path;
  sites = /* @__PURE__ */ new Set();
  produced = 0;
  graph(g, depth) {
    const nodes2 = [];
    for (const n of g.nodes) this.node(n, depth, nodes2);
    return { ...g, nodes: nodes2 };
  }
  node(n, depth, out) {
    const node = mapSubgraphs(n, (sub) => this.graph(sub, depth));
    const fn = this.fns.get(key(n.domain, n.opType, n.overload));
    if (!fn) {
      if (++this.produced > MAX_EXPANDED_NODES) this.tooBig();
      out.push(node);
      return;
    }
    if (depth >= MAX_DEPTH2) {
      throw new UserError(
        `${this.path}: function "${fn.name}" calls itself (more than ${MAX_DEPTH2} levels deep). ONNX functions may not be recursive; fix the exporter that wrote them.`
      );
    }
    const site = this.site(n.name || n.opType);
    const rename = /* @__PURE__ */ new Map();
    fn.inputs.forEach((formal, i) => rename.set(formal, n.inputs[i] ?? ""));
    fn.outputs.forEach((formal, i) => rename.set(formal, n.outputs[i] || `${site}/${formal}`));
    const outer = (v) => v === "" ? "" : rename.get(v) ?? `${site}/${v}`;
    fn.nodes.forEach((inner, i) => {
      const body = {
        ...inner,
        name: `${site}/${inner.name || `${inner.opType}_${i}`}`,
        inputs: inner.inputs.map(outer),
        outputs: inner.outputs.map(outer),
        attributes: bindAttributes(inner.attributes, n, fn, outer),
        ...fn.opsets.size > 0 ? { opsets: fn.opsets } : {}
      };
      this.node(body, depth + 1, out);
    });
  }
  /** A call-site prefix no other call site has. */
  site(base) {
    let site = base;
    for (let k = 2; this.sites.has(site); k++) site = `${base}#${k}`;
    this.sites.add(site);
    return site;
  }
  tooBig() {
    throw new UserError(
      `${this.path}: expanding the model's functions produces more than ${MAX_EXPANDED_NODES} nodes (functions that call functions many times). misnomer stops here; check the exporter.`
    );
  }
};
function bindAttributes(attrs, call, fn, outer) {
  const bound = /* @__PURE__ */ new Map();
  for (const [name3, a] of attrs) {
    if (a.type === "ref") {
      const value = call.attributes.get(a.value) ?? fn.attributes.get(a.value);
      if (value) bound.set(name3, value);
    } else if (a.type === "graph") {
      bound.set(name3, { type: "graph", value: renameSubgraph(a.value, call, fn, outer) });
    } else if (a.type === "graphs") {
      bound.set(name3, {
        type: "graphs",
        value: a.value.map((g) => renameSubgraph(g, call, fn, outer))
      });
    } else bound.set(name3, a);
  }
  return bound;
}
function renameSubgraph(g, call, fn, outer) {
  const defined = /* @__PURE__ */ new Set([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name)
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const name3 = (v) => v === "" || defined.has(v) ? v : outer(v);
  return {
    ...g,
    nodes: g.nodes.map((n) => ({
      ...n,
      inputs: n.inputs.map(name3),
      attributes: bindAttributes(n.attributes, call, fn, name3)
    })),
    outputs: g.outputs.map((o) => ({ ...o, name: name3(o.name) }))
  };
}
function mapSubgraphs(n, f) {
  let changed = false;
  const attributes = /* @__PURE__ */ new Map();
  for (const [name3, a] of n.attributes) {
    if (a.type === "graph") {
      attributes.set(name3, { type: "graph", value: f(a.value) });
      changed = true;
    } else if (a.type === "graphs") {
      attributes.set(name3, { type: "graphs", value: a.value.map(f) });
      changed = true;
    } else attributes.set(name3, a);
  }
  return changed ? { ...n, attributes } : n;
}

// src/onnx/tensor-data.ts
var tensorElements = (t) => t.dims.reduce((a, b) => a * b, 1);
var MAX_FLOAT_CONSTANT = 64;
var CONSTANT_WINDOW_BYTES = 256 << 10;
var TensorStore = class {
  sources = /* @__PURE__ */ new Map();
  /** Reuses `modelSource` (already open for decoding) for the model file itself. */
  constructor(modelSource) {
    if (modelSource) this.sources.set(modelSource.path, modelSource);
  }
  close() {
    for (const s of this.sources.values()) s.close();
    this.sources.clear();
  }
  /**
   * The values of `t` as numbers (int64 beyond 2^53 lose precision; bool becomes 0/1), or
   * undefined when the tensor has more than `maxElements` values, holds strings, or is sparse.
   */
  values(t, maxElements = 1 << 16) {
    const n = tensorElements(t);
    if (n > maxElements || t.dataType === DataType.STRING || t.sparseValues !== void 0)
      return void 0;
    try {
      return this.read(t, n);
    } catch {
      return void 0;
    }
  }
  read(t, n) {
    const d = t.data;
    if (d.kind === "inline") return d.values.slice();
    if (d.kind === "empty") return n === 0 ? [] : void 0;
    const width = RAW[t.dataType]?.[0];
    if (d.kind === "external") {
      if (width === void 0 || d.range.length < n * width) return void 0;
      return decodeRaw(t.dataType, this.bytes({ ...d.range, length: n * width }), n);
    }
    if (d.field === 9) {
      const [start, end] = this.reader(d.ranges[0]).lengthDelimited();
      if (width === void 0 || end - start < n * width) return void 0;
      return decodeRaw(
        t.dataType,
        this.bytes({ file: d.ranges[0].file, offset: start, length: n * width }),
        n
      );
    }
    const values = [];
    for (const range of d.ranges) {
      const r = this.reader(range);
      if (d.field === 4) r.floats(d.wireType, values);
      else if (d.field === 10) r.doubles(d.wireType, values);
      else r.varints(d.wireType, values);
    }
    if (values.length < n) return void 0;
    const out = values.slice(0, n);
    if (d.field === 5 && t.dataType === DataType.FLOAT16) return out.map(halfToFloat);
    if (d.field === 5 && t.dataType === DataType.BFLOAT16) return out.map(bf16ToFloat);
    if (d.field === 11) return out.map((v) => v < 0 ? v + 2 ** 64 : v);
    return out;
  }
  /**
   * A deferred read for shape inference. Integer and bool tensors (shapes, indices, masks) are
   * read up to `maxElements`; floating-point ones only when tiny (Resize scales, scalars): a
   * float tensor any bigger is a weight, and weights are never read.
   */
  lazyValues(t, maxElements = 1 << 16) {
    return () => this.values(t, isFloat(t.dataType) ? Math.min(maxElements, MAX_FLOAT_CONSTANT) : maxElements);
  }
  source(file) {
    let s = this.sources.get(file);
    if (!s) {
      s = new FileSource(file, CONSTANT_WINDOW_BYTES, CONSTANT_WINDOW_BYTES);
      this.sources.set(file, s);
    }
    return s;
  }
  reader(range) {
    return new WireReader(this.source(range.file), range.offset, range.offset + range.length);
  }
  bytes(range) {
    const [buf, i] = this.source(range.file).view(range.offset, range.length);
    return buf.subarray(i, i + range.length);
  }
};
function decodeRaw(dtype, buf, n) {
  const [width, read] = RAW[dtype];
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = read(buf, i * width);
  return out;
}
var RAW = {
  [DataType.FLOAT]: [4, (b, o) => b.readFloatLE(o)],
  [DataType.DOUBLE]: [8, (b, o) => b.readDoubleLE(o)],
  [DataType.INT64]: [8, (b, o) => Number(b.readBigInt64LE(o))],
  [DataType.UINT64]: [8, (b, o) => Number(b.readBigUInt64LE(o))],
  [DataType.INT32]: [4, (b, o) => b.readInt32LE(o)],
  [DataType.UINT32]: [4, (b, o) => b.readUInt32LE(o)],
  [DataType.INT16]: [2, (b, o) => b.readInt16LE(o)],
  [DataType.UINT16]: [2, (b, o) => b.readUInt16LE(o)],
  [DataType.INT8]: [1, (b, o) => b.readInt8(o)],
  [DataType.UINT8]: [1, (b, o) => b[o]],
  [DataType.BOOL]: [1, (b, o) => b[o]],
  [DataType.FLOAT16]: [2, (b, o) => halfToFloat(b.readUInt16LE(o))],
  [DataType.BFLOAT16]: [2, (b, o) => bf16ToFloat(b.readUInt16LE(o))]
};
function halfToFloat(h) {
  const s = h & 32768 ? -1 : 1;
  const e = h >> 10 & 31;
  const f = h & 1023;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
var bf16View = new DataView(new ArrayBuffer(4));
function bf16ToFloat(b) {
  bf16View.setUint32(0, b << 16 >>> 0);
  return bf16View.getFloat32(0);
}

// src/onnx/load.ts
function loadModel(path) {
  if (!existsSync2(path)) throw new UserError(`${path}: no such file. Check the model path.`);
  const stat2 = statSync(path);
  if (stat2.isDirectory()) throw new UserError(`${path} is a directory, not an ONNX model file.`);
  if (stat2.size === 0) {
    throw new UserError(
      `${path} is empty (0 bytes). Re-export the model; the export may have failed.`
    );
  }
  const source = openSource(path);
  let ok = false;
  try {
    const raw = decode(path, source);
    if (raw.opsets.size === 0) raw.opsets.set("", 1);
    const bodies = raw.functions.map((f) => ({ ...emptyGraph(f.name), nodes: f.nodes }));
    const externalFiles = locateExternalData(path, [raw.graph, ...bodies]);
    checkDomains(path, raw.graph, raw.opsets, new Set(raw.functions.map((f) => f.domain)));
    const fileBytes = stat2.size + externalFiles.reduce((sum3, f) => sum3 + statSync(f).size, 0);
    const model2 = {
      path,
      irVersion: raw.irVersion,
      producerName: raw.producerName,
      producerVersion: raw.producerVersion,
      opsets: raw.opsets,
      graph: expandFunctions(raw.graph, raw.functions, path),
      functions: raw.functions,
      fileBytes,
      externalFiles
    };
    ok = true;
    return { model: model2, store: new TensorStore(source) };
  } finally {
    if (!ok) source.close();
  }
}
function openSource(path) {
  try {
    return new FileSource(path);
  } catch (e) {
    const code = e.code;
    if (code === "EACCES" || code === "EPERM") {
      throw new UserError(
        `${path} cannot be read (permission denied). Check the file's permissions.`
      );
    }
    if (e instanceof WireError || code === "ENOENT") {
      throw new UserError(
        `${path} changed or disappeared while it was being read; run again when it is complete.`
      );
    }
    throw e;
  }
}
function decode(path, source) {
  let raw;
  try {
    raw = decodeModel(new WireReader(source, 0, source.size));
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw new UserError(
      `${path} is not a readable ONNX model: ${e.message} at byte ${e.offset} of ${source.size}. ` + (e.truncated ? "The file looks truncated (an interrupted download or export?); export it again." : "The file is damaged or is not an ONNX protobuf; check that it is the model you meant.")
    );
  }
  if (!raw.sawModelField || !raw.graph) {
    throw new UserError(
      `${path} is not an ONNX model: it has no ${raw.graph ? "ir_version" : "graph"}. Pass the .onnx file written by your exporter (torch.onnx.export, tf2onnx, ...).`
    );
  }
  return raw;
}
function allTensors(g, into = []) {
  for (const t of g.initializers) into.push(t);
  for (const n of g.nodes) {
    if (n.attributes.size === 0) continue;
    for (const a of n.attributes.values()) {
      if (a.type === "tensor" || a.type === "sparse_tensor") into.push(a.value);
      else if (a.type === "tensors" || a.type === "sparse_tensors")
        for (const t of a.value) into.push(t);
      else if (a.type === "graph") allTensors(a.value, into);
      else if (a.type === "graphs") for (const sub of a.value) allTensors(sub, into);
    }
  }
  return into;
}
function locateExternalData(modelPath, graphs) {
  const dir = dirname(resolve(modelPath));
  const files = /* @__PURE__ */ new Map();
  const tensors = [];
  for (const g of graphs) allTensors(g, tensors);
  for (const t of tensors) {
    if (t.data.kind !== "external") continue;
    const { location, offset, length } = t.data.declared;
    if (!location || isAbsolute(location) || location.split(/[\\/]/).includes("..")) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" has external data at "${location}", which is not a path relative to the model folder. ONNX requires a relative path inside that folder.`
      );
    }
    const file = resolve(dir, location);
    let size = files.get(file);
    if (size === void 0) {
      if (!existsSync2(file) || !statSync(file).isFile()) {
        throw new UserError(
          `${modelPath}: tensor "${t.name}" keeps its data in "${location}", which is missing (looked for ${file}). Copy the external-data file next to the model.`
        );
      }
      size = statSync(file).size;
      files.set(file, size);
    }
    const bytes2 = length ?? size - offset;
    if (offset + bytes2 > size) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" needs bytes ${offset}..${offset + bytes2} of "${location}", but that file has ${size} bytes. The external-data file is truncated or belongs to another export.`
      );
    }
    t.data.range.file = file;
    t.data.range.length = bytes2;
  }
  return [...files.keys()];
}
function checkDomains(path, graph, opsets, fnDomains) {
  const walk = (g) => {
    for (const n of g.nodes) {
      if (!opsets.has(n.domain) && !fnDomains.has(n.domain)) {
        const listed = [...opsets.keys()].map((d) => `"${d || "ai.onnx"}"`).join(", ") || "none";
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) uses the operator domain "${n.domain || "ai.onnx"}", which the model does not import (opset_import lists ${listed}). The file was written by a broken exporter; re-export it or add the opset import.`
        );
      }
      for (const a of n.attributes.values()) {
        if (a.type === "graph") walk(a.value);
        else if (a.type === "graphs") a.value.forEach(walk);
      }
    }
  };
  walk(graph);
}

// src/report/table.ts
var import_cli_table3 = __toESM(require_cli_table3(), 1);
var plain = { head: [], border: [] };
function table(head, align) {
  return new import_cli_table3.default({
    head,
    colAligns: align,
    style: plain,
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" }
  });
}

// src/report/terminal-analysis.ts
var ROWS = STATIC_INDICATORS.map((r) => {
  const key2 = r.key;
  const row = {
    key: key2,
    label: r.label,
    show: (t) => bareQuantity(t[key2], r.unit),
    convention: r.convention
  };
  if (key2 === "params") row.show = (t) => `${si(t.params)} (${exact(t.params)})`;
  if (key2 === "nodes") row.show = (t) => exact(t.nodes);
  if (key2 === "weightBytes") row.convention = dtypeSplit;
  return row;
});
function dtypeSplit(t) {
  const parts = Object.entries(t.paramsByDtype).map(([d, n]) => `${d} ${si(n)}`);
  return parts.length ? parts.join(", ") : "no weights";
}
function renderAnalysis(a, options = {}) {
  const mark = (key2) => a.incompleteTotals.includes(key2) ? " *" : "";
  const dims = Object.entries(a.dims).map(([k, v]) => `${k}=${v}`).join(", ");
  const lines = [`${clean(a.model.path)}${dims ? `  (${clean(dims)})` : ""}`, ""];
  const totals = table(["indicator", "value", "convention"], ["left", "right", "left"]);
  for (const r of ROWS) {
    const convention = typeof r.convention === "string" ? r.convention : r.convention(a.totals);
    totals.push([r.label, r.show(a.totals) + mark(r.key), convention]);
  }
  lines.push(totals.toString(), "");
  lines.push(renderOpTypes(a), "");
  if (options.perNode && a.nodes) lines.push(renderNodes(a), "");
  lines.push(...renderProblems(a));
  return lines.join("\n").trimEnd() + "\n";
}
function renderOpTypes(a) {
  const t = a.totals;
  const ops = table(
    ["op type", "nodes", "% nodes", "MACs", "FLOPs", "% FLOPs", "bytes", "% bytes", "FLOP/B"],
    ["left", "right", "right", "right", "right", "right", "right", "right", "right"]
  );
  for (const [op, c] of Object.entries(a.byOpType)) {
    ops.push([
      clean(op),
      exact(c.count),
      percent(c.count, t.nodes),
      si(c.macs),
      si(c.flops),
      percent(c.flops, t.flops),
      bytes(c.bytesAccessed),
      percent(c.bytesAccessed, t.bytesAccessed),
      c.arithmeticIntensity === null ? "\u2014" : c.arithmeticIntensity.toFixed(2)
    ]);
  }
  return ops.toString();
}
function renderNodes(a) {
  const nodes2 = table(
    ["node", "op type", "output shapes", "MACs", "FLOPs", "bytes"],
    ["left", "left", "left", "right", "right", "right"]
  );
  for (const n of a.nodes ?? []) {
    const shapes = n.outputShapes.map((s) => s ? `[${s.join(",")}]` : "[?]").join(" ");
    nodes2.push([
      clean(n.name),
      clean(n.opType),
      clean(shapes),
      si(n.macs),
      si(n.flops),
      bytes(n.bytesAccessed)
    ]);
  }
  return nodes2.toString();
}
function renderProblems(a) {
  const out = [];
  if (a.incomplete) {
    out.push(`* incomplete: ${a.incompleteTotals.join(", ")} leave out what could not be counted:`);
    for (const u of a.uncounted) {
      out.push(
        `  - ${u.count} \xD7 ${clean(u.domain ? `${u.domain}/${u.opType}` : u.opType)} (no cost rule), e.g. ${u.examples.map((e) => clean(e)).join(", ")}`
      );
    }
    for (const u of a.unresolved.slice(0, 10))
      out.push(`  - ${clean(u.node)} (${clean(u.opType)}): ${clean(u.reason)}`);
    if (a.unresolved.length > 10)
      out.push(`  - ... and ${a.unresolved.length - 10} more nodes (see --json)`);
  }
  for (const w of a.warnings) out.push(`warning: ${clean(w)}`);
  for (const n of a.notes.slice(0, 10)) out.push(`note: ${clean(n)}`);
  if (a.notes.length > 10) out.push(`note: ... and ${a.notes.length - 10} more (see --json)`);
  return out;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/measure/fingerprint.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
import os from "node:os";

// src/measure/ort.ts
import { createRequire } from "node:module";
import { join as join2 } from "node:path";
var ORT_DIR_ENV = "MISNOMER_ONNXRUNTIME_DIR";
function ortRequire() {
  const dir = process.env[ORT_DIR_ENV];
  return createRequire(dir ? join2(dir, "resolve-from.js") : import.meta.url);
}
function loadOrt() {
  return ortRequire()("onnxruntime-node");
}
function resolveOrt(request) {
  return ortRequire().resolve(request);
}

// src/measure/fingerprint.ts
var KERNEL_FLAGS = /* @__PURE__ */ new Set([
  // x86: float kernels (AVX2/FMA, AVX-512), fp16 conversion, int8 (VNNI), bf16/fp16, AMX tiles.
  ...["avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512_vnni"],
  ...["avx_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_int8", "amx_bf16"],
  // Arm: NEON, dot product, int8 matrix multiply, bf16, fp16 arithmetic, SVE.
  ...["asimd", "asimddp", "i8mm", "bf16", "asimdhp", "sve", "sve2"]
]);
var ARM_IMPLEMENTERS = {
  "0x41": "ARM",
  "0x42": "Broadcom",
  "0x46": "Fujitsu",
  "0x48": "HiSilicon",
  "0x4e": "NVIDIA",
  "0x51": "Qualcomm",
  "0x61": "Apple",
  "0xc0": "Ampere"
};
var ARM_PARTS = {
  "0x41:0xd03": "Cortex-A53",
  "0x41:0xd08": "Cortex-A72",
  "0x41:0xd0b": "Cortex-A76",
  "0x41:0xd0c": "Neoverse-N1",
  "0x41:0xd40": "Neoverse-V1",
  "0x41:0xd49": "Neoverse-N2",
  "0x41:0xd4f": "Neoverse-V2",
  "0xc0:0xac3": "Ampere-1"
};
function tidyModel(name3) {
  return name3.replace(/\((R|TM|tm|r)\)/g, "").replace(/\s+/g, " ").trim();
}
function x86Model(block) {
  const name3 = tidyModel(block.get("model name") ?? "unknown");
  if (/\d/.test(name3)) return name3;
  const id = ["cpu family", "model", "stepping"].map((k) => `${k} ${block.get(k) ?? "?"}`);
  return `${name3} (${id.join(", ").replace("cpu family", "family")})`;
}
function x86Vendor(id) {
  return { GenuineIntel: "Intel", AuthenticAMD: "AMD" }[id] ?? id;
}
function kernelFlags(flags) {
  return [...new Set(flags)].filter((f) => KERNEL_FLAGS.has(f)).sort();
}
function cpuinfoBlocks(text2) {
  const blocks = [];
  let current = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key2 = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key2 === "processor" && current.has("processor")) {
      blocks.push(current);
      current = /* @__PURE__ */ new Map();
    }
    current.set(key2, value);
  }
  if (current.has("processor")) blocks.push(current);
  return blocks;
}
function parseCpuinfo(text2) {
  const blocks = cpuinfoBlocks(text2);
  const first = blocks[0];
  if (!first)
    return { vendor: "unknown", model: "unknown", flags: [], logicalCores: 0, physicalCores: 0 };
  const logicalCores = blocks.length;
  const cores = new Set(blocks.map((b) => `${b.get("physical id")}:${b.get("core id")}`));
  const physicalCores = blocks.every((b) => b.has("core id")) ? cores.size : logicalCores;
  if (first.has("vendor_id") || first.has("model name"))
    return {
      vendor: x86Vendor(first.get("vendor_id") ?? "unknown"),
      model: x86Model(first),
      flags: kernelFlags((first.get("flags") ?? "").split(/\s+/)),
      logicalCores,
      physicalCores
    };
  const implementer = first.get("CPU implementer")?.toLowerCase() ?? "";
  const vendor = ARM_IMPLEMENTERS[implementer] ?? (implementer || "unknown");
  const parts = [...new Set(blocks.map((b) => b.get("CPU part")?.toLowerCase() ?? ""))];
  const model2 = parts.map((p) => ARM_PARTS[`${implementer}:${p}`] ?? `part ${p || "unknown"}`).join(" + ");
  return {
    vendor,
    model: `${vendor} ${model2}`,
    flags: kernelFlags((first.get("Features") ?? "").split(/\s+/)),
    logicalCores,
    physicalCores
  };
}
var SYSCTL_FLAGS = {
  "hw.optional.avx1_0": "avx",
  "hw.optional.avx2_0": "avx2",
  "hw.optional.fma": "fma",
  "hw.optional.f16c": "f16c",
  "hw.optional.avx512f": "avx512f",
  "hw.optional.avx512bw": "avx512bw",
  "hw.optional.avx512vl": "avx512vl",
  "hw.optional.AdvSIMD": "asimd",
  "hw.optional.neon": "asimd",
  "hw.optional.arm.FEAT_DotProd": "asimddp",
  "hw.optional.arm.FEAT_I8MM": "i8mm",
  "hw.optional.arm.FEAT_BF16": "bf16",
  "hw.optional.arm.FEAT_FP16": "asimdhp"
};
function parseSysctl(text2) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text2.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) values.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const model2 = tidyModel(values.get("machdep.cpu.brand_string") ?? "unknown");
  const vendorId = values.get("machdep.cpu.vendor");
  const flags = Object.entries(SYSCTL_FLAGS).filter(([key2]) => values.get(key2) === "1").map(([, flag]) => flag);
  const logicalCores = Number(values.get("hw.logicalcpu") ?? 0);
  return {
    vendor: vendorId ? x86Vendor(vendorId) : model2.startsWith("Apple") ? "Apple" : "unknown",
    model: model2,
    flags: kernelFlags(flags),
    logicalCores,
    physicalCores: Number(values.get("hw.physicalcpu") ?? logicalCores)
  };
}
function readText(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
function sysctl() {
  try {
    return execFileSync("sysctl", ["hw", "machdep.cpu"], { encoding: "utf8", timeout: 5e3 });
  } catch {
    return void 0;
  }
}
function cpu() {
  const text2 = os.platform() === "linux" ? readText("/proc/cpuinfo") : os.platform() === "darwin" ? sysctl() : void 0;
  const parsed = text2 ? os.platform() === "linux" ? parseCpuinfo(text2) : parseSysctl(text2) : void 0;
  const cpus = os.cpus();
  const logical2 = parsed?.logicalCores || cpus.length;
  const model2 = tidyModel(cpus[0]?.model ?? "unknown");
  return {
    vendor: parsed?.vendor ?? (/intel/i.test(model2) ? "Intel" : /amd/i.test(model2) ? "AMD" : "unknown"),
    model: parsed && parsed.model !== "unknown" ? parsed.model : model2,
    flags: parsed?.flags ?? [],
    logicalCores: logical2,
    physicalCores: parsed?.physicalCores || logical2
  };
}
function distro() {
  const text2 = readText("/etc/os-release");
  const pretty = text2?.match(/^PRETTY_NAME="?([^"\n]*)"?$/m);
  return pretty?.[1] || void 0;
}
function onnxruntimeVersion() {
  try {
    const pkg = JSON.parse(readFileSync2(resolveOrt("onnxruntime-node/package.json"), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "not installed";
  }
}
function runner(env) {
  const r = {
    imageOS: env.ImageOS,
    imageVersion: env.ImageVersion,
    os: env.RUNNER_OS,
    arch: env.RUNNER_ARCH,
    name: env.RUNNER_NAME
  };
  const set = Object.entries(r).filter(([, v]) => v !== void 0 && v !== "");
  return set.length ? Object.fromEntries(set) : void 0;
}
function fingerprint(env = process.env) {
  const fp = {
    cpu: cpu(),
    memoryBytes: os.totalmem(),
    os: { platform: os.platform(), release: os.release() },
    node: process.versions.node,
    onnxruntime: onnxruntimeVersion()
  };
  const d = distro();
  if (d) fp.os.distro = d;
  const r = runner(env);
  if (r) fp.runner = r;
  return fp;
}
function differ(what, a, b, out) {
  if (a !== b) out.push(`${what}: ${String(a)} vs ${String(b)}`);
}
function speedComparable(a, b, sa, sb) {
  const out = [];
  differ("CPU model", a.cpu.model, b.cpu.model, out);
  if (a.cpu.model === b.cpu.model) differ("CPU vendor", a.cpu.vendor, b.cpu.vendor, out);
  const onlyA = a.cpu.flags.filter((f) => !b.cpu.flags.includes(f));
  const onlyB = b.cpu.flags.filter((f) => !a.cpu.flags.includes(f));
  if (onlyA.length || onlyB.length) {
    const sides = [
      onlyA.length ? `${onlyA.join(", ")} only on the first` : "",
      onlyB.length ? `${onlyB.join(", ")} only on the second` : ""
    ];
    out.push(`ISA flags: ${sides.filter(Boolean).join("; ")}`);
  }
  differ("logical cores", a.cpu.logicalCores, b.cpu.logicalCores, out);
  differ("physical cores", a.cpu.physicalCores, b.cpu.physicalCores, out);
  differ("ONNX Runtime", a.onnxruntime, b.onnxruntime, out);
  differ("execution provider", sa.provider, sb.provider, out);
  differ("intra-op threads", sa.intraOpThreads, sb.intraOpThreads, out);
  differ("inter-op threads", sa.interOpThreads, sb.interOpThreads, out);
  differ("execution mode", sa.executionMode, sb.executionMode, out);
  differ("graph optimization level", sa.graphOptimizationLevel, sb.graphOptimizationLevel, out);
  return { comparable: out.length === 0, differences: out };
}
function fingerprintText(f) {
  const flags = f.cpu.flags.length ? ` (${f.cpu.flags.slice(0, 6).join(", ")}${f.cpu.flags.length > 6 ? ", \u2026" : ""})` : "";
  const gib = (f.memoryBytes / 2 ** 30).toFixed(1);
  const image = f.runner?.imageOS ? `, runner ${f.runner.imageOS} ${f.runner.imageVersion ?? ""}`.trimEnd() : "";
  return `${f.cpu.model}, ${f.cpu.logicalCores} cores${flags}, ${gib} GiB, ${f.os.distro ?? f.os.platform}, Node ${f.node}, onnxruntime-node ${f.onnxruntime}${image}`;
}

// src/report/markdown-escape.ts
var ZWSP = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // An entity, not `\|`: GitHub splits table rows before it reads backslash escapes, and an
  // entity cannot be undone by a backslash in front of it.
  "|": "&#124;",
  "`": "&#96;",
  "\\": "\\\\",
  "[": "\\[",
  "]": "\\]",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  $: "\\$",
  "@": `@${ZWSP}`,
  "#": `#${ZWSP}`
};
var SPECIAL = /[&<>|`\\[\]*_~$@#]/g;
function truncate(text2, max) {
  if (text2.length <= max) return text2;
  const points = [...text2];
  if (points.length <= max) return text2;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function md(text2, max = Infinity) {
  return mdInline(text2, max).replace(/^[-+=]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}
function mdInline(text2, max = Infinity) {
  const line = clean(text2.replace(/\r\n?/g, "\n")).trim();
  return truncate(line, max).replace(SPECIAL, (ch) => REPLACEMENTS[ch]).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/\b(gh)-(?=\d)/gi, `$1${ZWSP}-`);
}
function mermaidLabel(text2, max = 20) {
  const safe2 = clean(text2).replace(/[^\p{L}\p{N} ._+-]/gu, "_").trim();
  return truncate(safe2, max) || "_";
}

// src/report/budget.ts
var DEFAULT_MAX_CHARS = 65e3;
function fitComparison(full, chartOpTypes, options, whole, render3) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const mostOps = full.opRows;
  const mostContradictions = full.contradictions;
  const fits2 = (s) => s.length <= maxChars;
  const attempt = (plan) => render3(plan, describeCuts(plan, full));
  const everything = attempt(full);
  if (fits2(everything)) return everything;
  const floor = Math.min(chartOpTypes, mostOps);
  const withChart = largest(floor, mostOps - 1, (n) => fits2(attempt({ ...full, opRows: n })));
  if (withChart >= floor && mostOps > 0) return attempt({ ...full, opRows: withChart });
  const noChart = { ...full, charts: false };
  const rows = largest(0, mostOps, (n) => fits2(attempt({ ...noChart, opRows: n })));
  if (rows >= 1) return attempt({ ...noChart, opRows: rows });
  const noModel = { ...noChart, opRows: 0, modelDetails: false };
  if (fits2(attempt(noModel))) return attempt(noModel);
  const bare = { ...noModel, globalDetails: false };
  const essentials = attempt(bare);
  if (fits2(essentials)) return essentials;
  const kept = largest(
    1,
    mostContradictions - 1,
    (n) => fits2(attempt({ ...bare, contradictions: n }))
  );
  if (kept >= 1) return attempt({ ...bare, contradictions: kept });
  return hardCut(attempt({ ...bare, contradictions: 1 }), options.marker, maxChars, whole);
}
function describeCuts(plan, full) {
  const cuts = [];
  if (plan.modelDetails && plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0 ? `per-op-type tables show the top ${exact(plan.opRows)} op type${plan.opRows === 1 ? "" : "s"}` : "per-op-type tables dropped"
    );
  }
  if (plan.modelDetails && !plan.charts && full.charts) cuts.push("charts dropped");
  if (!plan.modelDetails) cuts.push("per-op-type breakdown, charts and verdict reasons dropped");
  if (!plan.globalDetails) cuts.push("settings, hardware and method dropped");
  if (plan.contradictions < full.contradictions) {
    cuts.push(`only the first ${plan.contradictions} contradictions per model shown`);
  }
  return cuts;
}
function cutNote(maxChars, cuts, whole) {
  const max = exact(maxChars ?? DEFAULT_MAX_CHARS);
  return `_Shortened to fit ${max} characters: ${cuts.join("; ")}. ${whole} has everything._`;
}
function largest(lo, hi, fits2) {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits2(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function hardCut(text2, marker, maxChars, whole) {
  const note = `

${cutNote(maxChars, ["the report itself was cut off here"], whole)}
`;
  const room = maxChars - note.length;
  if (room <= (marker?.length ?? 0)) return (marker ?? "").slice(0, maxChars);
  let cut = text2.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  return `${cut}${note}`;
}

// src/stats/summary.ts
function summarize(samples2) {
  const count = samples2.length;
  if (count === 0) return { count, mean: 0, std: 0, min: 0, max: 0, p50: 0, p90: 0, p99: 0, cv: 0 };
  const sorted = sortedCopy(samples2);
  let sum3 = 0;
  for (let i = 0; i < count; i++) sum3 += sorted[i];
  const mean = sum3 / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (sorted[i] - mean) ** 2;
  const std = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  return {
    count,
    mean,
    std,
    min: sorted[0],
    max: sorted[count - 1],
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    cv: mean === 0 ? 0 : std / mean
  };
}
function median(samples2) {
  return percentile(sortedCopy(samples2), 50);
}
function percentile(sorted, p) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentile of an empty sample");
  const h = percentileRank(n, p);
  const lo = Math.floor(h);
  const frac = h - lo;
  if (frac === 0) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}
function percentileRank(n, p) {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be in [0, 100], got ${p}`);
  return (n - 1) * p / 100;
}
function sortedCopy(samples2) {
  const sorted = Float64Array.from(samples2);
  for (let i = 0; i < sorted.length; i++) {
    if (!Number.isFinite(sorted[i])) {
      throw new RangeError(`sample ${i} is ${sorted[i]}: every sample must be a finite number`);
    }
  }
  return sorted.sort();
}

// src/stats/bootstrap.ts
function resampledMedian(sorted, counts, rng) {
  const n = sorted.length;
  counts.fill(0);
  drawCounts(counts, rng);
  const lowRank = n - 1 >> 1;
  const highRank = n >> 1;
  let below = 0;
  let j = 0;
  while (below + counts[j] <= lowRank) below += counts[j++];
  const low = sorted[j];
  if (highRank === lowRank) return low;
  while (below + counts[j] <= highRank) below += counts[j++];
  return (low + sorted[j]) / 2;
}
function drawCounts(counts, rng) {
  const n = counts.length;
  if (n > 256) {
    for (let i2 = 0; i2 < n; i2++) counts[rng() * n | 0]++;
    return;
  }
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const bits = rng() * 4294967296;
    counts[(bits >>> 16) * n >>> 16]++;
    counts[(bits & 65535) * n >>> 16]++;
  }
  if (i < n) counts[rng() * n | 0]++;
}
function bootstrapInterval(statistic, resamples, confidence) {
  const draws = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) draws[r] = statistic();
  const tail2 = (1 - confidence) / 2 * 100;
  const low = selectPercentile(draws, tail2, 0);
  const high = selectPercentile(draws, 100 - tail2, Math.floor(percentileRank(resamples, tail2)));
  return [low, high];
}
function selectPercentile(values, p, from) {
  const n = values.length;
  const h = percentileRank(n, p);
  const k = Math.floor(h);
  const atK = select(values, k, from, n - 1);
  if (h === k || k + 1 >= n) return atK;
  let next = values[k + 1];
  for (let i = k + 2; i < n; i++) if (values[i] < next) next = values[i];
  return atK + (h - k) * (next - atK);
}
function select(values, k, left, right) {
  while (right > left) {
    const mid = left + right >> 1;
    const pivot = medianOf3(values[left], values[mid], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}
function medianOf3(a, b, c) {
  return a < b ? b < c ? b : a < c ? c : a : a < c ? a : b < c ? c : b;
}

// src/stats/rng.ts
function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 1831565813 | 0;
    let t = Math.imul(s ^ s >>> 15, 1 | s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/compare/ab-util.ts
function decide(ratio, ci, threshold, direction, label) {
  const up = 1 + threshold;
  const down = 1 / up;
  const [lo, hi] = ci;
  const what = `${label}: ${ratioChange(ratio, ci)}`;
  const pct3 = `${round(threshold * 100)}%`;
  const flip = direction === "higher-is-better";
  if (lo > 1 && ratio >= up) {
    return {
      verdict: flip ? "better" : "worse",
      reason: `${what}; head is higher than base beyond the ${pct3} threshold (the interval is entirely above 0%)`
    };
  }
  if (hi < 1 && ratio <= down) {
    return {
      verdict: flip ? "worse" : "better",
      reason: `${what}; head is lower than base beyond the ${pct3} threshold (the interval is entirely below 0%)`
    };
  }
  if (lo >= down && hi <= up) {
    return {
      verdict: "unchanged",
      reason: `${what}; the whole interval is within \xB1${pct3} (${ratioInterval([down, up])})`
    };
  }
  const why = lo > 1 || hi < 1 ? `the change is significant but the point estimate is within the ${pct3} threshold` : `the interval spans both 0% and a ${pct3} bound: too noisy to tell; more rounds may decide`;
  return { verdict: "inconclusive", reason: `${what}; ${why}` };
}
function round(x) {
  return Math.round(x * 100) / 100;
}

// src/compare/ab.ts
var DEFAULT_VERDICT_OPTIONS = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 1e4,
  seed: 1
};
var MIN_ROUNDS = 5;
function pairedVerdict(rounds2, options) {
  checkOptions(options);
  const d = logRatios(rounds2);
  const n = d.length;
  if (n === 0) {
    const reason = `no rounds: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio: 1, ci: [0, Infinity], rounds: 0, verdict: "inconclusive", reason };
  }
  const ratio = Math.exp(percentile(d, 50));
  const ci = medianLogCi(d, options);
  if (n < MIN_ROUNDS) {
    const reason = `only ${n} round${n === 1 ? "" : "s"}: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio, ci, rounds: n, verdict: "inconclusive", reason };
  }
  const label = `${n} rounds, ${pctOf(options.confidence)} CI`;
  return {
    ratio,
    ci,
    rounds: n,
    ...decide(ratio, ci, options.threshold, options.direction, label)
  };
}
function oneMoreBudget(options, log) {
  return (rounds2) => {
    const again = pairedVerdict(rounds2, { ...options, direction: "lower-is-better" }).verdict === "inconclusive";
    if (again) log("latency is inconclusive after the first budget: spending a second one");
    return again;
  };
}
function unpairedVerdict(a, b, options) {
  checkOptions(options);
  const sa = positiveSorted(a, "A");
  const sb = positiveSorted(b, "B");
  const samples2 = { a: sa.length, b: sb.length };
  if (sa.length === 0 || sb.length === 0) {
    const reason = `${sa.length} A and ${sb.length} B samples: both sides need samples`;
    return { ratio: 1, ci: [0, Infinity], samples: samples2, verdict: "inconclusive", reason };
  }
  const ratio = percentile(sb, 50) / percentile(sa, 50);
  const rng = seeded(options.seed);
  const countsA = new Int32Array(sa.length);
  const countsB = new Int32Array(sb.length);
  const ci = bootstrapInterval(
    () => resampledMedian(sb, countsB, rng) / resampledMedian(sa, countsA, rng),
    options.resamples,
    options.confidence
  );
  if (sa.length < MIN_ROUNDS || sb.length < MIN_ROUNDS) {
    const reason = `${sa.length} A and ${sb.length} B samples: at least ${MIN_ROUNDS} per side are needed for a verdict`;
    return { ratio, ci, samples: samples2, verdict: "inconclusive", reason };
  }
  const label = `unpaired, ${sa.length} vs ${sb.length} samples, ${pctOf(options.confidence)} CI`;
  return { ratio, ci, samples: samples2, ...decide(ratio, ci, options.threshold, options.direction, label) };
}
function noiseFloor(rounds2, options = {}) {
  const full = { ...DEFAULT_VERDICT_OPTIONS, direction: "lower-is-better", ...options };
  checkOptions(full);
  const d = logRatios(rounds2);
  if (d.length < MIN_ROUNDS) {
    throw new RangeError(`an A/A calibration needs at least ${MIN_ROUNDS} rounds, got ${d.length}`);
  }
  const ci = medianLogCi(d, full);
  const spread2 = Math.max(ci[1] - 1, 1 / ci[0] - 1, 0);
  const halfWidth = Math.sqrt(ci[1] / ci[0]) - 1;
  return { spread: spread2, halfWidth, ratio: Math.exp(percentile(d, 50)), ci, rounds: d.length };
}
function logRatios(rounds2) {
  const d = new Float64Array(rounds2.length);
  rounds2.forEach(({ a, b }, i) => {
    if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
      throw new RangeError(`round ${i}: a ${a} and b ${b} must be positive and finite`);
    }
    d[i] = Math.log(b / a);
  });
  return d.sort();
}
function medianLogCi(d, options) {
  const rng = seeded(options.seed);
  const counts = new Int32Array(d.length);
  const [lo, hi] = bootstrapInterval(
    () => resampledMedian(d, counts, rng),
    options.resamples,
    options.confidence
  );
  return [Math.exp(lo), Math.exp(hi)];
}
function positiveSorted(values, side2) {
  const sorted = sortedCopy(values);
  if (sorted.length > 0 && !(sorted[0] > 0)) {
    throw new RangeError(`side ${side2}: every sample must be positive, got ${sorted[0]}`);
  }
  return sorted;
}
function checkOptions(o) {
  if (!(o.threshold > 0 && Number.isFinite(o.threshold))) {
    throw new UserError(`threshold must be a fraction above 0 (0.05 = 5%), got ${o.threshold}`);
  }
  if (!(o.confidence > 0 && o.confidence < 1)) {
    throw new UserError(`confidence must be between 0 and 1 (0.99 = 99%), got ${o.confidence}`);
  }
  if (!(Number.isInteger(o.resamples) && o.resamples >= 100)) {
    throw new UserError(`resamples must be an integer of at least 100, got ${o.resamples}`);
  }
  if (!Number.isInteger(o.seed)) throw new UserError(`seed must be an integer, got ${o.seed}`);
  if (o.direction !== "lower-is-better" && o.direction !== "higher-is-better") {
    throw new UserError(
      `direction must be 'lower-is-better' or 'higher-is-better', got ${String(o.direction)}`
    );
  }
}
function pctOf(fraction2) {
  return `${Math.round(fraction2 * 1e3) / 10}%`;
}

// src/compare/evidence.ts
var GRAPH_PARTS = ["nodes", "flops", "bytes", "activations"];
var RUN_PARTS = ["time", "achieved"];
var ALL_PARTS = [...GRAPH_PARTS, ...RUN_PARTS];
var MIN_SHARE_MOVE = 0.01;
var NO_SHIFT_EVIDENCE = "No op type's share of FLOPs, bytes or time moved by a point or more, and the node count is unchanged.";
function evidence(m, focus) {
  return sentences(m, focus) ?? sentences(m, ALL_PARTS) ?? NO_SHIFT_EVIDENCE;
}
function sentences(m, focus) {
  const out = [GRAPH_PARTS, RUN_PARTS].map((group) => focus.filter((p) => group.includes(p))).map((parts) => parts.map((p) => clause(m, p)).filter((c) => c !== null)).filter((clauses) => clauses.length > 0).map((clauses) => {
    const [first] = clauses;
    const lead = first.ours ? first.text[0].toUpperCase() + first.text.slice(1) : first.text;
    return [lead, ...clauses.slice(1).map((c) => c.text)].join("; ") + ".";
  });
  return out.length ? out.join(" ") : null;
}
function clause(m, part2) {
  switch (part2) {
    case "nodes":
      return nodes(m);
    case "flops":
      return shareMove(m.opTypes, "flopsShare", "FLOPs");
    case "bytes":
      return shareMove(m.opTypes, "bytesShare", "bytes accessed");
    case "time":
      return timeMove(m.opTypes);
    case "activations":
      return activations(m);
    case "achieved":
      return achieved(m);
  }
}
function nodes(m) {
  const counted = m.static.find((d) => d.indicator === "nodes")?.delta;
  const total = counted ?? sum2(m.opTypes, (s) => s.head?.count ?? 0) - sum2(m.opTypes, (s) => s.base?.count ?? 0);
  const top = topMove(m.opTypes, (s) => (s.head?.count ?? 0) - (s.base?.count ?? 0), 1);
  if (total === 0 && !top) return null;
  const n = Math.abs(total);
  const head = total === 0 ? "same node count" : `${exact(n)} ${total > 0 ? "more" : "fewer"} node${n === 1 ? "" : "s"}`;
  return {
    text: top ? `${head} (${top.shift.opType} ${signedInteger(top.move)})` : head,
    ours: true
  };
}
function shareMove(shifts, key2, what) {
  const top = topMove(shifts, (s) => (s.head?.[key2] ?? 0) - (s.base?.[key2] ?? 0), MIN_SHARE_MOVE);
  if (!top) return null;
  return { text: moved(top.shift, (side2) => side2[key2], what), ours: false };
}
function timeMove(shifts) {
  const profiled = (pick) => shifts.some((s) => pick(s)?.timeShare !== void 0);
  if (!profiled((s) => s.base) || !profiled((s) => s.head)) return null;
  const top = topMove(
    shifts,
    (s) => (s.head?.timeShare ?? 0) - (s.base?.timeShare ?? 0),
    MIN_SHARE_MOVE
  );
  if (!top) return null;
  const { shift } = top;
  let text2 = moved(shift, (side2) => side2.timeShare ?? 0, "time");
  const now = shift.head?.achievedFlopsPerSecond;
  const was = shift.base?.achievedFlopsPerSecond;
  if (now) text2 += ` at ${flopsPerSecond(now)}${was ? ` (was ${flopsPerSecond(was)})` : ""}`;
  return { text: text2, ours: false };
}
function activations(m) {
  const d = m.static.find((x) => x.indicator === "peakActivationBytes");
  if (!d || d.base === null || d.head === null || d.base === d.head) return null;
  return {
    text: `${labelOf("peakActivationBytes")} went from ${bytes(d.base)} to ${bytes(d.head)}`,
    ours: true
  };
}
function achieved(m) {
  const d = m.runtime.find((x) => x.indicator === "achievedFlopsPerSecond");
  if (!d || !d.base || !d.head) return null;
  return {
    text: `the whole model ran at ${flopsPerSecond(d.head)} (was ${flopsPerSecond(d.base)})`,
    ours: true
  };
}
function moved(shift, pick, what) {
  const { opType, base, head } = shift;
  if (!base && head) return `${opType} (new) takes ${share(pick(head))} of ${what}`;
  if (base && !head) return `${opType} (removed) took ${share(pick(base))} of ${what}`;
  return `${opType} went from ${share(pick(base))} to ${share(pick(head))} of ${what}`;
}
function topMove(shifts, move, min) {
  let best = null;
  for (const shift of shifts) {
    const d = move(shift);
    if (Math.abs(d) < min) continue;
    const better = !best || Math.abs(d) > Math.abs(best.move) || Math.abs(d) === Math.abs(best.move) && shift.opType < best.shift.opType;
    if (better) best = { shift, move: d };
  }
  return best;
}
var sum2 = (xs, f) => xs.reduce((acc, s) => acc + f(s), 0);
function flopsPerSecond(x) {
  return quantity(x, "FLOP/s");
}

// src/compare/contradictions.ts
var DEFAULT_CONTRADICTION_OPTIONS = {
  staticThreshold: 0.05,
  runtimeThreshold: DEFAULT_VERDICT_OPTIONS.threshold
};
var RUN_FOCUS = ["nodes", "flops", "time", "achieved"];
var RULES = [
  {
    id: "flops-down-latency-up",
    description: "FLOPs down by the static threshold or more, but slower: latency p50 worse, or throughput worse at any batch size (depthwise convolutions, fragmentation into many small ops).",
    fire: (v) => both(v.down("flops"), v.slower()),
    focus: RUN_FOCUS
  },
  {
    id: "flops-up-latency-down",
    description: "FLOPs up by the static threshold or more, but faster: latency p50 better, or throughput better at any batch size (fused blocks, EfficientNetV2's fused-MBConv).",
    fire: (v) => both(v.up("flops"), v.faster()),
    focus: RUN_FOCUS
  },
  {
    id: "params-down-cost-not-down",
    description: "params down by the static threshold or more, but at least one of: slower (as above); FLOPs up by the threshold or more; FLOPs unchanged (|relative| below the threshold, complete count); latency p50 verdict unchanged (weight sharing, as in ALBERT).",
    fire: (v) => both(v.down("params"), [
      ...v.slower(),
      ...some(v.up("flops")),
      ...some(v.flat("flops")),
      ...some(v.runtime("latency.p50", "unchanged"))
    ]),
    focus: ["flops", "nodes", "time", "achieved"]
  },
  {
    id: "params-up-flops-unchanged",
    description: "params up by the static threshold or more, FLOPs unchanged (|relative| below the threshold, complete count): mixture of experts, larger embeddings.",
    fire: (v) => both(v.up("params"), some(v.flat("flops"))),
    focus: ["flops", "nodes", "bytes"]
  },
  {
    id: "flops-down-bytes-up",
    description: "FLOPs down and bytes accessed up, each by the static threshold or more: a memory-bound rewrite (ShuffleNet V2 guidelines 1, 2, 4).",
    fire: (v) => both(v.down("flops"), some(v.up("bytesAccessed"))),
    focus: ["bytes", "nodes", "flops", "time", "achieved"]
  },
  {
    id: "weight-bytes-down-latency-up",
    description: "weight bytes down by the static threshold or more (quantization), but slower (as above): integer kernels the runner's CPU does not accelerate.",
    fire: (v) => both(v.down("weightBytes"), v.slower()),
    focus: ["time", "achieved", "nodes", "flops"]
  },
  {
    id: "params-down-memory-up",
    description: "params down by the static threshold or more, but peak memory up: peak RSS verdict worse, or peak activation bytes up by the threshold or more (larger activations).",
    fire: (v) => both(v.down("params"), [
      ...some(v.runtime("peakRss", "worse")),
      ...some(v.up("peakActivationBytes"))
    ]),
    focus: ["activations", "bytes", "nodes"]
  },
  {
    id: "latency-down-throughput-down",
    description: "latency p50 better, but throughput worse at some batch size: batching behaviour changed.",
    fire: (v) => both(v.runtime("latency.p50", "better"), v.throughput("worse")),
    focus: ["time", "achieved", "nodes"]
  },
  {
    id: "p50-down-p99-up",
    description: "latency p50 better, but the p99 ratio head/base at or above 1 + 2 \xD7 the runtime threshold (tails are reported, not tested): tail latency got worse.",
    fire: (v) => both(v.runtime("latency.p50", "better"), v.p99Up()),
    focus: ["time", "nodes", "achieved"]
  }
];
var contradictionRules = RULES.map(
  ({ id, description }) => ({ id, description })
);
function findContradictions(m, options = {}) {
  if (m.status !== "compared") return [];
  const v = new View(m, { ...DEFAULT_CONTRADICTION_OPTIONS, ...options });
  const out = [];
  for (const rule of RULES) {
    const moves = rule.fire(v);
    if (!moves) continue;
    out.push({
      rule: rule.id,
      title: title(moves[0], moves[1]),
      evidence: evidence(m, rule.focus),
      changes: moves.map(({ indicator: indicator2, relative: relative2 }) => ({ indicator: indicator2, relative: relative2 }))
    });
  }
  return out;
}
function title(a, b) {
  const right = b.flat ? `${b.name} unchanged${b.relative === 0 ? "" : ` (${percentChange(b.relative)})`}` : `${b.name} ${percentChange(b.relative)}`;
  return `${a.name} ${percentChange(a.relative)} but ${right}`;
}
var both = (lead, partners) => lead && partners.length ? [lead, ...partners] : null;
var some = (m) => m ? [m] : [];
function name(indicator2) {
  return findIndicator(indicator2) ? labelOf(indicator2) : indicator2;
}
var View = class {
  constructor(m, o) {
    this.m = m;
    this.o = o;
  }
  m;
  o;
  staticRelative(indicator2) {
    const d = this.m.static.find((x) => x.indicator === indicator2);
    return d && d.relative !== null && Number.isFinite(d.relative) ? d : null;
  }
  move(indicator2, relative2, flat = false) {
    return { indicator: indicator2, name: name(indicator2), relative: relative2, ...flat ? { flat } : {} };
  }
  up(indicator2) {
    const d = this.staticRelative(indicator2);
    return d && d.relative >= this.o.staticThreshold ? this.move(indicator2, d.relative) : null;
  }
  down(indicator2) {
    const d = this.staticRelative(indicator2);
    return d && d.relative <= -this.o.staticThreshold ? this.move(indicator2, d.relative) : null;
  }
  flat(indicator2) {
    const d = this.staticRelative(indicator2);
    return d && !d.incomplete && Math.abs(d.relative) < this.o.staticThreshold ? this.move(indicator2, d.relative, true) : null;
  }
  runtime(indicator2, verdict) {
    const d = this.m.runtime.find((x) => x.indicator === indicator2);
    if (!d || d.verdict !== verdict || d.ratio === null) return null;
    return this.move(indicator2, d.ratio - 1, verdict === "unchanged");
  }
  /** Throughput at every batch size with this verdict: the largest change first, then by batch. */
  throughput(verdict) {
    const batch = (i) => Number(i.slice("throughput.b".length));
    return this.m.runtime.filter((d) => /^throughput\.b\d+$/.test(d.indicator)).map((d) => this.runtime(d.indicator, verdict)).filter((x) => x !== null).sort(
      (a, b) => Math.abs(b.relative) - Math.abs(a.relative) || batch(a.indicator) - batch(b.indicator)
    );
  }
  slower() {
    return [...some(this.runtime("latency.p50", "worse")), ...this.throughput("worse")];
  }
  faster() {
    return [...some(this.runtime("latency.p50", "better")), ...this.throughput("better")];
  }
  /** The untested p99, by its ratio alone (see the file comment for why 2 × T). */
  p99Up() {
    const d = this.m.runtime.find((x) => x.indicator === "latency.p99");
    if (!d || d.ratio === null || d.verdict === "not-comparable") return [];
    return d.ratio >= 1 + 2 * this.o.runtimeThreshold ? [this.move("latency.p99", d.ratio - 1)] : [];
  }
};
function contradictionLines(list2) {
  const groups = /* @__PURE__ */ new Map();
  const order = [];
  for (const [i, x] of list2.entries()) {
    const at = x.title.indexOf(" but ");
    const key2 = at < 0 ? `\0${i}` : x.title.slice(at + " but ".length);
    let g = groups.get(key2);
    if (!g) {
      g = { lefts: [], evidence: [], clauses: /* @__PURE__ */ new Set(), rules: [] };
      groups.set(key2, g);
      order.push(key2);
    }
    const left = at < 0 ? x.title : x.title.slice(0, at);
    if (!g.lefts.includes(left)) g.lefts.push(left);
    for (const sentence of sentencesOf(x.evidence)) {
      const all = clausesOf(sentence);
      const fresh2 = all.filter((c) => !g.clauses.has(c.toLowerCase()));
      for (const c of fresh2) g.clauses.add(c.toLowerCase());
      if (fresh2.length === all.length) g.evidence.push(sentence);
      else if (fresh2.length > 0) g.evidence.push(asSentence(fresh2));
    }
    g.rules.push(x.rule);
  }
  return order.map((key2) => {
    const g = groups.get(key2);
    const left = mergeLefts(g.lefts);
    return {
      title: key2.startsWith("\0") ? left : `${left} but ${key2}`,
      evidence: g.evidence.join(" "),
      rules: g.rules
    };
  });
}
function sentencesOf(text2) {
  return text2.split(/(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function clausesOf(sentence) {
  return sentence.replace(/\.$/, "").split("; ").map((c) => c.trim()).filter((c) => c.length > 0);
}
function asSentence(clauses) {
  const text2 = clauses.join("; ");
  return `${text2[0].toUpperCase()}${text2.slice(1)}.`;
}
function mergeLefts(lefts) {
  if (lefts.length === 1) return lefts[0];
  const split = lefts.map((l) => {
    const space = l.lastIndexOf(" ");
    return space < 0 ? { name: l, change: "" } : { name: l.slice(0, space), change: l.slice(space + 1) };
  });
  const same2 = split.every((s) => s.change !== "" && s.change === split[0].change);
  return same2 ? `${listOf2(split.map((s) => s.name))} ${split[0].change}` : listOf2(lefts);
}
function listOf2(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/compare/headline.ts
function headline(c) {
  const parts = [];
  const contradictions = c.models.reduce(
    (n, m) => n + contradictionLines(m.contradictions).length,
    0
  );
  if (contradictions > 0) {
    parts.push(`\u26A0 ${contradictions} contradiction${contradictions === 1 ? "" : "s"}`);
  }
  const tripped = c.gates.filter((g) => g.tripped).length;
  if (tripped > 0) parts.push(`\u2717 ${tripped} gate${tripped === 1 ? "" : "s"} tripped`);
  const several = c.models.length > 1;
  for (const m of c.models) {
    const who = several ? `${m.id}: ` : "";
    if (m.status !== "compared") {
      parts.push(`${who}${m.status}`);
      continue;
    }
    const changes = [];
    const lat = m.runtime.find((d) => d.indicator === "latency.p50");
    if (lat?.ratio != null && lat.verdict !== "not-comparable") {
      changes.push(`${labelOf("latency.p50")} ${ratioChange(lat.ratio, lat.ci)} ${lat.verdict}`);
    }
    for (const key2 of ["flops", "params"]) {
      const d = m.static.find((s) => s.indicator === key2);
      if (d && d.relative !== null && d.relative !== 0) {
        changes.push(`${d.label} ${percentChange(d.relative)}`);
      }
    }
    if (changes.length > 0) parts.push(`${who}${changes.join(", ")}`);
  }
  if (parts.length === 0) return "\u2713 no change";
  return parts.join(" \xB7 ");
}

// src/report/mermaid.ts
var HEIGHT = 220;
var WIDTH = 860;
function shareChart(pairs) {
  const pct3 = (x) => (100 * (x ?? 0)).toFixed(1);
  const labels = [];
  const time = [];
  const flops = [];
  for (const p of pairs) {
    for (const side2 of ["base", "head"]) {
      labels.push(`"${mermaidLabel(p.label)} ${side2}"`);
      time.push(pct3(p[side2]?.timeShare));
      flops.push(pct3(p[side2]?.flopsShare));
    }
  }
  const top = Math.min(
    100,
    10 * Math.ceil(Math.max(10, ...time.map(Number), ...flops.map(Number)) / 10)
  );
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    `    width: ${WIDTH}`,
    `    height: ${HEIGHT}`,
    "---",
    "xychart-beta",
    '    title "Share of time (bars) and of FLOPs (line), %, base and head"',
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "%" 0 --> ${top}`,
    `    bar [${time.join(", ")}]`,
    `    line [${flops.join(", ")}]`,
    "```"
  ].join("\n");
}

// src/report/markdown.ts
var DEFAULT_METHOD = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 1e4,
  seed: 1
};
var CHART_OP_TYPES = 5;
var CHART_MIN_SHARE = 0.05;
var CAP = {
  id: 200,
  label: 200,
  opType: 100,
  headline: 500,
  title: 300,
  evidence: 2e3,
  note: 1e3
};
var VERDICT = {
  worse: "**\u2717 worse**",
  better: "\u2713 better",
  unchanged: "= unchanged",
  // Moved, but the indicator has no direction: shown without a judgement.
  changed: "\u2195 changed",
  inconclusive: "? inconclusive",
  "not-tested": "\xB7 not tested",
  "not-comparable": "\u2260 not comparable"
};
function verdictCell(verdict, incomplete = false) {
  const word = VERDICT[verdict] ?? mdInline(verdict, 40);
  return incomplete ? `${word} (incomplete)` : word;
}
var ONE_SIDED = { added: "+ new", removed: "\u2212 gone" };
function staticRow2(d, status) {
  let change = "\u2014";
  if (d.delta === 0) change = "0";
  else if (d.delta !== null) {
    const abs = signedQuantity(d.delta, d.unit);
    change = d.relative === null ? abs : `${percentChange(d.relative)} (${abs})`;
  }
  const verdict = d.delta === null ? ONE_SIDED[status] ?? "\u2014" : verdictCell(d.verdict, d.incomplete);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdict
  ];
}
function runtimeRow2(d) {
  const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdictCell(d.verdict)
  ];
}
function latencyRounds(m) {
  return m.runtime.find((d) => d.indicator === "latency.p50")?.rounds ?? 0;
}
function runtimeCaption(m) {
  switch (m.runtimeMode) {
    case "paired":
      return `paired A/B, ${latencyRounds(m)} rounds`;
    case "unpaired":
      return "two runs, same hardware, unpaired";
    case "not-comparable":
      return "hardware differs: for information only";
    default:
      return "not measured";
  }
}
function mainTable(m) {
  const rows = [];
  const blank = ["", "", "", ""];
  if (m.static.length > 0) {
    rows.push(["**static** \xB7 exact, from the graphs", ...blank]);
    rows.push(...m.static.map((d) => staticRow2(d, m.status)));
  }
  if (m.runtime.length > 0) {
    rows.push([`**runtime** \xB7 ${runtimeCaption(m)}`, ...blank]);
    rows.push(...m.runtime.map(runtimeRow2));
  }
  if (rows.length === 0) return null;
  return markdownTable([["indicator", "base", "head", "change", "verdict"], ...rows], {
    align: ["l", "r", "r", "r", "l"]
  });
}
function commandsTable(commands) {
  if (!commands || commands.length === 0) return null;
  const rows = commands.map((d) => {
    const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
    return [
      mdInline(d.name, CAP.label),
      quantity(d.base, "ms"),
      quantity(d.head, "ms"),
      change,
      verdictCell(d.verdict),
      md(d.reason, CAP.note)
    ];
  });
  const table2 = markdownTable(
    [["timed command", "base", "head", "change", "verdict", "why"], ...rows],
    { align: ["l", "r", "r", "r", "l", "l"] }
  );
  return `**Timed commands** (median wall clock, base and head run alternately)

${table2}`;
}
function scenarioLine(s) {
  const dims = Object.entries(s.dims).map(([k, v]) => `${mdInline(k, CAP.label)} ${exact(v)}`).join(", ");
  return `_Scenario **${mdInline(s.name, CAP.label)}**${dims ? `: ${dims}` : ""}._`;
}
function statusLine(m) {
  const why = m.reason ? `: ${mdInline(m.reason, CAP.note)}` : "";
  switch (m.status) {
    case "added":
      return `**Added** in head (no base to compare with)${why}.`;
    case "removed":
      return `**Removed** in head (only base figures)${why}.`;
    case "failed":
      return `**\u2717 Failed**${why || ": no reason given"}.`;
    default:
      return null;
  }
}
function gatesTable(gates2, fold2) {
  if (gates2.length === 0) return null;
  const tripped = gates2.filter((g) => g.tripped);
  const passed = gates2.filter((g) => !g.tripped);
  const table2 = (list2) => markdownTable(
    [
      ["gate", "model", "limit", "outcome", "reason"],
      ...list2.map((g) => [
        mdInline(g.gate, CAP.label),
        mdInline(g.model, CAP.id),
        mdInline(g.limit, CAP.label),
        g.tripped ? "**\u2717 tripped**" : "\u2713 passed",
        mdInline(g.reason, CAP.note)
      ])
    ],
    { align: ["l", "l", "r", "l", "l"] }
  );
  const blocks = [];
  const passes = (summary) => fold2 ? details(summary, table2(passed)) : `${summary} (cut for length).`;
  if (tripped.length > 0) {
    blocks.push(`**Gates: ${tripped.length} of ${gates2.length} tripped**`, table2(tripped));
    if (passed.length > 0) blocks.push(passes(`${passed.length} passed`));
  } else {
    blocks.push(passes(`Gates: ${gates2.length} of ${gates2.length} passed`));
  }
  return blocks.join("\n\n");
}
function contradictionList(m, limit) {
  const lines = contradictionLines(m.contradictions);
  if (lines.length === 0 || limit <= 0) return null;
  const shown2 = lines.slice(0, limit);
  const items = shown2.map(
    (x) => `- **${mdInline(x.title, CAP.title)}**: ${mdInline(x.evidence, CAP.evidence) || "no evidence given"}`
  );
  const more = lines.length - shown2.length;
  if (more > 0) items.push(`- \u2026 and ${more} more (cut for length; see the JSON comparison)`);
  const n = lines.length;
  return `**${n} contradiction${n === 1 ? "" : "s"}**

${items.join("\n")}`;
}
function details(summary, body) {
  return `<details>
<summary>${summary}</summary>

${body}

</details>`;
}
function opWeight(o) {
  const sides = [o.base, o.head].filter((s) => s !== null);
  return Math.max(0, ...sides.flatMap((s) => [s.flopsShare, s.timeShare ?? 0]));
}
function rankedOps(m) {
  return [...m.opTypes].sort(
    (a, b) => opWeight(b) - opWeight(a) || (a.opType < b.opType ? -1 : a.opType > b.opType ? 1 : 0)
  );
}
function hasTime(m) {
  return m.opTypes.some((o) => o.base?.timeShare !== void 0 || o.head?.timeShare !== void 0);
}
function arrow(a, b) {
  return a === b ? a : `${a} \u2192 ${b}`;
}
function opTable(ops, timed2) {
  const head = ["op type", "nodes", "share of FLOPs"];
  if (timed2) head.push("share of time", "achieved FLOP/s");
  const rows = ops.map((o) => {
    const row = [
      mdInline(o.opType, CAP.opType),
      arrow(o.base ? exact(o.base.count) : "\u2014", o.head ? exact(o.head.count) : "\u2014"),
      arrow(share(o.base?.flopsShare), share(o.head?.flopsShare))
    ];
    if (timed2) {
      const fps = (x) => quantity(x, "FLOP/s");
      row.push(
        arrow(share(o.base?.timeShare), share(o.head?.timeShare)),
        arrow(fps(o.base?.achievedFlopsPerSecond), fps(o.head?.achievedFlopsPerSecond))
      );
    }
    return row;
  });
  return markdownTable([head, ...rows], { align: ["l", "r", "r", "r", "r"] });
}
function chart(ops) {
  const timeShare = (o) => Math.max(o.base?.timeShare ?? 0, o.head?.timeShare ?? 0);
  const top = ops.filter((o) => timeShare(o) >= CHART_MIN_SHARE).slice(0, CHART_OP_TYPES);
  if (top.length < 2) return null;
  const side2 = (s) => s ? { timeShare: s.timeShare ?? 0, flopsShare: s.flopsShare } : null;
  return shareChart(top.map((o) => ({ label: o.opType, base: side2(o.base), head: side2(o.head) })));
}
function opDetails(m, rows, withCharts) {
  if (m.opTypes.length === 0 || rows === 0 && !withCharts) return null;
  const ops = rankedOps(m);
  const timed2 = hasTime(m);
  const parts = [];
  const drawn = withCharts && timed2 ? chart(ops) : null;
  if (drawn) parts.push(drawn);
  if (rows > 0) {
    parts.push(opTable(ops.slice(0, rows), timed2));
    if (rows < ops.length) parts.push(`Top ${rows} of ${exact(ops.length)} op types shown.`);
  }
  if (parts.length === 0) return null;
  const what = timed2 ? "share of FLOPs and of time, achieved FLOP/s" : "share of FLOPs";
  const count = `${exact(ops.length)} op type${ops.length === 1 ? "" : "s"}`;
  return details(`Per op type: ${what} (${count})`, parts.join("\n\n"));
}
function reasonDetails(m) {
  if (m.runtime.length === 0) return null;
  const rows = m.runtime.map((d) => [
    mdInline(d.label, CAP.label),
    verdictCell(d.verdict),
    String(d.rounds),
    d.gating ? "yes" : "no",
    mdInline(d.reason, CAP.note)
  ]);
  const table2 = markdownTable([["indicator", "verdict", "rounds", "can gate", "why"], ...rows], {
    align: ["l", "l", "r", "l", "l"]
  });
  return details("Runtime verdicts: why", table2);
}
function settingsDetails(c) {
  const s = c.settings;
  if (!s) return null;
  const t = (v) => mdInline(String(v), CAP.label);
  const time = (v) => typeof v === "number" ? ms(v) : t(v);
  const rows = [
    ["execution provider", t(s.provider)],
    ["threads", `${t(s.intraOpThreads)} intra-op, ${t(s.interOpThreads)} inter-op`],
    ["graph optimization", t(s.graphOptimizationLevel)],
    ["execution mode", t(s.executionMode)],
    ["time budget", time(s.budgetMs)],
    ["warm-up", `\u2265 ${t(s.warmupRuns)} runs and \u2265 ${time(s.warmupMs)}`],
    // Several models may each have their own batches: the rows above name theirs.
    ...c.models.length > 1 ? [["batches", "per model: each runtime row names its batch"]] : [
      ["latency batch", t(s.latencyBatch)],
      [
        "throughput batches",
        Array.isArray(s.batchSizes) && s.batchSizes.length ? t(s.batchSizes.join(", ")) : "\u2014"
      ]
    ],
    ["cold-start processes", t(s.coldStartRuns)],
    ["timeout per model process", time(s.timeoutMs)],
    ["input seed", t(s.seed)]
  ];
  return details("Settings", markdownTable([["setting", "value"], ...rows]));
}
function hardwareDetails(c) {
  const h = c.hardware;
  if (!h) return null;
  const lines = [
    md(h.description, CAP.note) || "no description",
    "",
    h.comparable ? "Base and head were measured on comparable hardware." : "**Not comparable**: runtime figures are shown for information and never gate."
  ];
  if (h.differences.length > 0) {
    lines.push("", ...h.differences.map((d) => `- ${md(d, CAP.note)}`));
  }
  return details("Hardware", lines.join("\n"));
}
function methodDetails(c, method) {
  const m = method ?? DEFAULT_METHOD;
  const pct3 = (x) => `${+(100 * x).toFixed(2)}%`;
  const rounds2 = Math.max(0, ...c.models.map(latencyRounds));
  const modes = new Set(c.models.map((x) => x.runtimeMode));
  const text2 = [
    "Static indicators are exact counts from the two graphs: MACs are multiply-accumulates",
    '(what torchvision calls "GFLOPS"), FLOPs count 2 per floating-point MAC plus bias,',
    "elementwise, normalization, reduction, pooling and resize work; any difference is a change."
  ];
  if (modes.has("paired")) {
    text2.push(
      `Runtime: ${rounds2} paired rounds on one machine, base and head interleaved in random order;`,
      "per round the median of each side, the change is exp(median of ln(head/base)) with a",
      `${pct3(m.confidence)} bootstrap confidence interval (${exact(m.resamples)} resamples, seed ${m.seed}).`
    );
  }
  if (modes.has("unpaired")) {
    text2.push(
      "Results of two runs on matching hardware are compared unpaired (the ratio of the medians,",
      "each side resampled), with a wider threshold."
    );
  }
  if (modes.has("not-comparable")) {
    text2.push("Runtime figures from differing hardware are shown for information and never gate.");
  }
  if (modes.has("paired") || modes.has("unpaired")) {
    text2.push(
      `A change is worse or better when the interval excludes 1 and the estimate is beyond \xB1${pct3(m.threshold)};`,
      `unchanged when the whole interval lies within \xB1${pct3(m.threshold)}; otherwise inconclusive, which`,
      "never fails a build. Tail percentiles are shown, not tested; peak memory is decided on the",
      "range of its few pairs."
    );
  }
  const measured = [...modes].some((x) => x === "paired" || x === "unpaired");
  if (measured && !method) {
    text2.push("(misnomer's default settings: the comparison did not record its settings.)");
  }
  return details("Method", text2.join(" "));
}
function render(c, o, plan, cuts) {
  const blocks = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(c.headline || headline(c), CAP.headline)}**`);
  const side2 = (s) => s.commit ? `${mdInline(s.label, CAP.label)} (${mdInline(s.commit.slice(0, 12), 12)})` : mdInline(s.label, CAP.label);
  blocks.push(
    `base ${side2(c.base)} \u2192 head ${side2(c.head)} \xB7 ${mdInline(c.tool.name, 40)} ${mdInline(c.tool.version, 40)}`
  );
  const notes = (c.notes ?? []).map((n) => `> ${md(n, CAP.note)}`);
  if (notes.length > 0) blocks.push(notes.join("\n>\n"));
  const gates2 = gatesTable(c.gates, plan.globalDetails);
  if (gates2) blocks.push(gates2);
  const several = c.models.length > 1;
  for (const m of c.models) {
    if (several) blocks.push(`### ${md(m.id, CAP.id) || "(unnamed model)"}`);
    if (m.scenario) blocks.push(scenarioLine(m.scenario));
    const status = statusLine(m);
    if (status) blocks.push(status);
    const list2 = contradictionList(m, plan.contradictions);
    if (list2) blocks.push(list2);
    const table2 = mainTable(m);
    if (table2) blocks.push(table2);
    if (m.static.some((d) => d.incomplete)) {
      blocks.push("_incomplete: base or head could not count every op for this total._");
    }
    if (m.notes.length > 0) blocks.push(m.notes.map((n) => `> ${md(n, CAP.note)}`).join("\n>\n"));
    if (plan.modelDetails) {
      const ops = opDetails(m, Math.min(plan.opRows, m.opTypes.length), plan.charts);
      if (ops) blocks.push(ops);
      const reasons = reasonDetails(m);
      if (reasons) blocks.push(reasons);
    }
  }
  const commands = commandsTable(c.commands);
  if (commands) blocks.push(commands);
  if (plan.globalDetails) {
    for (const d of [
      settingsDetails(c),
      hardwareDetails(c),
      methodDetails(c, o.method ?? c.method)
    ]) {
      if (d) blocks.push(d);
    }
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join("\n\n")}
`;
}
var WHOLE = "The JSON comparison";
function renderMarkdown(c, options = {}) {
  const full = {
    opRows: Math.max(0, ...c.models.map((m) => m.opTypes.length)),
    charts: true,
    modelDetails: true,
    globalDetails: true,
    contradictions: Math.max(
      0,
      ...c.models.map((m) => contradictionLines(m.contradictions).length)
    )
  };
  return fitComparison(
    full,
    CHART_OP_TYPES,
    options,
    WHOLE,
    (plan, cuts) => render(c, options, plan, cuts)
  );
}

// src/report/result-markdown.ts
var WHOLE2 = "The JSON result";
var ROWS2 = [
  "params",
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "bytesAccessed",
  "arithmeticIntensity",
  "weightBytes",
  "peakActivationBytes",
  "nodes"
];
var TOP_OPS = 10;
var num2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var text = (v, max) => mdInline(String(v ?? ""), max);
var pct = (x) => share(num2(x));
function staticRows(a) {
  const incomplete = Array.isArray(a.incompleteTotals) ? a.incompleteTotals : [];
  return ROWS2.flatMap((key2) => {
    const value = num2(a.totals[key2]);
    if (key2 === "intOps" && !value) return [];
    const row = indicator(key2);
    const mark = incomplete.includes(key2) ? " \\*" : "";
    return [[row.label, `${quantity(value, row.unit)}${mark}`, ""]];
  });
}
function runtimeRows(m) {
  const rows = [];
  const lat = m.latency;
  if (lat) {
    const batch = num2(lat.batch);
    const s = lat.summary;
    const cv = num2(s?.cv);
    const spread2 = `${num2(s?.count) ?? "?"} runs${cv === null ? "" : ` \xB7 CV ${pct(cv)}`}`;
    rows.push([
      `${labelOf("latency.p50")} (batch ${batch ?? "?"})`,
      quantity(num2(s?.p50), "ms"),
      spread2
    ]);
    rows.push([labelOf("latency.p90"), quantity(num2(s?.p90), "ms"), "reported, not tested"]);
    rows.push([labelOf("latency.p99"), quantity(num2(s?.p99), "ms"), "reported, not tested"]);
  }
  for (const t of Array.isArray(m.throughput) ? m.throughput : []) {
    const tokens2 = num2(t.tokensPerSecond);
    rows.push([
      `${labelOf("throughput")} (batch ${num2(t.batch) ?? "?"})`,
      quantity(num2(t.examplesPerSecond), "examples/s"),
      tokens2 === null ? "" : quantity(tokens2, "tokens/s")
    ]);
  }
  if (m.coldStart) {
    const n = num2(m.coldStart.summary?.count);
    const detail = `session creation, median of ${n ?? "?"} fresh processes`;
    rows.push([labelOf("coldStart"), quantity(num2(m.coldStart.summary?.p50), "ms"), detail]);
  }
  if (m.firstRun) {
    const detail = "first inference after load";
    rows.push([labelOf("firstRun"), quantity(num2(m.firstRun.summary?.p50), "ms"), detail]);
  }
  if (m.peakRss) {
    const detail = "RSS above the same process without the model";
    rows.push([labelOf("peakRss"), quantity(num2(m.peakRss.bytes), "bytes"), detail]);
  }
  const fps = num2(m.achievedFlopsPerSecond);
  if (fps) {
    const row = indicator("achievedFlopsPerSecond");
    rows.push([row.label, quantity(fps, row.unit), row.convention]);
  }
  return rows;
}
function mainTable2(m) {
  const rows = [["**static** \xB7 exact, from the graph", "", ""], ...staticRows(m.analysis)];
  const runtime = m.measurement ? runtimeRows(m.measurement) : [];
  if (runtime.length > 0) rows.push(["**runtime** \xB7 measured on this runner", "", ""], ...runtime);
  return markdownTable([["indicator", "value", "detail"], ...rows], { align: ["l", "r", "l"] });
}
function remarks(m) {
  const out = [];
  const uncounted = Array.isArray(m.analysis.uncounted) ? m.analysis.uncounted : [];
  if (m.analysis.incomplete || uncounted.length > 0) {
    const ops = uncounted.slice(0, 5).map((u) => `${text(u.opType, CAP.opType)} (\xD7${num2(u.count) ?? "?"})`);
    const more = uncounted.length > 5 ? `, and ${uncounted.length - 5} more` : "";
    const what = ops.length ? `: ${ops.join(", ")}${more}` : "";
    out.push(`_\\* incomplete: some ops could not be counted${what}._`);
  }
  const meas = m.measurement;
  if (meas && meas.status !== "ok") {
    const why = meas.error ? `: ${text(meas.error, CAP.note)}` : "";
    out.push(`**\u2717 Measurement ${text(meas.status, 40)}**${why}.`);
  }
  return out;
}
function timeTable(profile, rows) {
  const ops = Object.entries(profile).sort(
    (x, y) => (num2(y[1]?.share) ?? 0) - (num2(x[1]?.share) ?? 0)
  );
  const body = ops.slice(0, rows).map(([op, t]) => [
    mdInline(op, CAP.opType),
    quantity(num2(t?.ms), "ms"),
    pct(t?.share),
    pct(t?.flopsShare),
    quantity(num2(t?.achievedFlopsPerSecond), "FLOP/s"),
    quantity(num2(t?.calls), "count")
  ]);
  const head = [
    "op type (as run)",
    "time per inference",
    "share of time",
    "share of FLOPs",
    "achieved FLOP/s",
    "calls"
  ];
  return [markdownTable([head, ...body], { align: ["l", "r", "r", "r", "r", "r"] }), ops.length];
}
function flopsTable(a, rows) {
  const flops = num2(a.totals.flops) ?? 0;
  const moved2 = num2(a.totals.bytesAccessed) ?? 0;
  const share2 = (part2, whole) => whole ? pct((num2(part2) ?? 0) / whole) : "\u2014";
  const ops = Object.entries(a.byOpType ?? {}).sort(
    (x, y) => (num2(y[1]?.flops) ?? 0) - (num2(x[1]?.flops) ?? 0)
  );
  const body = ops.slice(0, rows).map(([op, c]) => [
    mdInline(op, CAP.opType),
    quantity(num2(c?.count), "count"),
    share2(c?.flops, flops),
    share2(c?.bytesAccessed, moved2)
  ]);
  const head = ["op type", "nodes", "share of FLOPs", "share of bytes"];
  return [markdownTable([head, ...body], { align: ["l", "r", "r", "r"] }), ops.length];
}
function opDetails2(m, rows) {
  if (rows <= 0) return null;
  const profile = m.measurement?.opProfile?.byOpType;
  const timed2 = !!profile && typeof profile === "object" && Object.keys(profile).length > 0;
  const [table2, total] = timed2 ? timeTable(profile, rows) : flopsTable(m.analysis, rows);
  if (total === 0) return null;
  const count = `${exact(total)} op type${total === 1 ? "" : "s"}`;
  const summary = timed2 ? `Top op types by share of time (${count}, as ONNX Runtime ran them)` : `Top op types by share of FLOPs (${count})`;
  const more = rows < total ? `

Top ${rows} of ${count} shown.` : "";
  return details(summary, `${table2}${more}`);
}
function machineLine(r) {
  const f = r.fingerprint;
  const s = r.settings;
  if (!f) return null;
  let machine;
  try {
    machine = fingerprintText(f);
  } catch {
    return null;
  }
  let line = `Measured on ${mdInline(machine, CAP.note)}`;
  if (s) {
    line += ` \xB7 ${text(s.provider, 40)} provider, ${text(s.intraOpThreads, 10)} intra-op / ${text(s.interOpThreads, 10)} inter-op threads, optimization ${text(s.graphOptimizationLevel, 20)}`;
  }
  return `${line}.`;
}
function render2(r, o, plan, cuts) {
  const blocks = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(o.title ?? "misnomer", CAP.headline) || "misnomer"}**`);
  if (o.note) blocks.push(`> ${md(o.note, CAP.note)}`);
  const n = r.models.length;
  const commit = typeof r.commit === "string" ? ` \xB7 commit ${mdInline(r.commit.slice(0, 12), 12)}` : "";
  blocks.push(
    `${exact(n)} model${n === 1 ? "" : "s"}${commit} \xB7 misnomer ${text(r.tool?.version, 40)}`
  );
  const measured = r.models.some((m) => m.measurement);
  blocks.push(
    machineLine(r) ?? (measured ? "Measured on unrecorded hardware." : "Static analysis only: not measured.")
  );
  for (const m of r.models.slice(0, plan.models)) {
    blocks.push(`### ${md(m.id, CAP.id) || "(unnamed model)"}`);
    const { scenario: scenario2 } = splitUnit(String(m.id));
    const dims = m.analysis?.dims;
    if (scenario2 && dims && typeof dims === "object") {
      blocks.push(scenarioLine({ name: scenario2, dims: numbersOnly(dims) }));
    }
    blocks.push(mainTable2(m), ...remarks(m));
    const ops = opDetails2(m, plan.opRows);
    if (ops) blocks.push(ops);
  }
  const hidden = n - plan.models;
  if (hidden > 0) {
    blocks.push(`\u2026 and ${exact(hidden)} more model${hidden === 1 ? "" : "s"} not shown.`);
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE2));
  return `${blocks.join("\n\n")}
`;
}
function describeCuts2(plan, full) {
  const cuts = [];
  if (plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0 ? `op types cut to the top ${plan.opRows}` : "op-type details dropped"
    );
  }
  if (plan.models < full.models) cuts.push(`${plan.models} of ${full.models} models shown`);
  return cuts;
}
function renderResultMarkdown(result, options = {}) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const full = { opRows: TOP_OPS, models: result.models.length };
  const attempt = (plan) => render2(result, options, plan, describeCuts2(plan, full));
  const fits2 = (plan) => attempt(plan).length <= maxChars;
  if (fits2(full)) return attempt(full);
  const rows = largest(1, TOP_OPS - 1, (n) => fits2({ ...full, opRows: n }));
  if (rows >= 1) return attempt({ ...full, opRows: rows });
  const bare = { ...full, opRows: 0 };
  if (fits2(bare)) return attempt(bare);
  const models = largest(1, full.models - 1, (n) => fits2({ ...bare, models: n }));
  if (models >= 1) return attempt({ ...bare, models });
  return hardCut(
    attempt({ ...bare, models: Math.min(1, full.models) }),
    options.marker,
    maxChars,
    WHOLE2
  );
}
function numbersOnly(dims) {
  return Object.fromEntries(
    Object.entries(dims).filter((e) => typeof e[1] === "number")
  );
}

// src/commands/options.ts
import { writeFileSync } from "node:fs";

// src/report/terminal-measure.ts
function ms2(x) {
  if (x === null || x === void 0 || Number.isNaN(x)) return "\u2014";
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  if (x >= 0.1) return `${x.toFixed(2)} ms`;
  return `${(x * 1e3).toFixed(x >= 0.01 ? 0 : 1)} \xB5s`;
}
var spread = (s) => `p90 ${ms2(s.summary.p90)} \xB7 p99 ${ms2(s.summary.p99)} \xB7 mean ${ms2(s.summary.mean)} \xB1 ${ms2(s.summary.std)} \xB7 min ${ms2(s.summary.min)} \xB7 CV ${(100 * s.summary.cv).toFixed(1)}% \xB7 n ${s.summary.count}`;
function renderMeasurement(m) {
  const out = [];
  for (const model2 of m.models) out.push(renderModel(model2), "");
  for (const c of m.commands ?? []) {
    out.push(
      c.status === "ok" ? `command ${clean(c.name)}: median ${ms2(c.wallClock.summary.p50)} (${spread(c.wallClock)})` : `command ${clean(c.name)}: ${c.status}: ${clean(c.error ?? "")}`
    );
  }
  out.push(renderSetup(m));
  return out.join("\n").trimEnd() + "\n";
}
function renderModel(m) {
  const head = `${clean(m.id)}  ${clean(m.path)}`;
  if (m.status !== "ok" && !m.latency) return `${head}
  ${m.status}: ${clean(m.error ?? "")}`;
  const t = table(["indicator", "value", "detail"], ["left", "right", "left"]);
  if (m.latency)
    t.push([
      `latency p50 (batch ${m.latency.batch})`,
      ms2(m.latency.summary.p50),
      spread(m.latency)
    ]);
  for (const x of m.throughput ?? []) {
    const tokens2 = x.tokensPerSecond ? ` \xB7 ${si(x.tokensPerSecond)} tokens/s` : "";
    t.push([
      `throughput (batch ${x.batch})`,
      `${si(x.examplesPerSecond)} examples/s`,
      `p50 ${ms2(x.latency.summary.p50)} per run${tokens2}`
    ]);
  }
  if (m.coldStart)
    t.push([
      "cold start",
      ms2(m.coldStart.summary.p50),
      `session creation, median of ${m.coldStart.summary.count} fresh processes`
    ]);
  if (m.firstRun)
    t.push(["first run", ms2(m.firstRun.summary.p50), "first inference after load, same processes"]);
  if (m.peakRss)
    t.push([
      "peak memory",
      bytes(m.peakRss.bytes),
      "peak RSS above the same process without the model"
    ]);
  if (m.achievedFlopsPerSecond)
    t.push(["achieved", `${si(m.achievedFlopsPerSecond)}FLOP/s`, "static FLOPs / p50 latency"]);
  const lines = [head, t.toString()];
  if (m.opProfile) lines.push(renderOps(m));
  if (m.error) lines.push(`note: ${clean(m.error)}`);
  return lines.join("\n");
}
function renderOps(m) {
  const p = m.opProfile;
  const t = table(
    ["op type (as run)", "time", "% time", "% FLOPs", "% bytes", "FLOP/s", "calls"],
    ["left", "right", "right", "right", "right", "right", "right"]
  );
  const share2 = (x) => x === void 0 ? "\u2014" : percent(x, 1);
  for (const [op, x] of Object.entries(p.byOpType).sort((a, b) => b[1].ms - a[1].ms)) {
    t.push([
      clean(op),
      ms2(x.ms),
      share2(x.share),
      share2(x.flopsShare),
      share2(x.bytesShare),
      x.achievedFlopsPerSecond ? si(x.achievedFlopsPerSecond) : "\u2014",
      String(x.calls)
    ]);
  }
  return [t.toString(), ...p.notes.map((n) => `  ${clean(n)}`)].join("\n");
}
function renderSetup(m) {
  const s = m.settings;
  const f = m.fingerprint;
  return `settings: ${s.provider}, ${s.intraOpThreads} intra-op / ${s.interOpThreads} inter-op threads, optimization ${s.graphOptimizationLevel}, budget ${(s.budgetMs / 1e3).toFixed(0)} s, seed ${s.seed}
machine: ${clean(f.cpu.model)} (${f.cpu.logicalCores} cores), ${bytes(f.memoryBytes)}, ${clean(f.os.distro ?? f.os.platform)}, Node ${f.node}, onnxruntime-node ${f.onnxruntime}`;
}
var VERDICT_MARK = {
  better: "\u2713 better",
  worse: "\u2717 worse",
  unchanged: "= unchanged",
  changed: "\u2195 changed",
  inconclusive: "? inconclusive",
  "not-tested": "\xB7 reported",
  "not-comparable": "\u2260 not comparable"
};
function renderRuntimeComparison(deltas, labels, why = true) {
  const t = table(
    ["indicator", clean(labels.base), clean(labels.head), "change (99% CI)", "verdict"],
    ["left", "right", "right", "right", "left"]
  );
  for (const d of deltas)
    t.push([
      d.label,
      quantity(d.base, d.unit),
      quantity(d.head, d.unit),
      d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci),
      VERDICT_MARK[d.verdict] ?? d.verdict
    ]);
  const lines = [t.toString()];
  if (why) for (const d of deltas) lines.push(`  ${d.label}: ${clean(d.reason)}`);
  return lines.join("\n") + "\n";
}

// src/report/terminal-compare.ts
var COLORS = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 };
function renderComparisonTerminal(c, options = {}) {
  const paint = (text2, color) => options.color ? `\x1B[${COLORS[color]}m${text2}\x1B[0m` : text2;
  const out = [paint(clean(c.headline), "bold"), ""];
  for (const n of c.notes ?? []) out.push(paint(clean(n), "dim"));
  if (c.notes?.length) out.push("");
  for (const m of c.models) out.push(...renderModel2(m, c, paint), "");
  if (c.commands?.length) {
    const t = table(
      ["timed command", clean(c.base.label), clean(c.head.label), "change", "verdict"],
      ["left", "right", "right", "right", "left"]
    );
    for (const d of c.commands) {
      const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
      const color = d.verdict === "worse" ? "red" : d.verdict === "better" ? "green" : "dim";
      t.push([
        clean(d.name),
        quantity(d.base, "ms"),
        quantity(d.head, "ms"),
        change,
        paint(d.verdict, color)
      ]);
    }
    out.push(t.toString(), "");
  }
  const tripped = c.gates.filter((g) => g.tripped);
  for (const g of tripped)
    out.push(
      paint(
        `\u2717 gate ${clean(g.gate)} ${clean(g.limit)} (${clean(g.model)}): ${clean(g.reason)}`,
        "red"
      )
    );
  if (c.gates.length && !tripped.length)
    out.push(paint(`\u2713 all ${c.gates.length} gates passed`, "green"));
  return out.join("\n").trimEnd() + "\n";
}
function renderModel2(m, c, paint) {
  const title2 = c.models.length > 1 ? [paint(`\u2500\u2500 ${clean(m.id)} \u2500\u2500`, "bold")] : [];
  if (m.scenario) {
    const dims = Object.entries(m.scenario.dims).map(([k, v]) => `${clean(k)}=${v}`);
    title2.push(`scenario ${clean(m.scenario.name)}${dims.length ? `: ${dims.join(", ")}` : ""}`);
  }
  if (m.status !== "compared")
    return [...title2, `${clean(m.id)}: ${m.status}${m.reason ? ` (${clean(m.reason)})` : ""}`];
  const t = table(
    ["indicator", clean(c.base.label), clean(c.head.label), "change"],
    ["left", "right", "right", "right"]
  );
  for (const d of m.static) {
    const change = d.relative === null ? d.delta ? "new" : "=" : d.relative === 0 ? "=" : percentChange(d.relative);
    const color = d.verdict === "worse" ? "red" : d.verdict === "better" ? "green" : "dim";
    t.push([
      d.label,
      bareQuantity(d.base, d.unit) + (d.incomplete ? " *" : ""),
      bareQuantity(d.head, d.unit),
      paint(change, color)
    ]);
  }
  const lines = [...title2, t.toString()];
  if (m.runtime.length)
    lines.push(
      renderRuntimeComparison(
        m.runtime,
        { base: c.base.label, head: c.head.label },
        false
      ).trimEnd()
    );
  else lines.push("runtime: not measured");
  for (const x of contradictionLines(m.contradictions)) {
    lines.push(paint(`\u26A0 ${clean(x.title)}`, "yellow"), `  ${clean(x.evidence)}`);
  }
  for (const n of m.notes) lines.push(paint(`note: ${clean(n)}`, "dim"));
  return lines;
}

// src/commands/options.ts
import { parseArgs } from "node:util";

// src/measure/settings.ts
var DEFAULT_SETTINGS = {
  provider: "cpu",
  // One intra-op thread: on shared 2-core runners, A/A spread with 2 threads was 0.55x-1.37x
  // between rounds, with 1 thread 0.84x-1.10x (docs/measurement.md#defaults-and-why).
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: "all",
  executionMode: "sequential",
  budgetMs: 3e4,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [],
  coldStartRuns: 5,
  timeoutMs: 12e4,
  seed: 1
};
var DEFAULT_COMPARE_BUDGET_MS = 6e4;
function parseDuration(text2, what) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/.exec(text2);
  if (!m) throw new UserError(`${what} "${text2}" is not a duration: write e.g. 30s, 2m or 500ms.`);
  const n = Number(m[1]);
  const unit = m[2] ?? "s";
  const ms3 = unit === "ms" ? n : unit === "s" ? n * 1e3 : n * 6e4;
  if (ms3 <= 0) throw new UserError(`${what} must be longer than 0, got "${text2}".`);
  return ms3;
}
function parseIntList(text2, what) {
  const parts = text2.split(",").map((p) => p.trim());
  const values = parts.map(Number);
  if (parts.some((p) => !/^\d+$/.test(p)) || values.some((v) => v < 1 || !Number.isSafeInteger(v))) {
    throw new UserError(
      `${what} "${text2}" must be positive integers separated by commas, e.g. 1,8,32.`
    );
  }
  return [...new Set(values)];
}
function parsePositiveInt(text2, what, min = 1) {
  const n = Number(text2);
  if (!/^\d+$/.test(text2.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UserError(`${what} must be an integer of at least ${min}, got "${text2}".`);
  }
  return n;
}
var LEVELS = [
  "disabled",
  "basic",
  "extended",
  "all"
];
function parseOptLevel(text2) {
  const level = LEVELS.find((l) => l === text2);
  if (!level) throw new UserError(`--opt-level "${text2}" must be one of ${LEVELS.join(", ")}.`);
  return level;
}
function parseRanges(specs) {
  const ranges = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(-?\d+):(-?\d+)$/.exec(spec.trim());
    if (!m)
      throw new UserError(
        `--input-range "${spec}" is not of the form name=min:max (e.g. --input-range pixel_ids=0:255).`
      );
    ranges[m[1]] = [Number(m[2]), Number(m[3])];
  }
  return ranges;
}
function parseFiles(specs) {
  const files = {};
  for (const spec of specs) {
    const at = spec.indexOf("=");
    if (at <= 0 || at === spec.length - 1) {
      throw new UserError(
        `--input "${spec}" is not of the form name=file.npy (or name=file.json).`
      );
    }
    files[spec.slice(0, at)] = spec.slice(at + 1);
  }
  return files;
}

// src/commands/options.ts
function parse(args, options) {
  let parsed;
  try {
    parsed = parseArgs({
      args: optionalValues(
        args,
        OUTPUTS.filter((o) => options[o]?.type === "string")
      ),
      options,
      allowPositionals: true,
      strict: true
    });
  } catch (e) {
    throw new UserError(`${e.message}. Run "misnomer --help" for the options.`);
  }
  const toStdout = OUTPUTS.filter((o) => parsed.values[o] === STDOUT);
  if (toStdout.length > 1) {
    throw new UserError(
      `${toStdout.map((o) => `--${o}`).join(" and ")} would both print to stdout: give one of them a file (--json report.json).`
    );
  }
  return parsed;
}
var OUTPUTS = ["json", "markdown"];
var STDOUT = "-";
function optionalValues(args, names) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") return [...out, ...args.slice(i)];
    if (!a.startsWith("--") || !names.includes(a.slice(2))) {
      out.push(a);
      continue;
    }
    const next = args[i + 1];
    const isFile = next !== void 0 && next !== STDOUT && !next.startsWith("-") && !next.endsWith(".onnx");
    if (isFile) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(`${a}=${STDOUT}`);
      if (next === STDOUT) i++;
    }
  }
  return out;
}
var outputOf = (values, name3) => str(values[name3]);
function writeOutputs(values, render3, out) {
  let main2 = render3.terminal;
  for (const name3 of OUTPUTS) {
    const target = outputOf(values, name3);
    if (target === STDOUT) main2 = render3[name3];
    else if (target) emit({ out: target }, render3[name3](), out);
  }
  emit(values, main2(), out);
}
var STATIC_OPTIONS = {
  dim: { type: "string", multiple: true },
  scenario: { type: "string", multiple: true },
  json: { type: "string" },
  markdown: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var RUNTIME_OPTIONS = {
  ...STATIC_OPTIONS,
  "batch-sizes": { type: "string" },
  "latency-batch": { type: "string" },
  budget: { type: "string" },
  threads: { type: "string" },
  "inter-threads": { type: "string" },
  provider: { type: "string" },
  "opt-level": { type: "string" },
  warmup: { type: "string" },
  "cold-starts": { type: "string" },
  timeout: { type: "string" },
  seed: { type: "string" },
  "input-range": { type: "string", multiple: true },
  input: { type: "string", multiple: true },
  "no-progress": { type: "boolean" }
};
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
var dimsOf2 = (values) => parseDims(list(values.dim));
var jobOf = (values, id, path) => ({
  id,
  path,
  dims: dimsOf2(values),
  ranges: rangesOf(values),
  files: filesOf(values)
});
function scenariosOf(values) {
  const scenarios = list(values.scenario).map(parseScenarioSpec);
  checkScenarioNames(scenarios, "--scenario");
  return scenarios;
}
function jobsOf(values, id, path) {
  const job = jobOf(values, id, path);
  const scenarios = scenariosOf(values);
  if (scenarios.length === 0) return [job];
  return scenarios.map((s) => ({
    ...job,
    id: unitId(id, s.name),
    dims: { ...job.dims, ...s.dims }
  }));
}
var rangesOf = (values) => parseRanges(list(values["input-range"]));
var filesOf = (values) => parseFiles(list(values.input));
function settingsOf(values, defaults = {}) {
  const base = { ...DEFAULT_SETTINGS, ...defaults };
  const v = (k) => str(values[k]);
  return {
    ...base,
    provider: v("provider") ?? base.provider,
    intraOpThreads: v("threads") ? parsePositiveInt(v("threads"), "--threads") : base.intraOpThreads,
    interOpThreads: v("inter-threads") ? parsePositiveInt(v("inter-threads"), "--inter-threads") : base.interOpThreads,
    graphOptimizationLevel: v("opt-level") ? parseOptLevel(v("opt-level")) : base.graphOptimizationLevel,
    budgetMs: v("budget") ? parseDuration(v("budget"), "--budget") : base.budgetMs,
    warmupRuns: v("warmup") ? parsePositiveInt(v("warmup"), "--warmup", 0) : base.warmupRuns,
    latencyBatch: v("latency-batch") ? parsePositiveInt(v("latency-batch"), "--latency-batch") : base.latencyBatch,
    batchSizes: v("batch-sizes") ? parseIntList(v("batch-sizes"), "--batch-sizes") : base.batchSizes,
    coldStartRuns: v("cold-starts") ? parsePositiveInt(v("cold-starts"), "--cold-starts") : base.coldStartRuns,
    timeoutMs: v("timeout") ? parseDuration(v("timeout"), "--timeout") : base.timeoutMs,
    seed: v("seed") ? parsePositiveInt(v("seed"), "--seed", 0) : base.seed
  };
}
var askedLatencyBatch = (values) => str(values["latency-batch"]) ? parsePositiveInt(str(values["latency-batch"]), "--latency-batch") : void 0;
var comparisonOutputs = (c) => ({
  json: () => toJson(c),
  markdown: () => renderMarkdown(c),
  terminal: () => renderComparisonTerminal(c, { color: Boolean(process.stdout.isTTY) })
});
function emit(values, text2, out) {
  const path = str(values.out);
  if (!path) {
    out(text2);
    return;
  }
  try {
    writeFileSync(path, text2);
  } catch (e) {
    throw new UserError(
      `cannot write ${path}: ${e.message}. Check that its folder exists and is writable.`
    );
  }
}
var stringOption = str;
var listOption = list;

// src/commands/analyze.ts
function analyzeCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...STATIC_OPTIONS,
    "per-node": { type: "boolean" },
    input: { type: "string", multiple: true },
    result: { type: "string" },
    id: { type: "string" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `analyze takes one model file, got ${positionals.length}: misnomer analyze model.onnx`
    );
  }
  const path = positionals[0];
  const jobs = jobsOf(values, stringOption(values.id) ?? basename(path, ".onnx"), path);
  const perNode = Boolean(values["per-node"]);
  const loaded = loadModel(path);
  const analyses = [];
  try {
    const inputValues = readGivenFiles(jobs[0].files ?? {});
    for (const job of jobs) {
      const analysis = analyze(loaded, { dims: job.dims, perNode, inputValues });
      const { scenario: scenario2 } = splitUnit(job.id);
      analyses.push({ id: job.id, analysis: scenario2 ? { ...analysis, scenario: scenario2 } : analysis });
    }
  } finally {
    loaded.store.close();
  }
  const resultPath = stringOption(values.result);
  if (resultPath) emit({ out: resultPath }, toJson(makeResult(analyses)), out);
  const docs = analyses.map((a) => a.analysis);
  writeOutputs(
    values,
    {
      json: () => toJson(docs.length === 1 ? docs[0] : docs),
      markdown: () => renderResultMarkdown(makeResult(analyses), { title: `misnomer: ${basename(path)}` }),
      terminal: () => docs.map(
        (a) => a.scenario ? `\u2500\u2500 scenario ${a.scenario} \u2500\u2500
${renderAnalysis(a, { perNode })}` : renderAnalysis(a, { perNode })
      ).join("\n")
    },
    out
  );
  return 0;
}

// src/commands/compare.ts
import { basename as basename4 } from "node:path";

// src/compare/gate-evaluate.ts
function evaluateGates(gates2, models, options = {}) {
  const onInconclusive = options.onInconclusive ?? gates2.some((g) => g.kind === "on-inconclusive" && g.enabled);
  const ci = options.confidence ? `${Math.round(options.confidence * 1e3) / 10}% CI` : "CI";
  const out = [];
  for (const model2 of models) {
    for (const gate of gates2) {
      if (gate.kind === "on-inconclusive") continue;
      if (gate.scenario && splitUnit(model2.id).scenario !== gate.scenario) continue;
      const base = { gate: gateName(gate), limit: gate.limit, model: model2.id };
      if (model2.status === "added" && options.onMissingBase && gateIsOn(gate)) {
        out.push({ ...base, tripped: true, reason: MISSING_BASE });
      } else if (model2.status !== "compared") {
        out.push({ ...base, tripped: false, reason: notCompared(model2) });
      } else if (gate.kind !== "indicator") {
        out.push({ ...base, ...contradictionGate(gate, model2) });
      } else if (gate.runtime) {
        out.push({ ...base, ...runtimeGate(gate, model2, onInconclusive, ci) });
      } else {
        out.push({ ...base, ...staticGate(gate, model2) });
      }
    }
  }
  return out;
}
var MISSING_BASE = "no base to judge it against (the model is new, or its base could not be built or restored), and fail-on-missing-base is on";
var gateIsOn = (gate) => gate.kind === "indicator" || gate.enabled;
function gatedUnits(gates2, ids) {
  const judges = (gate, id) => gate.kind !== "on-inconclusive" && gateIsOn(gate) && (!gate.scenario || splitUnit(id).scenario === gate.scenario);
  return ids.filter((id) => gates2.some((g) => judges(g, id)));
}
function notCompared(model2) {
  if (model2.status === "added")
    return "gates do not apply: the model was added (no base to compare with)";
  if (model2.status === "removed")
    return "gates do not apply: the model was removed (no head to compare)";
  return `gates do not apply: the model was not compared (${model2.reason ?? "it failed"})`;
}
function contradictionGate(gate, model2) {
  const lines = contradictionLines(model2.contradictions);
  const n = lines.length;
  const found = n === 0 ? "no contradictions" : `${n} contradiction${n === 1 ? "" : "s"}: ${lines.map((c) => c.title).join("; ")}`;
  if (!gate.enabled) return { tripped: false, reason: `off: ${found} (reported, not gating)` };
  return { tripped: n > 0, reason: found };
}
function staticGate(gate, model2) {
  const row = model2.static.find((r) => r.indicator === gate.key);
  if (!row) return { tripped: false, reason: `${gate.key} is not in the comparison` };
  if (row.base === null || row.head === null) {
    return {
      tripped: false,
      reason: `${row.label} is not known on both sides (base ${num3(row.base)}, head ${num3(row.head)})`
    };
  }
  const delta2 = row.head - row.base;
  const incomplete = row.incomplete ? " (incomplete: some nodes could not be counted)" : "";
  if (gate.relative && row.base === 0 && delta2 !== 0) {
    const tripped2 = beyond(Math.sign(delta2) * Infinity, gate);
    return {
      tripped: tripped2,
      reason: `${row.label} went from 0 to ${num3(row.head)}: no relative change exists from 0, so it ${tripped2 ? verbBeyond(gate) : "is within"} ${gate.limit}${incomplete}`
    };
  }
  const change = gate.relative ? delta2 / row.base : delta2;
  const tripped = beyond(change, gate);
  const shown2 = gate.relative ? percentChange(change) : signedAmount(change, gate.quantity);
  return {
    tripped,
    reason: `${row.label} ${shown2} ${tripped ? verbBeyond(gate) : "is within"} ${gate.limit}${incomplete}`
  };
}
function runtimeGate(gate, model2, onInconclusive, ci) {
  const rows = model2.runtime.filter(
    (r) => gate.key === "throughput" ? r.indicator.startsWith("throughput.b") : r.indicator === gate.key
  );
  if (rows.length === 0) {
    const why = model2.runtimeMode === "none" ? "no runtime measurement: runtime gates do not apply" : model2.runtimeMode === "not-comparable" ? "runtime not comparable (different hardware): runtime gates never trip on it" : `${gate.key} was not measured`;
    return { tripped: false, reason: why };
  }
  const decisions = rows.map((r) => runtimeRow3(gate, r, model2, onInconclusive, ci));
  return {
    tripped: decisions.some((d) => d.tripped),
    reason: decisions.map((d) => d.reason).join("; ")
  };
}
function runtimeRow3(gate, row, model2, onInconclusive, ciName) {
  if (row.verdict === "not-comparable" || model2.runtimeMode === "not-comparable") {
    return { tripped: false, reason: `${row.label}: not comparable (${row.reason}): never trips` };
  }
  if (row.verdict === "not-tested") {
    return { tripped: false, reason: `${row.label}: not tested (${row.reason}): never trips` };
  }
  if (row.ratio === null) {
    return { tripped: false, reason: `${row.label}: no ratio (${row.reason}): cannot trip` };
  }
  if (!gate.relative && row.base === null) {
    return { tripped: false, reason: `${row.label}: no base value for an absolute limit` };
  }
  const change = (ratio) => gate.relative ? ratio - 1 : (ratio - 1) * row.base;
  const shown2 = (x) => gate.relative ? percentChange(x) : signedAmount(x, gate.quantity);
  const point = change(row.ratio);
  const measured = gate.relative ? ratioChange(row.ratio, row.ci) : quantityWithInterval(
    point,
    row.ci ? [change(row.ci[0]), change(row.ci[1])] : null,
    unitOf(gate.quantity)
  );
  const head = `${row.label} ${measured}, ${row.verdict}`;
  if (row.verdict === "better" || row.verdict === "unchanged") {
    return { tripped: false, reason: `${head}: only a worse verdict trips` };
  }
  if (row.verdict === "inconclusive") {
    if (!onInconclusive) {
      return {
        tripped: false,
        reason: `${head}: inconclusive verdicts never trip (on-inconclusive is off)`
      };
    }
    const tripped2 = beyond(point, gate);
    return {
      tripped: tripped2,
      reason: tripped2 ? `${head}, ${verbBeyond(gate)} ${gate.limit} (on-inconclusive: the point estimate decides)` : `${head}, is within ${gate.limit}`
    };
  }
  const lower2 = gate.direction === "lower-is-better";
  const nearest = row.ci ? change(lower2 ? row.ci[0] : row.ci[1]) : point;
  const end = row.ci ? `the ${ciName}'s ${lower2 ? "lower" : "upper"} end` : "the point estimate";
  const tripped = beyond(nearest, gate);
  return {
    tripped,
    reason: tripped ? `${head}, ${verbBeyond(gate)} ${gate.limit}: ${end} ${shown2(nearest)} is beyond it` : `${head}, is within ${gate.limit}: ${end} ${shown2(nearest)} is not beyond it`
  };
}
function beyond(change, gate) {
  const slack = 1e-9 * Math.max(1, Math.abs(gate.amount));
  return gate.direction === "lower-is-better" ? change > gate.amount + slack : change < gate.amount - slack;
}
function verbBeyond(gate) {
  return gate.direction === "lower-is-better" ? "exceeds" : "falls below";
}
function unitOf(quantity2) {
  switch (quantity2) {
    case "time":
      return "ms";
    case "bytes":
      return "bytes";
    case "ratio":
      return "FLOP/B";
    case "rate":
      return "examples/s";
    case "count":
      return "count";
  }
}
function signedAmount(x, quantity2) {
  return signedQuantity(x, unitOf(quantity2));
}
function num3(x) {
  return x === null ? "\u2014" : si(x);
}

// src/compare/runtime.ts
var lower = (o) => ({
  ...o,
  direction: "lower-is-better"
});
var higher = (o) => ({
  ...o,
  direction: "higher-is-better"
});
function throughputRow(a, b) {
  if (a.tokensPerSecond === void 0 || b.tokensPerSecond === void 0) {
    return {
      label: labelOf(`throughput.b${a.batch}`),
      unit: "examples/s",
      base: a.examplesPerSecond,
      head: b.examplesPerSecond
    };
  }
  const perExample = Math.round(a.tokensPerSecond / a.examplesPerSecond);
  return {
    label: `throughput (batch ${a.batch}; a run is ${a.batch} \xD7 ${perExample} tokens)`,
    unit: "tokens/s",
    base: a.tokensPerSecond,
    head: b.tokensPerSecond
  };
}
function compareRuntime(pair, analyses, options) {
  const { a, b } = pair;
  if (a.status !== "ok" || b.status !== "ok") return [failed(a, b)];
  const out = [];
  const lat = pairedVerdict(pair.latencyRounds, lower(options));
  const batch = a.latency.batch;
  out.push({
    indicator: "latency.p50",
    label: `${labelOf("latency.p50")} (batch ${batch})`,
    unit: "ms",
    base: a.latency.summary.p50,
    head: b.latency.summary.p50,
    ...fromVerdict(lat),
    gating: true
  });
  for (const p of ["p90", "p99"]) {
    const base = a.latency.summary[p];
    const head = b.latency.summary[p];
    out.push({
      indicator: `latency.${p}`,
      label: `${labelOf(`latency.${p}`)} (batch ${batch})`,
      unit: "ms",
      base,
      head,
      ratio: head / base,
      ci: null,
      rounds: pair.latencyRounds.length,
      verdict: "not-tested",
      reason: "tail percentiles are reported, not tested: they need thousands of samples to be stable",
      gating: false
    });
  }
  for (const t of a.throughput ?? []) {
    const h = b.throughput?.find((x) => x.batch === t.batch);
    if (!h) continue;
    const rounds2 = t.batch === batch ? pair.latencyRounds : pair.throughputRounds[String(t.batch)];
    if (!rounds2) continue;
    const perSecond = rounds2.map((r) => ({ a: t.batch * 1e3 / r.a, b: t.batch * 1e3 / r.b }));
    out.push({
      indicator: `throughput.b${t.batch}`,
      ...throughputRow(t, h),
      ...fromVerdict(pairedVerdict(perSecond, higher(options))),
      gating: true
    });
  }
  out.push(
    fresh(
      "coldStart",
      a.coldStart?.summary.p50,
      b.coldStart?.summary.p50,
      pair.coldStartRounds,
      options
    )
  );
  out.push(
    fresh(
      "firstRun",
      a.firstRun?.summary.p50,
      b.firstRun?.summary.p50,
      pair.firstRunRounds,
      options
    )
  );
  out.push(memory(a, b, pair.memoryRounds, options.threshold));
  out.push(achieved2(analyses, lat, out[0], options.threshold));
  return out;
}
function fromVerdict(v) {
  return { ratio: v.ratio, ci: v.ci, rounds: v.rounds, verdict: v.verdict, reason: v.reason };
}
function fresh(indicator2, base, head, rounds2, options) {
  return {
    indicator: indicator2,
    label: labelOf(indicator2),
    unit: "ms",
    base: base ?? null,
    head: head ?? null,
    ...fromVerdict(pairedVerdict(rounds2, lower(options))),
    gating: true
  };
}
function memory(a, b, rounds2, threshold) {
  const base = a.peakRss?.bytes ?? null;
  const head = b.peakRss?.bytes ?? null;
  const row = {
    indicator: "peakRss",
    label: labelOf("peakRss"),
    unit: "bytes",
    base,
    head,
    gating: true
  };
  const baseline = median(a.peakRss?.withoutModelBytes ?? [0]);
  const ratios = rounds2.map((r) => Math.max(1, r.b - baseline) / Math.max(1, r.a - baseline));
  if (base === null || head === null || ratios.length === 0) {
    return {
      ...row,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: "inconclusive",
      reason: "peak memory was not measured"
    };
  }
  const ratio = Math.max(1, head) / Math.max(1, base);
  const ci = [Math.min(...ratios), Math.max(...ratios)];
  const up = 1 + threshold;
  const pct3 = `${Math.round(threshold * 100)}%`;
  const range = `pairs ${ratioInterval(ci)}`;
  if (ci[0] > up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "worse",
      reason: `every pair is above +${pct3} (${range})`
    };
  if (ci[1] < 1 / up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "better",
      reason: `every pair is below \u2212${pct3} (${range})`
    };
  if (ci[0] >= 1 / up && ci[1] <= up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "unchanged",
      reason: `every pair is within \xB1${pct3} (${range})`
    };
  return {
    ...row,
    ratio,
    ci,
    rounds: ratios.length,
    verdict: "inconclusive",
    reason: `the pairs disagree (${range})`
  };
}
function achieved2(analyses, lat, latency, threshold) {
  const fa = analyses.base.totals.flops;
  const fb = analyses.head.totals.flops;
  const row = {
    indicator: "achievedFlopsPerSecond",
    label: labelOf("achievedFlopsPerSecond"),
    unit: "FLOP/s",
    gating: false
  };
  if (!fa || !fb || !latency.base || !latency.head) {
    return {
      ...row,
      base: null,
      head: null,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: "not-tested",
      reason: "no FLOPs or no latency"
    };
  }
  const flopsRatio = fb / fa;
  const ratio = flopsRatio / lat.ratio;
  const ci = [flopsRatio / lat.ci[1], flopsRatio / lat.ci[0]];
  const d = lat.rounds < 5 ? { verdict: "inconclusive", reason: lat.reason } : decide(ratio, ci, threshold, "higher-is-better", "FLOPs / latency");
  if (d.verdict === "better" || d.verdict === "worse") d.verdict = "changed";
  return {
    ...row,
    base: fa / (latency.base / 1e3),
    head: fb / (latency.head / 1e3),
    ratio,
    ci,
    rounds: lat.rounds,
    ...d
  };
}
function failed(a, b) {
  const bad = [a, b].filter((m) => m.status !== "ok").map((m) => `${m.id}: ${m.status}: ${m.error}`);
  return {
    indicator: "latency.p50",
    label: labelOf("latency.p50"),
    unit: "ms",
    base: a.latency?.summary.p50 ?? null,
    head: b.latency?.summary.p50 ?? null,
    ratio: null,
    ci: null,
    rounds: 0,
    verdict: "inconclusive",
    reason: `not compared: ${bad.join("; ")}`,
    gating: false
  };
}

// src/compare/static.ts
function staticDeltas(base, head, threshold) {
  return STATIC_INDICATORS.map(({ key: key2, label, unit, direction }) => {
    const a = numeric(base.totals[key2]);
    const b = numeric(head.totals[key2]);
    const delta2 = a !== null && b !== null ? b - a : null;
    const relative2 = delta2 !== null && a ? delta2 / a : null;
    const better = delta2 !== null && (direction === "higher-is-better" ? delta2 > 0 : delta2 < 0);
    const small = relative2 !== null && Math.abs(relative2) < threshold;
    return {
      indicator: key2,
      label,
      unit,
      base: a,
      head: b,
      delta: delta2,
      relative: relative2,
      verdict: !delta2 || small ? "unchanged" : direction === "none" ? "changed" : better ? "better" : "worse",
      incomplete: base.incompleteTotals.includes(key2) || head.incompleteTotals.includes(key2)
    };
  });
}
var numeric = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
function opTypeShifts(base, head, measured) {
  const names = /* @__PURE__ */ new Set([...Object.keys(base.byOpType), ...Object.keys(head.byOpType)]);
  for (const m of [measured?.base, measured?.head])
    for (const op of Object.keys(m?.opProfile?.byOpType ?? {})) names.add(op);
  const shifts = [...names].map((opType) => ({
    opType,
    base: side(base, measured?.base, opType),
    head: side(head, measured?.head, opType)
  }));
  const weight = (s) => Math.max(
    s.base?.flopsShare ?? 0,
    s.head?.flopsShare ?? 0,
    s.base?.timeShare ?? 0,
    s.head?.timeShare ?? 0
  );
  return shifts.sort((x, y) => weight(y) - weight(x) || (x.opType < y.opType ? -1 : 1));
}
function side(a, m, opType) {
  const c = a.byOpType[opType];
  const t = m?.opProfile?.byOpType[opType.includes("/") ? opType.slice(opType.indexOf("/") + 1) : opType];
  if (!c && !t) return null;
  return {
    count: c?.count ?? 0,
    flops: c?.flops ?? 0,
    flopsShare: c && a.totals.flops ? c.flops / a.totals.flops : 0,
    bytesShare: c && a.totals.bytesAccessed ? c.bytesAccessed / a.totals.bytesAccessed : 0,
    ...t ? { timeShare: t.share } : {},
    ...t?.achievedFlopsPerSecond ? { achievedFlopsPerSecond: t.achievedFlopsPerSecond } : {}
  };
}

// src/compare/types.ts
var COMPARISON_SCHEMA = "misnomer/comparison@1";

// src/compare/compare.ts
var UNPAIRED_THRESHOLD_FACTOR = 2;
function buildComparison(base, head, options, paired2 = /* @__PURE__ */ new Map()) {
  const hardware = hardwareOf(base.result, head.result);
  const ids = [
    .../* @__PURE__ */ new Set([...base.result.models.map((m) => m.id), ...head.result.models.map((m) => m.id)])
  ];
  const models = ids.map((id) => {
    const a = base.result.models.find((m) => m.id === id);
    const b = head.result.models.find((m) => m.id === id);
    const scenario2 = scenarioOf(id, b ?? a);
    if (!a || !b) return { ...onlyOne(id, a ? "removed" : "added"), ...scenario2 };
    return {
      ...compareModel(a, b, options, paired2.get(id), hardware, base.result, head.result),
      ...scenario2
    };
  });
  const gates2 = options.gates ? evaluateGates(options.gates, models, {
    onInconclusive: options.onInconclusive,
    confidence: options.confidence,
    onMissingBase: options.onMissingBase
  }) : [];
  const c = {
    schema: COMPARISON_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION },
    base: { label: base.label, ...base.result.commit ? { commit: base.result.commit } : {} },
    head: { label: head.label, ...head.result.commit ? { commit: head.result.commit } : {} },
    models,
    gates: gates2,
    headline: "",
    ...head.result.settings ? { settings: head.result.settings } : {},
    ...hardware ? { hardware } : {},
    method: {
      threshold: options.threshold,
      confidence: options.confidence,
      resamples: options.resamples,
      seed: options.seed
    }
  };
  c.headline = headline(c);
  return c;
}
function scenarioOf(id, m) {
  const { scenario: scenario2 } = splitUnit(id);
  return scenario2 ? { scenario: { name: scenario2, dims: { ...m.analysis.dims } } } : {};
}
function onlyOne(id, status) {
  return {
    id,
    status,
    reason: status === "added" ? "new in head: nothing to compare with" : "not in head any more",
    static: [],
    runtime: [],
    runtimeMode: "none",
    opTypes: [],
    contradictions: [],
    notes: []
  };
}
function compareModel(a, b, options, pair, hardware, baseResult, headResult) {
  const notes = [];
  if (baseResult.tool.countingRules !== headResult.tool.countingRules) {
    notes.push(
      `the counting rules changed between misnomer ${baseResult.tool.version} (base) and ${headResult.tool.version} (head): static deltas may come from the tool, not the model`
    );
  }
  const verdict = {
    threshold: options.threshold,
    confidence: options.confidence,
    resamples: options.resamples,
    seed: options.seed
  };
  let runtime = [];
  let runtimeMode = "none";
  if (pair) {
    runtime = compareRuntime(pair, { base: a.analysis, head: b.analysis }, verdict);
    runtimeMode = "paired";
  } else if (a.measurement && b.measurement) {
    runtimeMode = hardware?.comparable ? "unpaired" : "not-comparable";
    runtime = unpairedRuntime(
      a,
      b,
      runtimeMode,
      { ...verdict, threshold: UNPAIRED_THRESHOLD_FACTOR * options.threshold },
      hardware
    );
    if (runtimeMode === "unpaired") {
      notes.push(
        `speed was measured in two runs on matching hardware: compared unpaired, with a threshold of ${+(100 * UNPAIRED_THRESHOLD_FACTOR * options.threshold).toFixed(2)}%`
      );
    }
  }
  const sides = { base: pair?.a ?? a.measurement, head: pair?.b ?? b.measurement };
  const failures = ["base", "head"].filter((k) => sides[k] && sides[k].status !== "ok").map((k) => `${k}: ${sides[k].status}: ${sides[k].error ?? ""}`);
  const m = {
    id: a.id,
    status: failures.length ? "failed" : "compared",
    ...failures.length ? {
      reason: failures.join("; "),
      failedSides: ["base", "head"].filter(
        (k) => sides[k] && sides[k].status !== "ok"
      )
    } : {},
    static: staticDeltas(a.analysis, b.analysis, options.staticThreshold),
    runtime,
    runtimeMode,
    opTypes: opTypeShifts(a.analysis, b.analysis, {
      base: pair?.a ?? a.measurement,
      head: pair?.b ?? b.measurement
    }),
    notes
  };
  return {
    ...m,
    contradictions: findContradictions(m, {
      staticThreshold: options.staticThreshold,
      runtimeThreshold: runtimeMode === "unpaired" ? UNPAIRED_THRESHOLD_FACTOR * options.threshold : options.threshold
    })
  };
}
function unpairedRuntime(a, b, mode, options, hardware) {
  const ma = a.measurement;
  const mb = b.measurement;
  const rows = [];
  const add = (indicator2, label, unit, sa, sb, direction = "lower-is-better", base, head) => {
    if (!sa?.length || !sb?.length) return;
    const row = { indicator: indicator2, label, unit, base: base ?? null, head: head ?? null, rounds: 0 };
    if (mode === "not-comparable") {
      const why = hardware?.differences.join("; ") || "unknown";
      rows.push({
        ...row,
        ratio: null,
        ci: null,
        verdict: "not-comparable",
        reason: `measured on different hardware or settings (${why})`,
        gating: false
      });
      return;
    }
    const v = unpairedVerdict(sa, sb, { ...options, direction });
    rows.push({
      ...row,
      ratio: v.ratio,
      ci: v.ci,
      verdict: v.verdict,
      reason: v.reason,
      gating: true
    });
  };
  add(
    "latency.p50",
    `${labelOf("latency.p50")} (batch ${ma.latency?.batch ?? 1})`,
    "ms",
    ma.latency?.samplesMs,
    mb.latency?.samplesMs,
    "lower-is-better",
    ma.latency?.summary.p50,
    mb.latency?.summary.p50
  );
  for (const t of ma.throughput ?? []) {
    const h = mb.throughput?.find((x) => x.batch === t.batch);
    const perSecond = (s) => s.map((ms3) => t.batch * 1e3 / ms3);
    if (!h) continue;
    const row = throughputRow(t, h);
    add(
      `throughput.b${t.batch}`,
      row.label,
      row.unit,
      perSecond(t.latency.samplesMs),
      perSecond(h.latency.samplesMs),
      "higher-is-better",
      row.base ?? void 0,
      row.head ?? void 0
    );
  }
  add(
    "coldStart",
    labelOf("coldStart"),
    "ms",
    ma.coldStart?.samplesMs,
    mb.coldStart?.samplesMs,
    "lower-is-better",
    ma.coldStart?.summary.p50,
    mb.coldStart?.summary.p50
  );
  return rows;
}
function hardwareOf(a, b) {
  const fa = a.fingerprint ?? b.fingerprint;
  if (!fa) return void 0;
  if (!a.fingerprint || !b.fingerprint || !a.settings || !b.settings) {
    const missing = a.fingerprint ? "head" : "base";
    return {
      comparable: false,
      differences: [`the ${missing} result has no hardware fingerprint or settings`],
      description: fingerprintText(fa)
    };
  }
  const { comparable, differences } = speedComparable(
    a.fingerprint,
    b.fingerprint,
    a.settings,
    b.settings
  );
  return { comparable, differences, description: fingerprintText(b.fingerprint) };
}

// src/measure/inputs.ts
import { resolve as resolve2 } from "node:path";
var FEEDABLE = /* @__PURE__ */ new Set([...FLOAT_TYPES, ...Object.keys(INT_BOUNDS), "string"]);
var WHY = {
  user: "range given by the user (--input-range or `ranges` in the config)",
  mask: "the name says it is a mask: all ones attends to every position, the full-cost case",
  segment: "the name says it holds segment ids: all zeros (one segment), the common case",
  bool: "bool inputs are masks or flags: all true attends to every position and takes every flagged path, the full-cost case",
  string: "string input: the decimal text of integers in [0, 9] (no text is valid in general)"
};
var FLOAT_RANGE = [-1, 1];
var MASK_NAME = /(^|[_.:/-])mask$/i;
var SEGMENT_NAME = /(token_type|segment)_ids?$/i;
function planInputs(model2, inference, options) {
  const dims = { ...options.dims };
  if (options.batch) dims[options.batch.symbol] = options.batch.size;
  const binding = bindInputs(model2.path, model2.graph, dims, options.given);
  if (options.batch && !(options.batch.symbol in binding.used)) {
    throw new UserError(
      `${model2.path}: the batch dim "${options.batch.symbol}" is not a dim of any input, so the batch size cannot be changed. Name the symbolic batch dim of the inputs.`
    );
  }
  const indexUses = tableIndexRanges(model2, inference);
  const specs = [];
  const unranged = [];
  for (const [name3, b] of binding.shapes) {
    const dtype = dtypeName(b.dtype);
    if (b.kind || !b.shape) {
      throw new UserError(
        `${model2.path}: input "${name3}" is a ${b.kind ?? "tensor of unknown shape"}; misnomer can only generate tensor inputs with a shape.`
      );
    }
    if (!FEEDABLE.has(dtype)) {
      throw new UserError(
        `${model2.path}: input "${name3}" has type ${dtype}, which onnxruntime-node cannot feed, so this model cannot be timed.`
      );
    }
    const shape = b.shape;
    const file = options.files?.[name3];
    if (file !== void 0) {
      readInputFile(file, { name: name3, dtype, shape });
      specs.push({ name: name3, dtype, shape, fill: { kind: "file", path: resolve2(file) } });
      continue;
    }
    const values = options.given?.[name3]?.values;
    if (values) {
      const bad = values.findIndex((v) => !fits(dtype, v));
      if (bad >= 0) {
        throw new UserError(
          `${options.given[name3].source}: ${values[bad]} (flat index ${bad}) is not a valid ${dtype} value for input "${name3}" of ${model2.path}.`
        );
      }
      specs.push({ name: name3, dtype, shape, fill: { kind: "values", values } });
      continue;
    }
    const fill = positionFill(model2.path, name3, dtype, shape, binding, indexUses.get(name3)) ?? chooseFill(model2.path, name3, dtype, options.ranges?.[name3], indexUses.get(name3));
    if (fill) specs.push({ name: name3, dtype, shape, fill });
    else unranged.push({ name: name3, type: `${dtype} [${shape.join(", ")}]` });
  }
  if (unranged.length > 0) throw missingRanges(model2.path, unranged);
  return specs;
}
function chooseFill(path, name3, dtype, range, index) {
  const float = FLOAT_TYPES.has(dtype);
  if (range) {
    const [min, max] = checkRange(path, name3, dtype, range);
    return float ? { kind: "uniform", min, max } : { kind: "integers", min, max, why: WHY.user };
  }
  if (MASK_NAME.test(name3)) return { kind: "ones", why: WHY.mask };
  if (index && !float && dtype !== "string") {
    const [lo, hi] = INT_BOUNDS[dtype];
    return {
      kind: "integers",
      min: Math.max(index.min, lo),
      max: Math.min(index.max, hi),
      why: index.why
    };
  }
  if (SEGMENT_NAME.test(name3)) return { kind: "integers", min: 0, max: 0, why: WHY.segment };
  if (float) return { kind: "uniform", min: FLOAT_RANGE[0], max: FLOAT_RANGE[1] };
  if (dtype === "bool") return { kind: "ones", why: WHY.bool };
  if (dtype === "string") return { kind: "integers", min: 0, max: 9, why: WHY.string };
  return void 0;
}
var POSITION_NAME = /(^|[_.:/-])position_ids?$/i;
var PAST_NAME = /(^|[_.:/-])past/i;
function positionFill(path, name3, dtype, shape, binding, index) {
  if (!POSITION_NAME.test(name3) || FLOAT_TYPES.has(dtype) || !INT_BOUNDS[dtype] || shape.length === 0)
    return void 0;
  const s = shape[shape.length - 1];
  let start = 0;
  let why = "the name says it holds positions and no input holds a past: 0, 1, ..., s \u2212 1";
  for (const [other, b] of binding.shapes) {
    if (!b.shape || other === name3) continue;
    if (MASK_NAME.test(other) && b.shape.length === 2 && b.shape[1] >= s) {
      start = b.shape[1] - s;
      why = `positions follow the past: "${other}" covers ${b.shape[1]} tokens, ${s} of them new`;
      break;
    }
    if (PAST_NAME.test(other) && b.shape.length === 4) {
      start = b.shape[2];
      why = `positions follow the past: "${other}" holds ${start} past tokens`;
    }
  }
  const last = start + s - 1;
  if (index && s > 0 && (start < index.min || last > index.max)) {
    throw new UserError(
      `${path}: input "${name3}" would hold positions ${start} to ${last}, but only ${index.min} to ${index.max} are valid (${index.why}). Lower the sequence or past dims, or give the positions (--input ${name3}=file.npy).`
    );
  }
  return { kind: "positions", start, why };
}
function checkRange(path, name3, dtype, range) {
  const [min, max] = range;
  const given = `range ${min}:${max} for input "${name3}" of ${path}`;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new UserError(`The ${given} is not min:max with min <= max; give e.g. ${name3}=0:99.`);
  }
  const bounds = dtype === "string" ? INT_BOUNDS.int64 : INT_BOUNDS[dtype];
  if (bounds && (!Number.isInteger(min) || !Number.isInteger(max))) {
    throw new UserError(`The ${given} must be integers: the input is ${dtype}.`);
  }
  if (bounds && (min < bounds[0] || max > bounds[1])) {
    throw new UserError(
      `The ${given} exceeds what ${dtype} holds ([${bounds[0]}, ${bounds[1]}]); narrow it.`
    );
  }
  return range;
}
function missingRanges(path, inputs) {
  const one = inputs.length === 1;
  const listed = inputs.map((i) => `"${i.name}" (${i.type})`).join(", ");
  const flags = inputs.map((i) => `--input-range ${i.name}=min:max`).join(" ");
  return new UserError(
    `${path}: integer input${one ? "" : "s"} ${listed} ${one ? "does" : "do"} not index an embedding table, so misnomer cannot tell which values are valid. Give ${one ? "a range" : "ranges"}: ${flags} (or, in the config, ${inputs.map((i) => `\`inputs.${i.name}.range: [min, max]\``).join(", ")}).`
  );
}
var PASS_THROUGH2 = /* @__PURE__ */ new Set([
  "Cast",
  "Identity",
  "Unsqueeze",
  "Squeeze",
  "Reshape",
  "Flatten",
  "Transpose",
  "Expand",
  "Tile",
  "Slice"
]);
var INDEXERS = {
  Gather: [[1, 0]],
  // ONNX Runtime's fused BERT embedding: input_ids index word_embedding, segment_ids index
  // segment_embedding, both along axis 0.
  "com.microsoft:EmbedLayerNormalization": [
    [0, 2],
    [1, 4]
  ]
};
function tableIndexRanges(model2, inference) {
  const constants = new Set(model2.graph.initializers.map((t) => t.name));
  const consumers = /* @__PURE__ */ new Map();
  for (const record of inference.main.records) {
    const { node } = record;
    if (node.opType === "Constant" && node.domain === "") constants.add(node.outputs[0]);
    node.inputs.forEach((name3, slot) => {
      if (name3 === "") return;
      const list2 = consumers.get(name3) ?? [];
      list2.push({ record, slot });
      consumers.set(name3, list2);
    });
  }
  const ranges = /* @__PURE__ */ new Map();
  for (const input2 of inference.inputs) {
    const uses = [];
    const seen = /* @__PURE__ */ new Set();
    const queue = [[input2, 0]];
    while (queue.length > 0) {
      const [name3, shift] = queue.shift();
      if (seen.has(name3)) continue;
      seen.add(name3);
      for (const { record, slot } of consumers.get(name3) ?? []) {
        const use = indexUse(record, slot, shift, constants);
        if (use) uses.push(use);
        const next = passThrough(record, slot, shift, constants);
        if (next) queue.push(next);
      }
    }
    if (uses.length === 0) continue;
    const tightest = uses.reduce((a, b) => b.max - b.min < a.max - a.min ? b : a);
    const min = Math.max(...uses.map((u) => u.min));
    const max = Math.min(...uses.map((u) => u.max));
    if (min > max) continue;
    const more = uses.length > 1 ? ` (the tightest of the ${uses.length} tables it indexes)` : "";
    ranges.set(input2, { min, max, why: tightest.why + more });
  }
  return ranges;
}
function indexUse(record, slot, shift, constants) {
  const { node } = record;
  const key2 = node.domain === "" ? node.opType : `${node.domain}:${node.opType}`;
  const pair = INDEXERS[key2]?.find(([index]) => index === slot);
  const table2 = pair && node.inputs[pair[1]];
  if (!table2 || !constants.has(table2)) return void 0;
  const shape = record.inputs[pair[1]]?.shape;
  let axis2 = key2 === "Gather" ? record.ctx.attrs.int("axis", 0) : 0;
  if (shape && axis2 < 0) axis2 += shape.length;
  const rows = shape?.[axis2];
  if (typeof rows !== "number" || rows < 1) return void 0;
  const min = Math.max(0, -shift);
  const max = rows - 1 - shift;
  const label = node.name ? `"${node.name}"` : `(output "${node.outputs[0]}")`;
  const via = shift === 0 ? "" : `, after adding ${shift} on the way`;
  return {
    min,
    max,
    rows,
    why: `indices of ${node.opType} ${label}, whose table "${table2}" has ${rows} rows along axis ${axis2}${via}`
  };
}
function passThrough(record, slot, shift, constants) {
  const { node } = record;
  if (node.domain !== "" || !node.outputs[0]) return void 0;
  if (PASS_THROUGH2.has(node.opType)) return slot === 0 ? [node.outputs[0], shift] : void 0;
  if (node.opType !== "Add" && node.opType !== "Sub" || node.inputs.length !== 2)
    return void 0;
  const other = 1 - slot;
  if (node.opType === "Sub" && slot !== 0) return void 0;
  if (!constants.has(node.inputs[other])) return void 0;
  const values = record.ctx.constant(other);
  if (!values || values.length === 0 || values.some((v) => v !== values[0])) return void 0;
  return [node.outputs[0], shift + (node.opType === "Add" ? values[0] : -values[0])];
}

// src/measure/plan.ts
function planModel(job, batchSizes2, seed, askedLatencyBatch2) {
  const loaded = loadModel(job.path);
  try {
    const { model: model2, store } = loaded;
    const batchSymbol = job.batchSymbol ?? findBatchSymbol(model2);
    const latencyBatch = askedLatencyBatch2 ?? (batchSymbol ? job.dims[batchSymbol] : void 0) ?? 1;
    const sequenceSymbol = findSequenceSymbol(model2, batchSymbol);
    const sizes = [.../* @__PURE__ */ new Set([latencyBatch, ...batchSizes2])];
    const inputsByBatch = /* @__PURE__ */ new Map();
    const skippedBatches = [];
    let analysis;
    const given = { ...readGivenFiles(job.files ?? {}), ...job.values };
    for (const size of sizes) {
      if (!batchSymbol && size !== latencyBatch) {
        skippedBatches.push({ batch: size, why: "the model has no symbolic batch dim" });
        continue;
      }
      const dims = batchSymbol ? { ...job.dims, [batchSymbol]: size } : job.dims;
      const inference = inferModel(model2, store, dims, given);
      inputsByBatch.set(
        size,
        planInputs(model2, inference, {
          dims,
          seed,
          ranges: job.ranges,
          files: job.files,
          given
        })
      );
      if (size === latencyBatch) analysis = analyze(loaded, { dims, inputValues: given });
    }
    const tokensPerExample = sequenceSymbol ? job.dims[sequenceSymbol] : void 0;
    return {
      job,
      analysis,
      inputsByBatch,
      skippedBatches,
      tokensPerExample,
      batchSymbol,
      latencyBatch
    };
  } finally {
    loaded.store.close();
  }
}
function findBatchSymbol(model2) {
  const initializers = new Set(model2.graph.initializers.map((t) => t.name));
  for (const input2 of model2.graph.inputs) {
    if (initializers.has(input2.name) || input2.type.kind !== "tensor") continue;
    const d0 = input2.type.shape?.[0];
    if (typeof d0 === "string" && d0 !== "") return d0;
  }
  return void 0;
}
function findSequenceSymbol(model2, batchSymbol) {
  for (const input2 of model2.graph.inputs) {
    const t = input2.type;
    if (t.kind !== "tensor" || t.elemType !== 6 && t.elemType !== 7 || t.shape?.length !== 2)
      continue;
    const d1 = t.shape[1];
    if (typeof d1 === "string" && d1 !== "" && d1 !== batchSymbol && !parseDimExpr(d1)) return d1;
  }
  return void 0;
}

// src/measure/providers.ts
import { existsSync as existsSync3, readdirSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";
async function checkProvider(provider) {
  const ort = loadOrt();
  const list2 = ort.listSupportedBackends();
  const usable = list2.filter((b) => b.bundled || hasProviderLibrary(b.name));
  if (usable.some((b) => b.name === provider)) return;
  const known2 = list2.some((b) => b.name === provider);
  throw new UserError(
    `the execution provider "${provider}" is ${known2 ? "not installed" : "not supported"} in this onnxruntime-node installation (usable here: ${usable.map((b) => b.name).join(", ")}). ` + (known2 ? `Install onnxruntime-node with its ${provider} libraries (its install script downloads them), or use --provider cpu.` : "Use --provider cpu.")
  );
}
function hasProviderLibrary(name3) {
  const root = dirname2(resolveOrt("onnxruntime-node/package.json"));
  const bin = join3(root, "bin", "napi-v6", process.platform, process.arch);
  if (!existsSync3(bin)) return false;
  return readdirSync(bin).some((f) => f.includes(`providers_${name3}`));
}

// src/run-shell.ts
import { spawn } from "node:child_process";

// src/child-env.ts
var PRIVATE = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i;
function childEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !PRIVATE.test(k)));
}

// src/run-shell.ts
var EXIT_GRACE_MS = 1e3;
var KILL_GRACE_MS = 2e3;
var GROUPS = process.platform !== "win32";
var running = /* @__PURE__ */ new Map();
var active = 0;
function signalGroup(child, signal) {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
  }
}
function groupAlive(child) {
  if (!GROUPS || !child.pid) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}
function onCancel(signal) {
  for (const { label, child } of running.values()) {
    signalGroup(child, "SIGKILL");
    process.stdout.write(
      `misnomer: cancelled (${signal}): stopped ${label} and every process it started.
`
    );
  }
  running.clear();
  process.exit(signal === "SIGINT" ? 130 : 143);
}
function hold() {
  if (active++ > 0) return;
  process.on("SIGINT", onCancel);
  process.on("SIGTERM", onCancel);
}
function release(pid) {
  if (pid !== void 0) running.delete(pid);
  if (--active > 0) return;
  process.off("SIGINT", onCancel);
  process.off("SIGTERM", onCancel);
}
function runShell(job) {
  return new Promise((resolve7, reject) => {
    const t0 = performance.now();
    hold();
    let child;
    try {
      child = spawn(job.command, {
        shell: process.platform === "win32" ? true : "/bin/sh",
        cwd: job.cwd,
        env: childEnv(),
        stdio: ["ignore", job.stdout === false ? "ignore" : "pipe", "pipe"],
        detached: GROUPS
      });
    } catch (e) {
      release(void 0);
      reject(e);
      return;
    }
    const pid = child.pid;
    if (pid !== void 0) running.set(pid, { label: job.label, child });
    const pipes = [child.stdout, child.stderr].filter((s) => s !== null);
    for (const pipe of pipes) {
      pipe.setEncoding("utf8");
      pipe.on("data", (chunk) => job.onOutput?.(chunk));
    }
    let timedOut = false;
    let killer;
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup(child, "SIGTERM");
      killer = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_GRACE_MS);
    }, job.timeoutMs);
    let settled = false;
    child.on("error", (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(killer);
      release(pid);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      const ms3 = performance.now() - t0;
      clearTimeout(limit);
      let grace;
      const finish2 = () => {
        if (settled) return;
        settled = true;
        clearTimeout(grace);
        clearTimeout(killer);
        const leftovers = groupAlive(child);
        if (leftovers) signalGroup(child, "SIGKILL");
        for (const pipe of pipes) pipe.destroy();
        release(pid);
        resolve7({ code, signal, timedOut, leftovers, ms: ms3 });
      };
      if (pipes.every((p) => p.closed)) finish2();
      else {
        child.once("close", finish2);
        grace = setTimeout(finish2, EXIT_GRACE_MS);
      }
    });
  });
}
function durationText(ms3) {
  if (ms3 < 1e3) return `${ms3} ms`;
  if (ms3 < 12e4 || ms3 % 6e4 !== 0) return `${+(ms3 / 1e3).toFixed(1)} s`;
  return `${ms3 / 6e4} min`;
}

// src/measure/measure.ts
import { mkdtempSync as mkdtempSync2, rmSync as rmSync3 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join6 } from "node:path";

// src/measure/model-process.ts
import { fork, spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync4, mkdtempSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath } from "node:url";
var ModelFailure = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
  /** In an A/B run: which side's process failed. */
  side;
};
var duration = (ms3) => ms3 >= 1e3 ? `${+(ms3 / 1e3).toFixed(1)} s` : `${Math.round(ms3)} ms`;
function workerProgram() {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts"))
    return {
      path: join4(dirname3(here), "worker.ts"),
      execArgv: ["--import", import.meta.resolve("tsx")]
    };
  const bundled = join4(dirname3(here), "measure-worker.js");
  if (!existsSync4(bundled)) throw new Error(`the model-process program is missing: ${bundled}`);
  return { path: bundled, execArgv: [] };
}
function tail(child) {
  let text2 = "";
  child.stderr?.on("data", (d) => {
    text2 = (text2 + d.toString()).slice(-2e3);
  });
  return () => text2.trim().split("\n").slice(-3).join(" | ");
}
function describeExit(code, signal, stderr) {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const crash = signal === "SIGSEGV" || signal === "SIGABRT" || signal === "SIGBUS" || signal === "SIGILL";
  return new ModelFailure(
    "crashed",
    `the ONNX Runtime process ${how}${crash ? " (a crash inside the runtime)" : ""}` + (stderr ? `: ${stderr}` : "")
  );
}
var ModelProcess = class {
  constructor(label) {
    this.label = label;
    const program = workerProgram();
    this.child = fork(program.path, [], {
      execArgv: program.execArgv,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      // A model file comes from the pull request: its process gets what a build gets.
      env: childEnv()
    });
    this.stderr = tail(this.child);
    this.child.on("message", (reply) => {
      const p = this.pending;
      if (!p) return;
      this.pending = void 0;
      clearTimeout(p.timer);
      if (reply.type === "error") p.reject(new ModelFailure("failed", reply.message));
      else p.resolve(reply);
    });
    this.child.on("exit", (code, signal) => {
      this.exited = describeExit(code, signal, this.stderr());
      const p = this.pending;
      this.pending = void 0;
      if (p) {
        clearTimeout(p.timer);
        p.reject(this.exited);
      }
    });
  }
  label;
  child;
  stderr;
  exited;
  pending;
  /** Sends a request and waits for its reply, at most `timeoutMs`. */
  request(req, expect, timeoutMs) {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve7, reject) => {
      const timer = setTimeout(() => {
        this.pending = void 0;
        this.kill();
        reject(
          new ModelFailure(
            "timed-out",
            `${this.label} did not finish "${req.type}" within ${duration(timeoutMs)}; the process was stopped`
          )
        );
      }, timeoutMs);
      this.pending = {
        timer,
        reject,
        resolve: (r) => {
          if (r.type !== expect)
            reject(new Error(`model process answered ${r.type} to ${req.type}`));
          else resolve7(r);
        }
      };
      this.child.send(req, () => {
      });
    });
  }
  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
  /** Asks the process to exit; kills it if it does not within a second. */
  /** The model process's pid (for diagnostics and tests). */
  get pid() {
    return this.child.pid;
  }
  async close() {
    if (this.exited || !this.child.connected || this.child.killed) return;
    const gone = new Promise((resolve7) => this.child.once("exit", () => resolve7()));
    try {
      this.child.send({ type: "exit" }, (e) => e && this.kill());
    } catch {
      this.kill();
    }
    const timer = setTimeout(() => this.kill(), 1e3);
    await gone;
    clearTimeout(timer);
  }
};
async function oneShot(mode, job, timeoutMs) {
  const program = workerProgram();
  const dir = mkdtempSync(join4(tmpdir(), "misnomer-job-"));
  const jobPath = join4(dir, "job.json");
  writeFileSync2(jobPath, JSON.stringify(job));
  try {
    const child = spawn2(
      process.execPath,
      [...program.execArgv, program.path, "--one-shot", mode, jobPath],
      { stdio: ["ignore", "pipe", "pipe"], env: childEnv() }
    );
    const stderr = tail(child);
    let stdout = "";
    child.stdout?.on("data", (d) => stdout += d.toString());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const [code, signal] = await new Promise(
      (resolve7, reject) => {
        child.on("exit", (c, s) => resolve7([c, s]));
        child.on(
          "error",
          (e) => reject(new ModelFailure("failed", `could not start a fresh process: ${e.message}`))
        );
      }
    ).finally(() => clearTimeout(timer));
    const line = stdout.trim().split("\n").pop() ?? "";
    if (timedOut) {
      throw new ModelFailure(
        "timed-out",
        `a fresh process (${mode}) did not finish within ${duration(timeoutMs)}`
      );
    }
    let report;
    try {
      report = JSON.parse(line);
    } catch {
      throw describeExit(code, signal, stderr());
    }
    if (report.error) throw new ModelFailure("failed", report.error);
    if (code !== 0 || signal) throw describeExit(code, signal, stderr());
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/measure/profile.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync3, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname4, join as join5 } from "node:path";
var KERNEL_SUFFIX = "_kernel_time";
function malformed(what) {
  return new Error(`ONNX Runtime profile file is malformed: ${what}`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function num4(e, key2, where3) {
  const v = e[key2];
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw malformed(`${where3} has no valid "${key2}" (got ${JSON.stringify(v)})`);
  return v;
}
function collect(events) {
  if (!Array.isArray(events))
    throw malformed(`expected a JSON array of trace events, got ${describe3(events)}`);
  const kernels = [];
  const windows = [];
  events.forEach((e, i) => {
    if (!isRecord(e)) throw malformed(`event ${i} is ${describe3(e)}, not an object`);
    const name3 = e.name;
    const where3 = `event ${i} (${JSON.stringify(name3)})`;
    if (e.cat === "Session" && name3 === "model_run") {
      const startUs = num4(e, "ts", where3);
      windows.push({ startUs, endUs: startUs + num4(e, "dur", where3) });
    } else if (e.cat === "Node" && typeof name3 === "string" && name3.endsWith(KERNEL_SUFFIX)) {
      const args = e.args;
      const opType = isRecord(args) ? args.op_name : void 0;
      if (typeof opType !== "string" || opType === "")
        throw malformed(`${where3} has no "args.op_name"`);
      const durUs = num4(e, "dur", where3);
      kernels.push({
        node: name3.slice(0, -KERNEL_SUFFIX.length),
        opType,
        tid: String(e.tid ?? ""),
        startUs: num4(e, "ts", where3),
        durUs,
        selfUs: durUs
      });
    }
  });
  return { kernels, windows };
}
function describe3(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function profiledKernels(kernels, windows, runs) {
  if (windows.length === 0) return kernels;
  if (windows.length < runs)
    throw malformed(
      `it records ${windows.length} model runs but ${runs} were profiled (ONNX Runtime stops recording after 1,000,000 events: profile fewer runs)`
    );
  const kept = [...windows].sort((a, b) => a.startUs - b.startUs).slice(-runs);
  return kernels.filter((k) => kept.some((w) => k.startUs >= w.startUs && k.startUs <= w.endUs));
}
function toSelfTime(kernels) {
  const byThread = /* @__PURE__ */ new Map();
  for (const k of kernels) byThread.set(k.tid, [...byThread.get(k.tid) ?? [], k]);
  for (const list2 of byThread.values()) {
    list2.sort((a, b) => a.startUs - b.startUs || b.durUs - a.durUs);
    const open2 = [];
    for (const k of list2) {
      const inside = (p) => k.startUs + k.durUs <= p.startUs + p.durUs;
      while (open2.length && !inside(open2[open2.length - 1])) open2.pop();
      const parent = open2[open2.length - 1];
      if (parent) parent.selfUs -= k.durUs;
      open2.push(k);
    }
  }
}
function parseProfile(events, runs) {
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`parseProfile: runs must be a positive integer, got ${runs}`);
  const { kernels, windows } = collect(events);
  const kept = profiledKernels(kernels, windows, runs);
  toSelfTime(kept);
  const totalUs = kept.reduce((s, k) => s + k.selfUs, 0);
  const sums = /* @__PURE__ */ new Map();
  const byNode = {};
  for (const k of kept) {
    const t = sums.get(k.opType) ?? { us: 0, calls: 0 };
    t.us += k.selfUs;
    t.calls++;
    sums.set(k.opType, t);
    const n = byNode[k.node] ??= { opType: k.opType, ms: 0 };
    n.ms += k.selfUs / 1e3 / runs;
  }
  const byOpType = {};
  for (const [op, t] of [...sums].sort((a, b) => b[1].us - a[1].us))
    byOpType[op] = {
      ms: t.us / 1e3 / runs,
      share: totalUs > 0 ? t.us / totalUs : 0,
      calls: t.calls / runs
    };
  return { runs, byOpType, byNode };
}
function staticByOpType(analysis) {
  const out = /* @__PURE__ */ new Map();
  for (const [key2, c] of Object.entries(analysis.byOpType)) {
    const bare = key2.slice(key2.lastIndexOf("/") + 1);
    const s = out.get(bare) ?? { key: key2, flops: 0, bytes: 0, count: 0 };
    s.flops += c.flops;
    s.bytes += c.bytesAccessed;
    s.count += c.count;
    out.set(bare, s);
  }
  return out;
}
function joinWithAnalysis(profile, analysis) {
  const statics = staticByOpType(analysis);
  let totalFlops = 0;
  let totalBytes = 0;
  for (const s of statics.values()) {
    totalFlops += s.flops;
    totalBytes += s.bytes;
  }
  const byOpType = {};
  const notes = [];
  for (const [op, t] of Object.entries(profile.byOpType)) {
    const s = statics.get(op);
    const joined = { ms: t.ms, share: t.share, calls: t.calls };
    if (s) {
      if (totalFlops > 0) joined.flopsShare = s.flops / totalFlops;
      if (totalBytes > 0) joined.bytesShare = s.bytes / totalBytes;
      if (s.flops > 0 && t.ms > 0) joined.achievedFlopsPerSecond = s.flops / (t.ms / 1e3);
    } else notes.push(createdNote(op));
    byOpType[op] = joined;
  }
  const timed2 = new Set(Object.keys(profile.byOpType));
  for (const [bare, s] of statics)
    if (s.count > 0 && !timed2.has(bare)) notes.push(fusionNote(s.key, bare, timed2));
  const names = analysis.nodes && new Set(analysis.nodes.map((n) => n.name));
  const byNode = names ? Object.fromEntries(Object.entries(profile.byNode).filter(([name3]) => names.has(name3))) : { ...profile.byNode };
  return { runs: profile.runs, byOpType, byNode, notes };
}
var CREATED = {
  ReorderInput: "inserted by ONNX Runtime (layout change)",
  ReorderOutput: "inserted by ONNX Runtime (layout change)",
  MemcpyToHost: "inserted by ONNX Runtime (copy between devices)",
  MemcpyFromHost: "inserted by ONNX Runtime (copy between devices)",
  FusedConv: "created by ONNX Runtime (Conv fused with its activation)",
  FusedGemm: "created by ONNX Runtime (Gemm fused with its activation)",
  FusedMatMul: "created by ONNX Runtime (MatMul fused with a Transpose or a scaling Mul)"
};
function createdNote(opType) {
  return `${opType}: ${CREATED[opType] ?? "created by ONNX Runtime's graph optimizations (fused from the model's ops)"}`;
}
var ACTIVATION_HOSTS = ["Conv", "FusedConv", "Gemm", "FusedGemm", "MatMul", "FusedMatMul"];
var NORM_HOSTS = ["LayerNormalization", "SkipLayerNormalization", "SimplifiedLayerNormalization"];
var GELU_HOSTS = ["Gelu", "BiasGelu", "FastGelu", "QuickGelu"];
var HOSTS = {
  ...Object.fromEntries(
    ["Relu", "Clip", "LeakyRelu", "Sigmoid", "HardSigmoid", "Tanh", "HardSwish"].map((op) => [
      op,
      ACTIVATION_HOSTS
    ])
  ),
  BatchNormalization: ["Conv", "FusedConv"],
  Add: ["Conv", "FusedConv", ...NORM_HOSTS, ...GELU_HOSTS, "Gemm", "FusedGemm"],
  Mul: ["FusedMatMul", "Conv", "FusedConv", ...GELU_HOSTS, ...NORM_HOSTS],
  Div: ["FusedMatMul", ...GELU_HOSTS, ...NORM_HOSTS],
  Sub: NORM_HOSTS,
  Pow: NORM_HOSTS,
  Sqrt: NORM_HOSTS,
  ReduceMean: NORM_HOSTS,
  Erf: GELU_HOSTS,
  Transpose: ["FusedMatMul", "MatMul", "Gemm"]
};
var FOLDED = /* @__PURE__ */ new Set(["Constant", "Identity", "Dropout", "Shape", "ConstantOfShape", "Range"]);
function fusionNote(key2, bare, timed2) {
  const host = HOSTS[bare]?.find((h) => timed2.has(h));
  if (host) return `${key2}: no kernel of its own; ONNX Runtime fused it (likely into ${host})`;
  if (FOLDED.has(bare))
    return `${key2}: no kernel of its own; ONNX Runtime removed it or folded it into a constant`;
  return `${key2}: no kernel time; ONNX Runtime fused, folded or removed it, or it never ran (an untaken If branch)`;
}
function profileFileOf(prefix) {
  const dir = dirname4(prefix);
  const base = basename2(prefix).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `^${base}_\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}(?:_\\d+)?\\.json$`
  );
  const files = readdirSync2(dir).filter((f) => pattern.test(f)).map((f) => ({ path: join5(dir, f), mtimeMs: statSync2(join5(dir, f)).mtimeMs })).sort((a, b) => b.mtimeMs - a.mtimeMs || b.path.localeCompare(a.path));
  if (files.length === 0)
    throw new Error(
      `no ONNX Runtime profile file "${prefix}_<timestamp>.json" in ${dir}: was the session created with enableProfiling and was endProfiling() called?`
    );
  return files[0].path;
}
function readProfileFile(prefix) {
  const path = profileFileOf(prefix);
  try {
    const text2 = readFileSync3(path, "utf8");
    try {
      return JSON.parse(text2);
    } catch (e) {
      throw malformed(`${path} is not JSON (${e.message})`);
    }
  } finally {
    rmSync2(path, { force: true });
  }
}

// src/measure/measure.ts
var LATENCY_SHARE = 0.5;
var CHUNK_MS = 1e3;
var PROFILE_RUNS = 20;
var MEMORY_RUNS = 2;
var sessionSettings = (s, profilePrefix) => ({
  provider: s.provider,
  intraOpThreads: s.intraOpThreads,
  interOpThreads: s.interOpThreads,
  graphOptimizationLevel: s.graphOptimizationLevel,
  executionMode: s.executionMode,
  ...profilePrefix ? { profilePrefix } : {}
});
var samples = (samplesMs) => ({
  samplesMs,
  summary: summarize(samplesMs)
});
async function measureModel(plan, settings, tick) {
  const { job, analysis, latencyBatch } = plan;
  const result = {
    id: job.id,
    path: job.path,
    status: "ok",
    dims: job.dims,
    inputs: plan.inputsByBatch.get(latencyBatch) ?? []
  };
  try {
    await timeLatencyAndThroughput(plan, settings, result, tick);
    tick(`per-op profile ${job.id}`, 0.8);
    try {
      result.opProfile = await profileModel(plan, settings);
    } catch (e) {
      if (!(e instanceof ModelFailure)) throw e;
      result.error = `per-op profile: ${e.message}`;
    }
    tick(`cold start ${job.id}`, 0.85);
    await coldStart(plan, settings, result);
    tick(`peak memory ${job.id}`, 0.95);
    await peakMemory(plan, settings, result);
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    result.status = e.status;
    result.error = e.message;
  }
  if (result.latency && analysis.totals.flops > 0) {
    result.achievedFlopsPerSecond = analysis.totals.flops / (result.latency.summary.p50 / 1e3);
  }
  return result;
}
async function sampleFor(proc, budgetMs, settings, onChunk) {
  const all = [];
  let spent = 0;
  let first = true;
  while (spent < budgetMs) {
    const durationMs = Math.min(CHUNK_MS, budgetMs - spent);
    const t0 = performance.now();
    const reply = await proc.request(
      {
        type: "run",
        warmupRuns: first ? settings.warmupRuns : 0,
        warmupMs: first ? settings.warmupMs : 0,
        durationMs
      },
      "ran",
      settings.timeoutMs
    );
    first = false;
    all.push(...reply.samplesMs);
    spent += performance.now() - t0;
    onChunk(spent);
  }
  return all;
}
async function openModel(path, specs, settings, label, profilePrefix) {
  const proc = new ModelProcess(label);
  try {
    await proc.request(
      { type: "load", path, session: sessionSettings(settings, profilePrefix) },
      "loaded",
      settings.timeoutMs
    ).catch((e) => {
      throw e instanceof ModelFailure && e.status === "failed" ? new ModelFailure("load-failed", `ONNX Runtime could not load ${path}: ${e.message}`) : e;
    });
    await proc.request(
      { type: "inputs", specs, seed: settings.seed },
      "inputsReady",
      settings.timeoutMs
    );
    return proc;
  } catch (e) {
    proc.kill();
    throw e;
  }
}
async function timeLatencyAndThroughput(plan, settings, result, tick) {
  const { job, latencyBatch } = plan;
  const others = [...plan.inputsByBatch.keys()].filter((b) => b !== latencyBatch);
  const latencyBudget = others.length ? settings.budgetMs * LATENCY_SHARE : settings.budgetMs;
  const otherBudget = others.length ? (settings.budgetMs - latencyBudget) / others.length : 0;
  const proc = await openModel(job.path, plan.inputsByBatch.get(latencyBatch), settings, job.id);
  try {
    const sampled = await sampleFor(
      proc,
      latencyBudget,
      settings,
      (ms3) => tick(`latency ${job.id} (batch ${latencyBatch})`, 0.75 * ms3 / settings.budgetMs)
    );
    result.latency = { batch: latencyBatch, ...samples(sampled) };
    result.throughput = [throughputOf(plan, latencyBatch, result.latency)];
    let spentBefore = latencyBudget;
    for (const batch of others) {
      await proc.request(
        { type: "inputs", specs: plan.inputsByBatch.get(batch), seed: settings.seed },
        "inputsReady",
        settings.timeoutMs
      );
      const s = await sampleFor(
        proc,
        otherBudget,
        settings,
        (ms3) => tick(
          `throughput ${job.id} (batch ${batch})`,
          0.75 * (spentBefore + ms3) / settings.budgetMs
        )
      );
      spentBefore += otherBudget;
      result.throughput.push(throughputOf(plan, batch, samples(s)));
    }
    result.throughput.sort((a, b) => a.batch - b.batch);
  } finally {
    await proc.close();
  }
}
function throughputOf(plan, batch, latency) {
  const examplesPerSecond = batch * 1e3 / latency.summary.mean;
  return {
    batch,
    examplesPerSecond,
    ...plan.tokensPerExample ? { tokensPerSecond: examplesPerSecond * plan.tokensPerExample } : {},
    latency
  };
}
async function profileModel(plan, settings) {
  const dir = mkdtempSync2(join6(tmpdir2(), "misnomer-profile-"));
  const prefix = join6(dir, "ort");
  try {
    const proc = await openModel(
      plan.job.path,
      plan.inputsByBatch.get(plan.latencyBatch),
      settings,
      plan.job.id,
      prefix
    );
    try {
      await proc.request(
        { type: "run", warmupRuns: settings.warmupRuns, warmupMs: 0, runs: PROFILE_RUNS },
        "ran",
        settings.timeoutMs
      );
      await proc.request({ type: "endProfiling" }, "profiled", settings.timeoutMs);
    } finally {
      await proc.close();
    }
    try {
      return joinWithAnalysis(parseProfile(readProfileFile(prefix), PROFILE_RUNS), plan.analysis);
    } catch (e) {
      throw new ModelFailure("failed", e.message);
    }
  } finally {
    rmSync3(dir, { recursive: true, force: true });
  }
}
function oneShotJob(plan, settings, runs) {
  return {
    path: plan.job.path,
    session: sessionSettings(settings),
    inputs: plan.inputsByBatch.get(plan.latencyBatch),
    seed: settings.seed,
    runs
  };
}
async function coldStart(plan, settings, result) {
  const create = [];
  const first = [];
  for (let i = 0; i < settings.coldStartRuns; i++) {
    const r = await oneShot("cold", oneShotJob(plan, settings, 1), settings.timeoutMs);
    create.push(r.createMs);
    first.push(r.firstRunMs);
  }
  result.coldStart = samples(create);
  result.firstRun = samples(first);
}
async function peakMemory(plan, settings, result) {
  const job = oneShotJob(plan, settings, 5);
  const withModel = [];
  const without = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    without.push((await oneShot("baseline", job, settings.timeoutMs)).maxRssBytes);
    withModel.push((await oneShot("memory", job, settings.timeoutMs)).maxRssBytes);
  }
  result.peakRss = {
    bytes: Math.max(0, median(withModel) - median(without)),
    withModelBytes: withModel,
    withoutModelBytes: without
  };
}

// src/measure/commands.ts
async function timeCommand(job, onRun = () => {
}) {
  const times = [];
  for (let i = 0; i < job.runs; i++) {
    const r = await runOnce(job);
    if (r.status !== "ok")
      return { name: job.name, command: job.command, status: r.status, error: r.error };
    times.push(r.ms);
    onRun(i + 1);
  }
  return { name: job.name, command: job.command, status: "ok", wallClock: samples(times) };
}
async function runOnce(job) {
  let stderr = "";
  let r;
  try {
    r = await runShell({
      command: job.command,
      cwd: job.cwd,
      timeoutMs: job.timeoutMs,
      label: `the timed command "${job.name}"`,
      stdout: false,
      onOutput: (chunk) => stderr = (stderr + chunk).slice(-1e3)
    });
  } catch (e) {
    return { status: "failed", ms: 0, error: e.message };
  }
  const tail2 = stderr.trim().split("\n").slice(-3).join(" | ");
  if (r.timedOut) {
    return {
      status: "timed-out",
      ms: r.ms,
      error: `did not finish within ${durationText(job.timeoutMs)}: it was stopped with every process it started`
    };
  }
  if (r.code !== 0) {
    return {
      status: "failed",
      ms: r.ms,
      error: `exited with ${r.signal ?? `code ${r.code}`}${tail2 ? `: ${tail2}` : ""}`
    };
  }
  return { status: "ok", ms: r.ms };
}

// src/measure/pair.ts
import { basename as basename3 } from "node:path";
var LATENCY_SHARE2 = 0.6;
var TARGET_ROUNDS = 20;
var MEMORY_PAIRS = 3;
var ROUND_WARMUP_RUNS = 2;
var SIDES = ["a", "b"];
async function measurePair(planA, planB, settings, tick, options = {}) {
  const run3 = prepare({ a: planA, b: planB }, settings, tick, options);
  const finished = await withModelProcesses(run3, async (pair) => {
    await warmUp(pair, settings);
    await latencyRounds2(run3, pair, options.more ?? (() => false));
    await throughputRounds(run3, pair);
  });
  if (!finished || options.latencyOnly) return run3.result;
  await coldStartPairs(run3);
  await peakMemoryPairs(run3);
  await opProfiles(run3);
  return run3.result;
}
function prepare(plans, settings, tick, options) {
  const batches = options.latencyOnly ? [] : sharedBatches(plans.a, plans.b);
  return {
    plans,
    settings,
    rng: seeded(settings.seed),
    tick,
    batches,
    latencyBudget: batches.length ? settings.budgetMs * LATENCY_SHARE2 : settings.budgetMs,
    result: {
      a: unmeasured(plans.a),
      b: unmeasured(plans.b),
      latencyRounds: [],
      throughputRounds: {},
      coldStartRounds: [],
      firstRunRounds: [],
      memoryRounds: []
    }
  };
}
var unmeasured = (plan) => ({
  id: plan.job.id,
  path: plan.job.path,
  status: "ok",
  dims: plan.job.dims,
  inputs: plan.inputsByBatch.get(plan.latencyBatch) ?? []
});
function sharedBatches(a, b) {
  return [...a.inputsByBatch.keys()].filter((n) => n !== a.latencyBatch && b.inputsByBatch.has(n));
}
async function withModelProcesses(run3, phases) {
  const procs = {};
  try {
    procs.a = await open("a", run3.plans.a, run3.settings);
    procs.b = await open("b", run3.plans.b, run3.settings);
    await phases({ a: procs.a, b: procs.b });
    return true;
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    recordFailure(run3.result, e);
    return false;
  } finally {
    await Promise.all([procs.a?.close(), procs.b?.close()]);
  }
}
function recordFailure(result, e) {
  const failed2 = e.side ? [e.side] : SIDES;
  for (const s of failed2) {
    result[s].status = e.status;
    result[s].error = e.message;
  }
  for (const s of SIDES) {
    if (result[s].status === "ok")
      result[s].error = "not measured to the end: the other model failed";
  }
}
async function latencyRounds2(run3, pair, more) {
  const { settings, latencyBudget, result } = run3;
  const share2 = latencyBudget / settings.budgetMs;
  const latency = await rounds(
    pair,
    latencyBudget,
    settings,
    run3.rng,
    (f) => run3.tick("latency, A/B rounds", 0.7 * f * share2)
  );
  if (more(latency.rounds)) {
    run3.tick("latency, second budget", 0.7 * share2);
    const again = await rounds(pair, latencyBudget, settings, run3.rng, () => {
    });
    latency.rounds.push(...again.rounds);
    latency.a.push(...again.a);
    latency.b.push(...again.b);
  }
  result.latencyRounds = latency.rounds;
  for (const s of SIDES) {
    const plan = run3.plans[s];
    const sampled = samples(latency[s]);
    result[s].latency = { batch: plan.latencyBatch, ...sampled };
    result[s].throughput = [throughputOf(plan, plan.latencyBatch, sampled)];
  }
}
async function throughputRounds(run3, pair) {
  const { settings, batches, latencyBudget, result } = run3;
  const perBatch = batches.length ? (settings.budgetMs - latencyBudget) / batches.length : 0;
  for (const [k, batch] of batches.entries()) {
    for (const s of SIDES) {
      await onSide(s, () => setBatch(pair[s], run3.plans[s], batch, settings));
    }
    await warmUp(pair, settings);
    const done = latencyBudget + k * perBatch;
    const r = await rounds(
      pair,
      perBatch,
      settings,
      run3.rng,
      (f) => run3.tick(
        `throughput batch ${batch}, A/B rounds`,
        0.7 * (done + f * perBatch) / settings.budgetMs
      )
    );
    result.throughputRounds[String(batch)] = r.rounds;
    for (const s of SIDES) {
      result[s].throughput.push(throughputOf(run3.plans[s], batch, samples(r[s])));
    }
  }
}
async function coldStartPairs(run3) {
  const { result } = run3;
  run3.tick("cold start, A/B pairs", 0.75);
  const fresh2 = await freshPairs(run3, "cold", run3.settings.coldStartRuns);
  result.coldStartRounds = paired(fresh2.orders, fresh2.createMs);
  result.firstRunRounds = paired(fresh2.orders, fresh2.firstRunMs);
  if (fresh2.failed) return;
  for (const s of SIDES) {
    result[s].coldStart = samples(fresh2.createMs[s]);
    result[s].firstRun = samples(fresh2.firstRunMs[s]);
  }
}
async function peakMemoryPairs(run3) {
  const { result } = run3;
  run3.tick("peak memory, A/B pairs", 0.85);
  const fresh2 = await freshPairs(run3, "memory", MEMORY_PAIRS);
  result.memoryRounds = paired(fresh2.orders, fresh2.rssBytes);
  if (fresh2.failed) return;
  const base = median(fresh2.baselineBytes);
  for (const s of SIDES) {
    result[s].peakRss = {
      bytes: Math.max(0, median(fresh2.rssBytes[s]) - base),
      withModelBytes: fresh2.rssBytes[s],
      withoutModelBytes: fresh2.baselineBytes
    };
  }
}
async function opProfiles(run3) {
  run3.tick("per-op profiles", 0.95);
  for (const s of SIDES) {
    try {
      run3.result[s].opProfile = await profileModel(run3.plans[s], run3.settings);
    } catch (e) {
      if (!(e instanceof ModelFailure)) throw e;
      run3.result[s].error ??= `per-op profile: ${e.message}`;
    }
  }
}
async function onSide(side2, f) {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ModelFailure) e.side = side2;
    throw e;
  }
}
function open(side2, plan, settings) {
  const label = basename3(plan.job.path);
  return onSide(
    side2,
    () => openModel(plan.job.path, plan.inputsByBatch.get(plan.latencyBatch), settings, label)
  );
}
async function warmUp(pair, settings) {
  for (const side2 of SIDES) {
    await onSide(
      side2,
      () => pair[side2].request(
        { type: "run", warmupRuns: settings.warmupRuns, warmupMs: settings.warmupMs, runs: 0 },
        "ran",
        settings.timeoutMs
      )
    );
  }
}
async function setBatch(proc, plan, batch, settings) {
  await proc.request(
    { type: "inputs", specs: plan.inputsByBatch.get(batch), seed: settings.seed },
    "inputsReady",
    settings.timeoutMs
  );
}
async function rounds(pair, budgetMs, settings, rng, progress) {
  const out = { rounds: [], a: [], b: [] };
  const sideMs = Math.max(50, budgetMs / TARGET_ROUNDS / 2);
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    const order = randomOrder(rng);
    const medians = { a: 0, b: 0 };
    for (const s of inOrder(order)) {
      const reply = await onSide(
        s,
        () => pair[s].request(
          { type: "run", warmupRuns: ROUND_WARMUP_RUNS, warmupMs: 0, durationMs: sideMs },
          "ran",
          settings.timeoutMs
        )
      );
      out[s].push(...reply.samplesMs);
      medians[s] = median(reply.samplesMs);
    }
    out.rounds.push({ order, a: medians.a, b: medians.b });
    progress(Math.min(1, (performance.now() - t0) / budgetMs));
  }
  return out;
}
var randomOrder = (rng) => rng() < 0.5 ? "AB" : "BA";
var inOrder = (order) => order === "AB" ? SIDES : ["b", "a"];
var paired = (orders, v) => orders.map((order, i) => ({ order, a: v.a[i], b: v.b[i] }));
async function freshPairs(run3, mode, count) {
  const { settings } = run3;
  const job = (p) => ({
    path: p.job.path,
    session: sessionSettings(settings),
    inputs: p.inputsByBatch.get(p.latencyBatch),
    seed: settings.seed,
    runs: mode === "memory" ? 5 : 1
  });
  const out = {
    orders: [],
    createMs: { a: [], b: [] },
    firstRunMs: { a: [], b: [] },
    rssBytes: { a: [], b: [] },
    baselineBytes: [],
    failed: false
  };
  try {
    for (let i = 0; i < count; i++) {
      const order = randomOrder(run3.rng);
      for (const s of inOrder(order)) {
        const r = await oneShot(mode, job(run3.plans[s]), settings.timeoutMs);
        out.createMs[s].push(r.createMs);
        out.firstRunMs[s].push(r.firstRunMs);
        out.rssBytes[s].push(r.maxRssBytes);
      }
      if (mode === "memory") {
        const baseline = await oneShot("baseline", job(run3.plans.a), settings.timeoutMs);
        out.baselineBytes.push(baseline.maxRssBytes);
      }
      out.orders.push(order);
    }
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    for (const s of SIDES) {
      run3.result[s].error ??= `${mode === "cold" ? "cold start" : "peak memory"}: ${e.message}`;
    }
    out.failed = true;
  }
  return out;
}

// src/measure/types.ts
var MEASUREMENT_SCHEMA = "misnomer/measurement@1";

// src/measure/run.ts
function document(settings) {
  return {
    schema: MEASUREMENT_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    settings,
    fingerprint: fingerprint(),
    models: []
  };
}
async function measureModels(plans, settings, progress, commands = []) {
  const doc = document(settings);
  const parts = plans.length + (commands.length ? 1 : 0);
  for (const [i, plan] of plans.entries()) {
    const m = await measureModel(
      plan,
      settings,
      (label, f) => progress.update(label, (i + f) / parts)
    );
    progress.log(
      m.status === "ok" ? `measured ${plan.job.id}: p50 ${m.latency?.summary.p50.toFixed(2)} ms over ${m.latency?.summary.count} runs` : `${plan.job.id}: ${m.status}: ${m.error}`
    );
    doc.models.push(m);
  }
  if (commands.length) {
    doc.commands = [];
    for (const [k, job] of commands.entries()) {
      progress.update(`timing "${job.name}"`, (plans.length + k / commands.length) / parts);
      doc.commands.push(await timeCommand(job));
    }
  }
  progress.done();
  return doc;
}
async function measureAB(a, b, settings, progress, options = {}) {
  const doc = document(settings);
  const pair = await measurePair(a, b, settings, (label, f) => progress.update(label, f), options);
  progress.done();
  doc.models.push(pair.a, pair.b);
  doc.ab = {
    a: a.job.id,
    b: b.job.id,
    latencyRounds: pair.latencyRounds,
    throughputRounds: pair.throughputRounds,
    coldStartRounds: pair.coldStartRounds,
    firstRunRounds: pair.firstRunRounds,
    memoryRounds: pair.memoryRounds
  };
  return { measurement: doc, pair };
}

// src/progress.ts
var silentProgress = { update() {
}, log() {
}, done() {
} };
function createProgress(stream = process.stderr) {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress((line) => stream.write(`misnomer: ${line}
`));
}
var BarProgress = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  last = "";
  update(label, fraction2) {
    const width = 24;
    const f = Math.max(0, Math.min(1, fraction2));
    const filled = Math.round(f * width);
    const line = `[${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)}] ${String(Math.round(f * 100)).padStart(3)}% ${label}`;
    const cols = this.stream.columns ?? 80;
    const text2 = line.length > cols - 1 ? line.slice(0, cols - 2) + "\u2026" : line;
    if (text2 === this.last) return;
    this.last = text2;
    this.stream.write(`\r\x1B[2K${text2}`);
  }
  log(line) {
    this.stream.write(`\r\x1B[2K${line}
`);
    if (this.last) this.stream.write(this.last);
  }
  done() {
    if (this.last) this.stream.write("\r\x1B[2K");
    this.last = "";
  }
};
var LineProgress = class {
  constructor(write) {
    this.write = write;
  }
  write;
  label = "";
  quarter = -1;
  update(label, fraction2) {
    const q = Math.floor(Math.max(0, Math.min(1, fraction2)) * 4);
    if (label === this.label && q === this.quarter) return;
    if (label !== this.label || q > this.quarter) {
      this.write(`${Math.round(fraction2 * 100)}% ${label}`);
    }
    this.label = label;
    this.quarter = q;
  }
  log(line) {
    this.write(line);
  }
  done() {
  }
};

// src/pipeline/verdict.ts
var headFailed = (m) => m.status === "failed" && (m.failedSides?.includes("head") ?? true);
function failureOf(c) {
  const tripped = c.gates.filter((g) => g.tripped);
  const failed2 = c.models.filter(headFailed);
  if (tripped.length === 0 && failed2.length === 0) return void 0;
  const lines = [
    ...tripped.map((g) => `${g.model}: ${g.reason}`),
    ...failed2.map((m) => `${m.id}: ${m.reason ?? "the model failed"}`)
  ];
  const what = tripped.length > 0 ? `${tripped.length} gate${tripped.length === 1 ? "" : "s"} tripped` : `${failed2.length} model${failed2.length === 1 ? "" : "s"} failed`;
  return { tripped, failed: failed2, message: `${what}:
${lines.map((l) => `- ${l}`).join("\n")}` };
}

// src/commands/compare.ts
async function compareCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    threshold: { type: "string" },
    "static-threshold": { type: "string" },
    calibrate: { type: "boolean" },
    "static-only": { type: "boolean" },
    gate: { type: "string", multiple: true },
    "fail-on-contradiction": { type: "boolean" },
    "fail-on-inconclusive": { type: "boolean" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UserError(
      `compare takes two models or two results, got ${positionals.length}: misnomer compare base.onnx head.onnx`
    );
  }
  const [basePath, headPath] = positionals;
  const labels = labelsOf(basePath, headPath);
  const options = {
    ...DEFAULT_VERDICT_OPTIONS,
    threshold: parseThreshold(stringOption(values.threshold) ?? "5%", "--threshold"),
    staticThreshold: parseThreshold(
      stringOption(values["static-threshold"]) ?? "5%",
      "--static-threshold"
    ),
    gates: gatesOf(values),
    onInconclusive: Boolean(values["fail-on-inconclusive"])
  };
  const kinds = positionals.map((p) => p.endsWith(".json") ? "result" : "model");
  if (kinds[0] !== kinds[1]) {
    throw new UserError(
      "compare takes two models (.onnx) or two results (.json), not one of each."
    );
  }
  const comparison = kinds[0] === "result" ? buildComparison(
    { label: labels[0], result: readResult(basePath) },
    { label: labels[1], result: readResult(headPath) },
    options
  ) : await compareModels(basePath, headPath, labels, values, options);
  writeOutputs(values, comparisonOutputs(comparison), out);
  return failureOf(comparison) ? 1 : 0;
}
async function compareModels(basePath, headPath, labels, values, options) {
  const settings = settingsOf(values, { budgetMs: DEFAULT_COMPARE_BUDGET_MS });
  options.seed = settings.seed;
  const id = basename4(headPath, ".onnx");
  const asked = askedLatencyBatch(values);
  const plans = (path) => jobsOf(values, id, path).map(
    (job) => planModel(job, settings.batchSizes, settings.seed, asked)
  );
  const base = plans(basePath);
  const head = plans(headPath);
  const analyses = (side2) => side2.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const sides = { base: { label: labels[0] }, head: { label: labels[1] } };
  if (values["static-only"]) {
    return buildComparison(
      { ...sides.base, result: makeResult(analyses(base)) },
      { ...sides.head, result: makeResult(analyses(head)) },
      options
    );
  }
  base.forEach((b, i) => {
    if (b.latencyBatch !== head[i].latencyBatch) {
      throw new UserError(
        `${b.job.id}: the two models would be timed at different batch sizes (${b.latencyBatch} and ${head[i].latencyBatch}); give --latency-batch.`
      );
    }
  });
  settings.latencyBatch = base[0].latencyBatch;
  await checkProvider(settings.provider);
  const progress = values["no-progress"] ? silentProgress : createProgress();
  if (values.calibrate)
    options.threshold = await calibrate(base[0], settings, options.threshold, progress);
  const pairs = /* @__PURE__ */ new Map();
  let measurement;
  for (const [i, b] of base.entries()) {
    const more = oneMoreBudget(options, (line) => progress.log(`${b.job.id}: ${line}`));
    const run3 = await measureAB(b, head[i], settings, progress, { more });
    pairs.set(b.job.id, run3.pair);
    measurement ??= run3.measurement;
  }
  const result = (side2, which) => makeResult(analyses(side2), {
    ...measurement,
    models: [...pairs.values()].map((pair) => pair[which])
  });
  return buildComparison(
    { ...sides.base, result: result(base, "a") },
    { ...sides.head, result: result(head, "b") },
    options,
    pairs
  );
}
async function calibrate(base, settings, threshold, progress) {
  const copy = { ...base, job: { ...base.job, id: `${base.job.id} (A/A)` } };
  const { pair } = await measureAB(
    base,
    copy,
    { ...settings, budgetMs: settings.budgetMs / 3 },
    progress,
    {
      latencyOnly: true
    }
  );
  if (pair.latencyRounds.length < MIN_ROUNDS) {
    progress.log(
      `calibration: only ${pair.latencyRounds.length} A/A rounds; the threshold stays ${(100 * threshold).toFixed(1)}%`
    );
    return threshold;
  }
  const floor = noiseFloor(pair.latencyRounds, { seed: settings.seed });
  const raised = Math.max(threshold, 2 * floor.spread);
  progress.log(
    `calibration: A/A spread ${(100 * floor.spread).toFixed(1)}% over ${floor.rounds} rounds; threshold ${raised > threshold ? `raised to ${(100 * raised).toFixed(1)}%` : `stays ${(100 * threshold).toFixed(1)}%`}`
  );
  return raised;
}
function gatesOf(values) {
  const scenarios = new Set(scenariosOf(values).map((s) => s.name));
  const gates2 = listOption(values.gate).map((spec) => {
    const at = spec.indexOf("=");
    if (at <= 0)
      throw new UserError(
        `--gate "${spec}" is not of the form indicator=limit (e.g. --gate latency.p50=+5%).`
      );
    return parseScopedGate(
      spec.slice(0, at).trim(),
      spec.slice(at + 1).trim(),
      scenarios,
      "--gate"
    );
  });
  if (values["fail-on-contradiction"])
    gates2.push(parseGate("fail-on-contradiction", true, "--fail-on-contradiction"));
  return gates2;
}
function parseThreshold(text2, what) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text2);
  const n = m ? Number(m[1]) : NaN;
  const t = m && (m[2] === "%" || n >= 1) ? n / 100 : n;
  if (!m || !(t > 0 && t < 1))
    throw new UserError(`${what} "${text2}" must be a percentage between 0 and 100, e.g. 5%.`);
  return t;
}
function labelsOf(a, b) {
  const name3 = (p) => basename4(p).replace(/\.(onnx|json)$/, "");
  return name3(a) === name3(b) ? [`${name3(a)} (base)`, `${name3(b)} (head)`] : [name3(a), name3(b)];
}

// src/compare/read-comparison.ts
var STATIC_UNITS = [...new Set(STATIC_INDICATORS.map((r) => r.unit))];
var RUNTIME_UNITS = ["ms", "examples/s", "tokens/s", "bytes", "FLOP/s"];
var STATIC_VERDICTS = ["better", "worse", "unchanged", "changed"];
var RUNTIME_VERDICTS = [...STATIC_VERDICTS, "inconclusive", "not-tested", "not-comparable"];
var STATUSES = ["compared", "added", "removed", "failed"];
var RUNTIME_MODES = ["paired", "unpaired", "not-comparable", "none"];
var AGAIN = "misnomer compare --json";
function parseComparison(data, where3, name3 = where3) {
  const schema = isObject(data) ? data.schema : void 0;
  if (schema !== COMPARISON_SCHEMA) wrongSchema(where3, name3, COMPARISON_SCHEMA, schema);
  const c = new Checker();
  const root = c.object(data, "");
  const tool = c.child(root, "tool", "");
  if (tool) {
    c.oneOf(tool, "name", "tool", ["misnomer"]);
    c.string(tool, "version", "tool");
  }
  for (const side2 of ["base", "head"]) {
    const s = c.child(root, side2, "");
    if (s) {
      c.string(s, "label", side2);
      c.string(s, "commit", side2, true);
    }
  }
  c.list(root, "models", "", (m, at) => checkModel(c, m, at));
  c.list(root, "gates", "", (g, at) => {
    const o = c.object(g, at);
    if (!o) return;
    c.matching(o, "gate", at, isGateName, GATE_NAME_RULE);
    c.matching(o, "model", at, isUnitId, UNIT_ID_RULE);
    for (const k of ["limit", "reason"]) c.string(o, k, at);
    c.boolean(o, "tripped", at);
  });
  c.string(root, "headline", "");
  if (root.notes !== void 0) c.list(root, "notes", "", (n, at) => c.isString(n, at));
  if (root.commands !== void 0) {
    c.list(root, "commands", "", (v, p) => {
      const d = c.object(v, p);
      if (!d) return;
      for (const k of ["name", "command", "reason"]) c.string(d, k, p);
      for (const k of ["base", "head", "ratio"]) c.number(d, k, p, { nullable: true });
      c.number(d, "rounds", p);
      checkInterval(c, d, p);
      c.oneOf(d, "verdict", p, RUNTIME_VERDICTS);
    });
  }
  checkSettings(c, root);
  const hw = c.child(root, "hardware", "", true);
  if (hw) {
    c.boolean(hw, "comparable", "hardware");
    c.list(hw, "differences", "hardware", (d, at) => c.isString(d, at));
    c.string(hw, "description", "hardware");
  }
  const method = c.child(root, "method", "", true);
  if (method) {
    for (const k of ["threshold", "confidence", "resamples", "seed"]) c.number(method, k, "method");
  }
  c.done(where3, name3, AGAIN);
  return data;
}
function checkModel(c, value, at) {
  const m = c.object(value, at);
  if (!m) return;
  c.matching(m, "id", at, isUnitId, UNIT_ID_RULE);
  const scenario2 = c.child(m, "scenario", at, true);
  if (scenario2) {
    c.matching(scenario2, "name", join(at, "scenario"), isScenarioName, SCENARIO_NAME_RULE);
    const dims = c.child(scenario2, "dims", join(at, "scenario"));
    for (const k of Object.keys(dims ?? {})) {
      if (!isFiniteNumber(dims[k]))
        c.problem(keyPath(join(at, "scenario.dims"), k), "a number", dims[k]);
    }
  }
  c.oneOf(m, "status", at, STATUSES);
  c.string(m, "reason", at, true);
  if (m.failedSides !== void 0) {
    c.list(m, "failedSides", at, (v, p) => {
      if (v !== "base" && v !== "head") c.problem(p, '"base" or "head"', v);
    });
  }
  c.list(m, "static", at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    c.string(d, "indicator", p);
    c.string(d, "label", p);
    c.oneOf(d, "unit", p, STATIC_UNITS);
    for (const k of ["base", "head", "delta", "relative"]) c.number(d, k, p, { nullable: true });
    c.oneOf(d, "verdict", p, STATIC_VERDICTS);
    c.boolean(d, "incomplete", p);
  });
  c.list(m, "runtime", at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    for (const k of ["indicator", "label", "reason"]) c.string(d, k, p);
    c.oneOf(d, "unit", p, RUNTIME_UNITS);
    for (const k of ["base", "head", "ratio"]) c.number(d, k, p, { nullable: true });
    checkInterval(c, d, p);
    c.number(d, "rounds", p);
    c.oneOf(d, "verdict", p, RUNTIME_VERDICTS);
    c.boolean(d, "gating", p);
  });
  c.oneOf(m, "runtimeMode", at, RUNTIME_MODES);
  c.list(m, "opTypes", at, (v, p) => {
    const o = c.object(v, p);
    if (!o) return;
    c.string(o, "opType", p);
    for (const side2 of ["base", "head"]) {
      const s = c.child(o, side2, p, false, true);
      if (!s) continue;
      const sp = `${p}.${side2}`;
      for (const k of ["count", "flops", "flopsShare", "bytesShare"]) c.number(s, k, sp);
      c.number(s, "timeShare", sp, { optional: true });
      c.number(s, "achievedFlopsPerSecond", sp, { optional: true });
    }
  });
  c.list(m, "contradictions", at, (v, p) => {
    const x = c.object(v, p);
    if (!x) return;
    for (const k of ["rule", "title", "evidence"]) c.string(x, k, p);
    c.list(x, "changes", p, (ch, q) => {
      const o = c.object(ch, q);
      if (!o) return;
      c.string(o, "indicator", q);
      c.number(o, "relative", q);
    });
  });
  c.list(m, "notes", at, (n, p) => c.isString(n, p));
}
function checkInterval(c, d, at) {
  const ci = d.ci;
  if (ci === null) return;
  const ok = Array.isArray(ci) && ci.length === 2 && isFiniteNumber(ci[0]) && (ci[1] === null || isFiniteNumber(ci[1]));
  if (!ok) {
    c.problem(`${at}.ci`, "null or [low, high], low a number and high a number or null", ci);
    return;
  }
  if (ci[1] === null) ci[1] = Infinity;
}
function checkSettings(c, root) {
  const s = c.child(root, "settings", "", true);
  if (!s) return;
  c.string(s, "provider", "settings");
  for (const k of SETTINGS_NUMBERS) c.number(s, k, "settings");
  c.oneOf(s, "graphOptimizationLevel", "settings", ["disabled", "basic", "extended", "all"]);
  c.oneOf(s, "executionMode", "settings", ["sequential", "parallel"]);
  c.list(s, "batchSizes", "settings", (b, at) => {
    if (!isFiniteNumber(b)) c.problem(at, "a number", b);
  });
}

// src/interop/bencher.ts
var BMF_MAX_NAME = 1024;
var BUILT_IN = { "latency.p50": "latency", modelFileBytes: "file-size" };
function bmfMeasure(point) {
  const kebab = point.indicator.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/\./g, "-").toLowerCase();
  const slug = BUILT_IN[point.indicator] ?? (point.measure === "tokens/s" ? `${kebab}-tokens` : kebab);
  return { slug, scale: point.measure === "ms" ? 1e6 : 1 };
}
function toBmf(points) {
  const out = {};
  for (const p of points) {
    if (p.unit.length > BMF_MAX_NAME) {
      throw new UserError(
        `model id "${p.unit.slice(0, 40)}\u2026" is ${p.unit.length} characters; Bencher's benchmark names are at most ${BMF_MAX_NAME}.`
      );
    }
    const { slug, scale } = bmfMeasure(p);
    const benchmark = out[p.unit] ??= {};
    if (benchmark[slug]) {
      throw new UserError(`two values for ${p.unit} ${slug}: the model id appears twice.`);
    }
    benchmark[slug] = {
      value: p.value * scale,
      ...p.lower !== void 0 && p.upper !== void 0 ? { lower_value: p.lower * scale, upper_value: p.upper * scale } : {}
    };
  }
  return out;
}

// src/interop/points.ts
var RESULT_CONFIDENCE = 0.99;
function directionOf(indicator2) {
  const row = findIndicator(indicator2);
  return row && row.direction !== "none" ? row.direction : void 0;
}
function medianInterval(samples2, confidence = RESULT_CONFIDENCE) {
  const n = samples2.length;
  const tail2 = (1 - confidence) / 2;
  const logHalfN = -n * Math.LN2;
  let logC = 0;
  let below = 0;
  let k = 0;
  while (k < n) {
    const next = below + Math.exp(logC + logHalfN);
    if (next > tail2) break;
    below = next;
    k++;
    logC += Math.log((n - k + 1) / k);
  }
  if (k < 1 || 2 * k > n) return void 0;
  const sorted = [...samples2].sort((a, b) => a - b);
  return [sorted[k - 1], sorted[n - k]];
}
var finite = (v) => typeof v === "number" && Number.isFinite(v);
function resultPoints(result) {
  const out = [];
  for (const model2 of result.models) {
    for (const row of STATIC_INDICATORS) {
      const key2 = row.key;
      const value = model2.analysis.totals[key2];
      if (!finite(value)) continue;
      const incomplete = model2.analysis.incompleteTotals.includes(key2);
      out.push({
        unit: model2.id,
        indicator: row.key,
        value,
        measure: row.unit,
        notes: incomplete ? ["incomplete: some nodes could not be counted"] : []
      });
    }
    const m = model2.measurement;
    if (!m || m.status !== "ok") continue;
    const add = (indicator2, value, measure, notes = []) => {
      if (finite(value)) out.push({ unit: model2.id, indicator: indicator2, value, measure, notes });
    };
    const median2 = (indicator2, s, notes = []) => {
      if (!s || s.summary.count === 0 || !finite(s.summary.p50)) return;
      const ci = medianInterval(s.samplesMs);
      add(indicator2, s.summary.p50, "ms", notes);
      if (!ci) return;
      Object.assign(out[out.length - 1], {
        lower: ci[0],
        upper: ci[1],
        bounds: `${pct2(RESULT_CONFIDENCE)} CI of the median, ${s.summary.count} samples`
      });
    };
    if (m.latency) {
      const batch = `batch ${m.latency.batch}`;
      median2("latency.p50", m.latency, [batch]);
      add("latency.p90", m.latency.summary.p90, "ms", [batch]);
      add("latency.p99", m.latency.summary.p99, "ms", [batch]);
    }
    for (const t of m.throughput ?? []) {
      if (t.tokensPerSecond !== void 0)
        add(`throughput.b${t.batch}`, t.tokensPerSecond, "tokens/s");
      else add(`throughput.b${t.batch}`, t.examplesPerSecond, "examples/s");
    }
    median2("coldStart", m.coldStart);
    median2("firstRun", m.firstRun);
    add("peakRss", m.peakRss?.bytes, "bytes");
    add("achievedFlopsPerSecond", m.achievedFlopsPerSecond, "FLOP/s");
  }
  return out;
}
function comparisonPoints(cmp, side2 = "head") {
  const confidence = cmp.method?.confidence ?? RESULT_CONFIDENCE;
  const other = side2 === "head" ? "base" : "head";
  const out = [];
  for (const model2 of cmp.models) {
    for (const row of model2.static) {
      const value = row[side2];
      if (value === null) continue;
      out.push({
        unit: model2.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes: row.incomplete ? ["incomplete: some nodes could not be counted"] : []
      });
    }
    for (const row of model2.runtime) {
      const value = row[side2];
      const them = row[other];
      if (!finite(value)) continue;
      const notes = [row.label];
      if (finite(them) && finite(row.ratio)) {
        notes.push(`${other} ${round2(them)} ${row.unit}, head/base ${round2(row.ratio)}`);
      }
      notes.push(`verdict ${row.verdict}`);
      const point = {
        unit: model2.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes
      };
      const [lo, hi] = row.ci ?? [];
      if (finite(lo) && finite(hi) && finite(row.ratio) && row.ratio > 0) {
        const bounds = side2 === "head" ? [value * lo / row.ratio, value * hi / row.ratio] : [value * row.ratio / hi, value * row.ratio / lo];
        if (bounds.every(finite)) {
          point.lower = bounds[0];
          point.upper = bounds[1];
          point.bounds = row.indicator === "peakRss" ? `range of the ${row.rounds} fresh-process pairs` : `${pct2(confidence)} CI of head/base over ${row.rounds} rounds`;
        }
      }
      out.push(point);
    }
  }
  return out;
}
var pct2 = (c) => `${Math.round(c * 1e3) / 10}%`;
var round2 = (v) => Number(v.toPrecision(4));

// src/interop/benchmark-action.ts
var CUSTOM_TOOLS = {
  customSmallerIsBetter: "lower-is-better",
  customBiggerIsBetter: "higher-is-better"
};
function toCustomBenchmarks(points, tool) {
  return points.filter((p) => directionOf(p.indicator) === CUSTOM_TOOLS[tool]).map((p) => {
    const entry2 = {
      name: `${p.unit} ${p.indicator}`,
      unit: p.measure,
      value: p.value
    };
    const extra = [...p.notes];
    if (p.lower !== void 0 && p.upper !== void 0) {
      entry2.range = `\xB1 ${round2(Math.max(p.value - p.lower, p.upper - p.value))}`;
      extra.unshift(
        `${p.bounds ?? "interval"}: ${round2(p.lower)}\u2013${round2(p.upper)} ${p.measure}`
      );
    }
    if (extra.length) entry2.extra = extra.join("\n");
    return entry2;
  });
}

// src/commands/export.ts
var EXPORT_FORMATS = ["bmf", ...Object.keys(CUSTOM_TOOLS)];
function exportCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    side: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  const format = stringOption(values.format);
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new UserError(
      `export: --format ${format ?? "(missing)"} is not a format; expected one of ${EXPORT_FORMATS.join(", ")}.`
    );
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `export takes one result or comparison file, got ${positionals.length}: misnomer export --format bmf comparison.json`
    );
  }
  const side2 = stringOption(values.side) ?? "head";
  if (side2 !== "head" && side2 !== "base") {
    throw new UserError(`export: --side ${side2} is not a side; expected head or base.`);
  }
  const points = readPoints(positionals[0], side2, values.side !== void 0);
  const doc = format === "bmf" ? toBmf(points) : toCustomBenchmarks(points, format);
  emit(values, `${JSON.stringify(doc, null, 2)}
`, out);
  return 0;
}
function readPoints(path, side2, sideGiven) {
  const data = readJson(path, path, "result or comparison");
  const schema = isObject(data) ? data.schema : void 0;
  if (schema === COMPARISON_SCHEMA) return comparisonPoints(parseComparison(data, path), side2);
  if (schema === RESULT_SCHEMA) {
    if (sideGiven) {
      throw new UserError(`export: --side is for a comparison; ${path} is a result (one side).`);
    }
    return resultPoints(parseResult(data, path));
  }
  throw new UserError(
    `${path}: schema is ${JSON.stringify(schema) ?? "missing"}; export reads ${RESULT_SCHEMA} (measure --result, analyze --result) or ${COMPARISON_SCHEMA} (compare --json).`
  );
}

// src/commands/measure.ts
import { basename as basename5 } from "node:path";
async function measureCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    command: { type: "string", multiple: true },
    "command-runs": { type: "string" },
    result: { type: "string" },
    id: { type: "string" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `measure takes one model file, got ${positionals.length}: misnomer measure model.onnx`
    );
  }
  const settings = settingsOf(values);
  await checkProvider(settings.provider);
  const path = positionals[0];
  const plans = jobsOf(values, stringOption(values.id) ?? basename5(path, ".onnx"), path).map(
    (job) => planModel(job, settings.batchSizes, settings.seed, askedLatencyBatch(values))
  );
  settings.latencyBatch = plans[0].latencyBatch;
  const runs = stringOption(values["command-runs"]) ? parsePositiveInt(stringOption(values["command-runs"]), "--command-runs") : 5;
  const commands = listOption(values.command).map(
    (spec) => commandJob(spec, runs, settings.timeoutMs)
  );
  const onStdout = [outputOf(values, "json"), outputOf(values, "markdown")].includes(STDOUT);
  const progress = values["no-progress"] || onStdout ? silentProgress : createProgress();
  for (const plan of plans) {
    for (const s of plan.skippedBatches)
      progress.log(`${plan.job.id}: batch ${s.batch} skipped: ${s.why}`);
  }
  const measurement = await measureModels(plans, settings, progress, commands);
  const analyses = plans.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const result = makeResult(analyses, measurement);
  const resultPath = stringOption(values.result);
  if (resultPath) emit({ out: resultPath }, toJson(result), out);
  writeOutputs(
    values,
    {
      json: () => toJson(measurement),
      markdown: () => renderResultMarkdown(result, { title: `misnomer: ${basename5(path)}` }),
      terminal: () => renderMeasurement(measurement)
    },
    out
  );
  const commandsOk = (measurement.commands ?? []).every((c) => c.status === "ok");
  return measurement.models.every((m) => m.status === "ok") && commandsOk ? 0 : 1;
}
function commandJob(spec, runs, timeoutMs) {
  const at = spec.indexOf("=");
  const named = at > 0 && !/\s/.test(spec.slice(0, at));
  const command2 = named ? spec.slice(at + 1) : spec;
  if (!command2.trim()) throw new UserError(`--command "${spec}" has no command to run.`);
  return {
    name: named ? spec.slice(0, at) : command2.trim().split(/\s+/)[0],
    command: command2,
    runs,
    timeoutMs
  };
}

// src/commands/run.ts
import { existsSync as existsSync5 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join11, resolve as resolve6 } from "node:path";

// src/config/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync4 } from "node:fs";
import { isAbsolute as isAbsolute2, posix } from "node:path";

// src/config/schema.ts
var DEFAULT_CONFIG_FILE = ".github/misnomer.yml";
var CONFIG_DEFAULTS = {
  budgetMs: DEFAULT_COMPARE_BUDGET_MS,
  buildTimeoutMs: 30 * 6e4,
  threshold: 0.05,
  staticThreshold: 0.05,
  failOnInconclusive: false,
  failOnMissingBase: false,
  baseline: "auto",
  comment: "always",
  key: "default",
  branches: [],
  // Five: the fewest paired rounds that get a verdict (MIN_ROUNDS in compare/ab.ts).
  commandRuns: 5
};
var TOP_KEYS = Object.keys({
  models: 1,
  commands: 1,
  gates: 1,
  budget: 1,
  "build-timeout": 1,
  threshold: 1,
  "static-threshold": 1,
  "fail-on-inconclusive": 1,
  "fail-on-missing-base": 1,
  baseline: 1,
  comment: 1,
  key: 1,
  branches: 1
});
var MODEL_KEYS = Object.keys({
  id: 1,
  build: 1,
  path: 1,
  dims: 1,
  "batch-sizes": 1,
  "latency-batch": 1,
  inputs: 1,
  threads: 1,
  provider: 1,
  scenarios: 1
});
var SCENARIO_KEYS = Object.keys({
  name: 1,
  dims: 1,
  "batch-sizes": 1,
  "latency-batch": 1,
  inputs: 1
});
var INPUT_KEYS = Object.keys({ range: 1, file: 1, value: 1 });
var COMMAND_KEYS = Object.keys({ name: 1, run: 1, runs: 1 });

// src/config/yaml-walk.ts
var import_yaml = __toESM(require_dist(), 1);
function locationText(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
var YamlSource = class _YamlSource {
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }
  file;
  doc;
  lines;
  /** Parses one YAML document; a syntax error is a UserError with its location and reason. */
  static parse(file, text2) {
    const lines = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: lines, prettyErrors: false });
    const source = new _YamlSource(file, doc, lines);
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      const reason = problem.message.replace(/[.:]?\s*$/, "");
      const hint = problem.code === "TAB_AS_INDENT" ? "; indent with spaces" : problem.code === "DUPLICATE_KEY" ? `; "${keyAt(doc, problem.pos[0])}" is written twice in one map` : "";
      throw new UserError(`${source.where(problem.pos[0])}: invalid YAML: ${reason}${hint}.`);
    }
    return source;
  }
  /** The whole document (node null when the file is empty or only comments). */
  root() {
    const node = this.doc.contents;
    const pos = node?.range?.[0] ?? 0;
    return { path: "", node: this.resolve(node, pos), pos };
  }
  location(at) {
    const { line, col } = this.lines.linePos(typeof at === "number" ? at : at.pos);
    return { file: this.file, line, column: col };
  }
  where(at) {
    return locationText(this.location(at));
  }
  /** Throws `file:line:column: path: message` for the field. */
  fail(f, message) {
    throw new UserError(`${this.where(f)}: ${f.path ? `${f.path}: ` : ""}${message}`);
  }
  /** `expected <what>, got <what was there>`. */
  expected(f, what) {
    return this.fail(f, `expected ${what}, got ${got(f.node)}`);
  }
  /**
   * A map with a fixed set of keys: an unknown key is an error pointing at it, with a
   * "did you mean" when a known key is close and the list of known keys otherwise.
   */
  keys(f, known2, what) {
    const out = /* @__PURE__ */ new Map();
    for (const [key2, value] of this.entries(f, what)) {
      if (!known2.includes(key2.name)) {
        const near = suggest(key2.name, known2);
        this.fail(
          { ...value, path: f.path, pos: key2.pos },
          near ? `unknown key "${key2.name}"; did you mean "${near}"?` : `unknown key "${key2.name}"; expected one of: ${known2.join(", ")}`
        );
      }
      out.set(key2.name, value);
    }
    return out;
  }
  /**
   * A map with free keys (dims, inputs, gates), in order, with where each key is written.
   * Nothing written (`gates:` with every entry commented out) is an empty map.
   */
  entries(f, what) {
    if (isEmpty(f.node)) return [];
    if (!(0, import_yaml.isMap)(f.node)) this.expected(f, what);
    return f.node.items.map((pair) => {
      const keyNode = pair.key;
      const keyPos = keyNode?.range?.[0] ?? f.pos;
      if (!(0, import_yaml.isScalar)(keyNode) || keyNode.value === null || typeof keyNode.value === "object") {
        this.fail(
          { path: f.path, node: keyNode, pos: keyPos },
          `expected a plain key name, got ${got(keyNode)}`
        );
      }
      const name3 = scalarText(keyNode);
      const path = f.path ? `${f.path}.${name3}` : name3;
      const valuePos = pair.value?.range?.[0] ?? keyPos;
      const node = this.resolve(pair.value, valuePos);
      return [
        { name: name3, pos: keyPos },
        { path, node, pos: valuePos }
      ];
    });
  }
  /** The items of a list, each named `path[i]` (nothing written is an empty list). */
  items(f, what) {
    if (isEmpty(f.node)) return [];
    if (!(0, import_yaml.isSeq)(f.node)) this.expected(f, what);
    return f.node.items.map((item, i) => {
      const pos = item?.range?.[0] ?? f.pos;
      return { path: `${f.path}[${i}]`, node: this.resolve(item, pos), pos };
    });
  }
  /** A non-empty string; a plain number counts as the text written (`id: 2024`). */
  text(f, what) {
    const n = f.node;
    if (!(0, import_yaml.isScalar)(n) || typeof n.value !== "string" && typeof n.value !== "number") {
      return this.expected(f, what);
    }
    const value = scalarText(n);
    if (value.trim() === "") this.expected(f, what);
    return value;
  }
  /** An integer of at least `min`, written as a YAML number. */
  integer(f, what, min = 1) {
    const v = (0, import_yaml.isScalar)(f.node) ? f.node.value : void 0;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) this.expected(f, what);
    return v;
  }
  boolean(f) {
    const v = (0, import_yaml.isScalar)(f.node) ? f.node.value : void 0;
    if (typeof v !== "boolean") this.expected(f, "true or false");
    return v;
  }
  /** One of a few words; a near miss gets a "did you mean". */
  oneOf(f, words) {
    const v = (0, import_yaml.isScalar)(f.node) ? f.node.value : void 0;
    if (typeof v === "string" && words.includes(v)) return v;
    const near = typeof v === "string" ? suggest(v, words) : void 0;
    const list2 = `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
    return this.fail(
      f,
      `expected ${list2}, got ${got(f.node)}${near ? `; did you mean "${near}"?` : ""}`
    );
  }
  /** Follows an alias to its anchored node; an alias without an anchor is an error. */
  resolve(node, pos) {
    if (!(0, import_yaml.isAlias)(node)) return node;
    const target = node.resolve(this.doc);
    if (!target) {
      throw new UserError(
        `${this.where(pos)}: invalid YAML: alias *${node.source} has no anchor &${node.source} before it.`
      );
    }
    return target;
  }
};
function keyAt(doc, offset) {
  let name3 = "";
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      const key2 = pair.key;
      if ((0, import_yaml.isScalar)(key2) && key2.range?.[0] === offset) {
        name3 = scalarText(key2);
        return import_yaml.visit.BREAK;
      }
    }
  });
  return name3;
}
function isEmpty(node) {
  return node === null || (0, import_yaml.isScalar)(node) && node.value === null;
}
function scalarText(n) {
  if (typeof n.value === "string") return n.value;
  return n.source ?? String(n.value);
}
function got(node) {
  if (node === null) return "nothing";
  if ((0, import_yaml.isSeq)(node)) return node.items.length ? "a list" : "an empty list";
  if ((0, import_yaml.isMap)(node)) return node.items.length ? "a map" : "an empty map";
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    if (v === null || v === void 0) return node.source ? String(node.source) : "nothing";
    if (typeof v === "string") return JSON.stringify(v);
    return scalarText(node);
  }
  return "an unreadable value";
}

// src/config/load.ts
var BASELINES = ["auto", "cache", "rebuild"];
var COMMENTS = ["always", "on-change", "never"];
var EXAMPLE = "models:\n  - id: classifier\n    path: model.onnx";
var POSITIVE = "a positive integer";
var FRACTION = "a percentage above 0% and below 100% such as 5% (or a fraction such as 0.05)";
function loadConfig(file, text2) {
  if (text2 === void 0) {
    try {
      text2 = readFileSync4(file, "utf8");
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT") {
        throw new UserError(
          `${file}: no config file there. misnomer looked for its config at this path; create it, e.g.

${EXAMPLE}

or set the Action's \`config\` input to another path.`
        );
      }
      throw new UserError(`${file}: cannot read the config file: ${e.message}`);
    }
  }
  const y = YamlSource.parse(file, text2);
  const root = y.root();
  if (root.node === null) {
    y.fail(root, `the config is empty; it needs at least a list of models, e.g.

${EXAMPLE}`);
  }
  if (!(0, import_yaml2.isMap)(root.node)) {
    y.fail(root, `expected a map of settings, got ${got(root.node)}; e.g.

${EXAMPLE}`);
  }
  const top = y.keys(root, TOP_KEYS, "a map of settings");
  const modelsField = top.get("models");
  if (!modelsField) {
    y.fail(root, `"models" is missing; list the models to measure, e.g.

${EXAMPLE}`);
  }
  if (!(0, import_yaml2.isSeq)(modelsField.node) || modelsField.node.items.length === 0) {
    y.fail(
      modelsField,
      `expected a non-empty list of models, got ${got(modelsField.node)}; e.g.

${EXAMPLE}`
    );
  }
  const ids = uniqueNames(y, "id");
  const models = y.items(modelsField, "").map((f) => model(y, f, ids));
  const names = uniqueNames(y, "name");
  const commands = (optional2(
    top,
    "commands",
    (f) => y.items(f, "a list of commands such as [{ name: export, run: python export.py }]")
  ) ?? []).map((f) => command(y, f, names));
  return {
    file,
    models,
    commands,
    gates: optional2(
      top,
      "gates",
      (f) => gates(y, f, new Set(models.flatMap((m) => m.scenarios.map((s) => s.name))))
    ) ?? [],
    budgetMs: optional2(top, "budget", (f) => duration2(y, f, "budget")) ?? CONFIG_DEFAULTS.budgetMs,
    buildTimeoutMs: optional2(top, "build-timeout", (f) => duration2(y, f, "build-timeout")) ?? CONFIG_DEFAULTS.buildTimeoutMs,
    threshold: optional2(top, "threshold", (f) => fraction(y, f)) ?? CONFIG_DEFAULTS.threshold,
    staticThreshold: optional2(top, "static-threshold", (f) => fraction(y, f)) ?? CONFIG_DEFAULTS.staticThreshold,
    failOnInconclusive: optional2(top, "fail-on-inconclusive", (f) => y.boolean(f)) ?? CONFIG_DEFAULTS.failOnInconclusive,
    failOnMissingBase: optional2(top, "fail-on-missing-base", (f) => y.boolean(f)) ?? CONFIG_DEFAULTS.failOnMissingBase,
    baseline: optional2(top, "baseline", (f) => y.oneOf(f, BASELINES)) ?? CONFIG_DEFAULTS.baseline,
    comment: optional2(top, "comment", (f) => y.oneOf(f, COMMENTS)) ?? CONFIG_DEFAULTS.comment,
    key: optional2(top, "key", (f) => name2(y, f)) ?? CONFIG_DEFAULTS.key,
    branches: optional2(top, "branches", (f) => branches(y, f)) ?? [...CONFIG_DEFAULTS.branches]
  };
}
function optional2(fields, key2, read) {
  const f = fields.get(key2);
  return f ? read(f) : void 0;
}
function required(y, entry2, fields, key2, hint) {
  const f = fields.get(key2);
  if (!f) y.fail(entry2, `"${key2}" is missing: ${hint}`);
  return f;
}
function model(y, entry2, ids) {
  const fields = y.keys(entry2, MODEL_KEYS, "a model such as { id: classifier, path: model.onnx }");
  const idField = required(y, entry2, fields, "id", "a name for the model, e.g. id: classifier");
  const pathField = required(
    y,
    entry2,
    fields,
    "path",
    "the ONNX file, relative to the repository root, e.g. path: model.onnx"
  );
  const m = {
    id: ids(name2(y, idField), idField, entry2.path),
    path: relativePath(y, pathField, "the path of an ONNX file such as model.onnx"),
    dims: {},
    batchSizes: optional2(fields, "batch-sizes", (f) => batchSizes(y, f)) ?? [],
    ranges: {},
    files: {},
    values: {},
    scenarios: [],
    at: y.location(entry2),
    fieldsAt: { path: y.location(pathField) }
  };
  const build = fields.get("build");
  if (build) {
    m.build = y.text(build, "a shell command such as python export.py");
    m.fieldsAt.build = y.location(build);
  }
  dimsAndInputs(y, fields, m);
  const latencyBatch = fields.get("latency-batch");
  if (latencyBatch) m.latencyBatch = y.integer(latencyBatch, `${POSITIVE} such as 1`);
  const threads = fields.get("threads");
  if (threads) m.threads = y.integer(threads, `${POSITIVE} such as 1`);
  const provider = fields.get("provider");
  if (provider) m.provider = y.text(provider, "an execution provider such as cpu");
  const scenarios = fields.get("scenarios");
  if (scenarios) {
    const names = uniqueNames(y, "name");
    m.scenarios = y.items(
      scenarios,
      "a list of scenarios such as [{ name: decode, dims: { sequence_length: 1 } }]"
    ).map((f) => scenario(y, f, names));
  }
  return m;
}
function dimsAndInputs(y, fields, into) {
  const dims = fields.get("dims");
  for (const [key2, f] of dims ? y.entries(dims, "a map of dims such as { batch: 1, seq: 128 }") : []) {
    into.dims[key2.name] = y.integer(f, "a non-negative integer such as 128", 0);
  }
  const inputs = fields.get("inputs");
  for (const [key2, f] of inputs ? y.entries(inputs, "a map of inputs such as { ids: { range: [0, 999] } }") : []) {
    input(y, f, key2.name, into);
  }
}
function scenario(y, entry2, names) {
  const fields = y.keys(
    entry2,
    SCENARIO_KEYS,
    "a scenario such as { name: decode, dims: { sequence_length: 1 } }"
  );
  const nameField = required(
    y,
    entry2,
    fields,
    "name",
    "a name for the scenario, e.g. name: decode"
  );
  const text2 = y.text(nameField, SCENARIO_NAME_RULE);
  if (!isScenarioName(text2)) y.expected(nameField, SCENARIO_NAME_RULE);
  if (clashesWithGateKey(text2)) {
    y.fail(
      nameField,
      `"${text2}" is also the start of a gate key, so "${text2}.\u2026" gates would be ambiguous; choose another name`
    );
  }
  const s = {
    name: names(text2, nameField, entry2.path),
    dims: {},
    ranges: {},
    files: {},
    values: {},
    at: y.location(entry2)
  };
  dimsAndInputs(y, fields, s);
  const sizes = fields.get("batch-sizes");
  if (sizes) s.batchSizes = batchSizes(y, sizes);
  const latencyBatch = fields.get("latency-batch");
  if (latencyBatch) s.latencyBatch = y.integer(latencyBatch, `${POSITIVE} such as 1`);
  return s;
}
function input(y, entry2, inputName, m) {
  const shape = "{ range: [min, max] }, { file: values.npy } or { value: 16000 }";
  const fields = y.keys(entry2, INPUT_KEYS, shape);
  const range = fields.get("range");
  const file = fields.get("file");
  const value = fields.get("value");
  if ([range, file, value].filter(Boolean).length > 1)
    y.fail(entry2, "give one of range, file or value, not several");
  if (value) {
    m.values[inputName] = { ...tensorValue(y, value), source: `${y.where(value)}: ${value.path}` };
  } else if (range) {
    const pair = "a range of two integers [min, max] such as [0, 999]";
    const ends = y.items(range, pair);
    if (ends.length !== 2) y.expected(range, pair);
    const [min, max] = ends.map((f) => y.integer(f, pair, Number.MIN_SAFE_INTEGER));
    if (min > max) y.fail(range, `expected [min, max] with min <= max, got [${min}, ${max}]`);
    m.ranges[inputName] = [min, max];
  } else if (file) {
    const what = "a .npy or .json file such as values.npy";
    const p = relativePath(y, file, what);
    if (!/\.(npy|json)$/i.test(p)) y.expected(file, what);
    m.files[inputName] = p;
  } else {
    y.expected(entry2, shape);
  }
}
function tensorValue(y, f) {
  const what = "a number, true/false, or a nested list of them such as [[1, 2], [3, 4]]";
  if ((0, import_yaml2.isSeq)(f.node)) {
    const parts = y.items(f, what).map((item) => tensorValue(y, item));
    const inner = parts[0]?.shape ?? [];
    parts.forEach((p, i) => {
      if (p.shape.join() !== inner.join())
        y.fail(f, `the list is ragged: item ${i} has shape [${p.shape}], item 0 [${inner}]`);
    });
    return { shape: [parts.length, ...inner], values: parts.flatMap((p) => p.values) };
  }
  const v = (0, import_yaml2.isScalar)(f.node) ? f.node.value : void 0;
  if (typeof v === "boolean") return { shape: [], values: [Number(v)] };
  if (typeof v !== "number" || !Number.isFinite(v)) y.expected(f, what);
  return { shape: [], values: [v] };
}
function command(y, entry2, names) {
  const fields = y.keys(
    entry2,
    COMMAND_KEYS,
    "a command such as { name: export, run: python export.py }"
  );
  const nameField = required(y, entry2, fields, "name", "a name for the command, e.g. name: export");
  return {
    name: names(y.text(nameField, "a name such as export"), nameField, entry2.path),
    run: y.text(
      required(y, entry2, fields, "run", "the shell command, e.g. run: python export.py"),
      "a shell command such as python export.py"
    ),
    runs: optional2(fields, "runs", (f) => y.integer(f, `${POSITIVE} such as 5`)) ?? CONFIG_DEFAULTS.commandRuns,
    at: y.location(entry2)
  };
}
function uniqueNames(y, key2) {
  const owners = /* @__PURE__ */ new Map();
  return (value, at, owner) => {
    const first = owners.get(value);
    if (first !== void 0) {
      y.fail(at, `"${value}" is already the ${key2} of ${first}; each ${key2} must be unique`);
    }
    owners.set(value, owner);
    return value;
  };
}
function gates(y, f, scenarios) {
  return y.entries(f, "a map of gates such as { latency.p50: +5%, params: +1% }").map(([key2, value]) => {
    const v = (0, import_yaml2.isScalar)(value.node) ? value.node.value : void 0;
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      const onOff = key2.name === "fail-on-contradiction" || key2.name === "on-inconclusive";
      y.expected(value, onOff ? "true or false" : "a limit such as +5%");
    }
    return {
      gate: parseScopedGate(key2.name, v, scenarios, y.where(key2.pos)),
      at: y.location(key2.pos)
    };
  });
}
function duration2(y, f, what) {
  const v = (0, import_yaml2.isScalar)(f.node) ? f.node.value : void 0;
  if (typeof v !== "string" && typeof v !== "number")
    y.expected(f, "a duration such as 60s, 2m or 500ms");
  try {
    return parseDuration(String(v), what);
  } catch (e) {
    throw e instanceof UserError ? new UserError(`${y.where(f)}: ${e.message}`) : e;
  }
}
function fraction(y, f) {
  const v = (0, import_yaml2.isScalar)(f.node) ? f.node.value : void 0;
  let value;
  let shown2 = got(f.node);
  if (typeof v === "number") {
    value = v >= 1 ? v / 100 : v;
    if (v >= 1) shown2 += ` (read as ${v}%)`;
  } else if (typeof v === "string") {
    const m = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/.exec(v);
    if (m) value = Number(m[1]) / 100;
  }
  if (value === void 0 || !(value > 0 && value < 1))
    y.fail(f, `expected ${FRACTION}, got ${shown2}`);
  return value;
}
function name2(y, f) {
  const text2 = y.text(f, NAME_RULE);
  if (!isName(text2)) y.expected(f, NAME_RULE);
  return text2;
}
function batchSizes(y, f) {
  const what = "a list of positive integers such as [1, 8]";
  const seen = /* @__PURE__ */ new Set();
  for (const item of y.items(f, what)) {
    const n = y.integer(item, what);
    if (seen.has(n)) y.fail(item, `${n} is listed twice; each batch size once`);
    seen.add(n);
  }
  return [...seen];
}
function branches(y, f) {
  const what = "a list of branch names such as [main]";
  return [...new Set(y.items(f, what).map((item) => y.text(item, what)))];
}
function relativePath(y, f, what) {
  const p = y.text(f, what);
  if (isAbsolute2(p) || /^[A-Za-z]:[\\/]/.test(p)) {
    y.fail(f, `"${p}" is an absolute path; write it relative to the repository root`);
  }
  const normal = posix.normalize(p.replace(/\\/g, "/"));
  if (normal === ".." || normal.startsWith("../")) {
    y.fail(f, `"${p}" points outside the repository root; the path must stay inside the checkout`);
  }
  return p;
}

// src/pipeline/git.ts
import { execFile } from "node:child_process";
import { mkdtempSync as mkdtempSync3, rmSync as rmSync4 } from "node:fs";
import { join as join7, resolve as resolve3 } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}
async function tryGit(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return void 0;
  }
}
var mergeBase = (cwd, a, b) => tryGit(cwd, ["merge-base", a, b]);
async function addWorktree(cwd, sha, parent) {
  const path = join7(mkdtempSync3(join7(parent, "misnomer-base-")), "checkout");
  const remove = async () => {
    await tryGit(cwd, ["worktree", "remove", "--force", path]);
    rmSync4(join7(path, ".."), { recursive: true, force: true });
    await tryGit(cwd, ["worktree", "prune"]);
  };
  try {
    await git(cwd, ["worktree", "add", "--detach", "--force", path, sha]);
  } catch (e) {
    await remove();
    const lines = String(e.stderr ?? e.message).trim().split("\n").filter((l) => /error|fatal/i.test(l));
    const why = lines.slice(-2).join(" ") || e.message;
    return { problem: `git could not check out ${sha.slice(0, 12)} in a worktree (${why})` };
  }
  return { path, remove };
}
var repoPrefix = async (cwd) => await tryGit(cwd, ["rev-parse", "--show-prefix"]) ?? "";
var repoRoot = (cwd) => tryGit(cwd, ["rev-parse", "--show-toplevel"]);
async function gitCommonDir(cwd) {
  const dir = await tryGit(cwd, ["rev-parse", "--git-common-dir"]);
  return dir === void 0 ? void 0 : resolve3(cwd, dir);
}
var resolveRef = (cwd, ref) => tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
async function showFile(cwd, sha, path) {
  try {
    const { stdout } = await run("git", ["show", `${sha}:./${path.replace(/\\/g, "/")}`], {
      cwd,
      maxBuffer: 16 * 1024 * 1024
    });
    return stdout;
  } catch {
    return void 0;
  }
}

// src/pipeline/base-commit.ts
var DEFAULT_BASE_REFS = ["origin/HEAD", "origin/main", "main", "origin/master", "master"];
async function localBase(root, asked) {
  for (const ref of asked ? [asked] : DEFAULT_BASE_REFS) {
    const sha = await resolveRef(root, ref);
    if (sha) return { commit: await mergeBase(root, sha, "HEAD") ?? sha, ref };
  }
  if (asked) throw new UserError(`--base "${asked}" names no commit in ${root}.`);
  return {
    ref: "base",
    problem: `none of ${DEFAULT_BASE_REFS.join(", ")} names a commit here (give --base ref)`
  };
}

// src/pipeline/base.ts
import { join as join9 } from "node:path";

// src/config/build.ts
import { stat } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";
var TAIL_LINES = 20;
async function runCommand(command2, cwd, onLine, options = {}) {
  const tail2 = [];
  const emit2 = (line) => {
    tail2.push(line);
    if (tail2.length > TAIL_LINES) tail2.shift();
    onLine(line);
  };
  let partial = "";
  const r = await runShell({
    command: command2,
    cwd,
    timeoutMs: options.timeoutMs ?? CONFIG_DEFAULTS.buildTimeoutMs,
    label: options.label ?? `"${command2}"`,
    onOutput: (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop();
      for (const line of lines) emit2(line.replace(/\r$/, ""));
    }
  });
  if (partial) emit2(partial.replace(/\r$/, ""));
  return { code: r.code, signal: r.signal, tail: tail2, timedOut: r.timedOut, leftovers: r.leftovers };
}
async function buildModels(config, root, log, options = {}) {
  const side2 = options.side ? ` in the ${options.side} checkout` : "";
  const label = options.side ? `${options.side} ` : "";
  const groups = /* @__PURE__ */ new Map();
  config.models.forEach((m, i) => {
    if (m.build !== void 0) groups.set(m.build, [...groups.get(m.build) ?? [], i]);
  });
  for (const [command2, indexes] of groups) {
    const i = indexes[0];
    const m = config.models[i];
    const others = indexes.slice(1).map((j) => `"${config.models[j].id}"`);
    log(
      `[${label}${m.id}] $ ${command2}${others.length ? ` (also builds ${others.join(", ")})` : ""}`
    );
    const r = await runCommand(command2, root, (line) => log(`[${label}${m.id}] ${line}`), {
      timeoutMs: config.buildTimeoutMs,
      label: `the build of "${m.id}"${side2} ($ ${short(command2)})`
    });
    if (r.leftovers) {
      log(
        `[${label}${m.id}] the build exited and left processes running (e.g. a daemon started with &): they were stopped.`
      );
    }
    const shared = others.length ? ` (shared with ${others.join(", ")})` : "";
    const output = r.tail.length ? r.tail.join("\n") : "(it printed nothing)";
    if (r.timedOut) {
      const limit = durationText(config.buildTimeoutMs);
      throw new UserError(
        `${where2(m, "build")}: models[${i}].build for "${m.id}"${shared} ($ ${short(command2)}) did not finish within ${limit} (build-timeout)${side2}: it was stopped with every process it started. Make the build faster, or raise build-timeout in ${config.file}. Its last output: ${output}`
      );
    }
    if (r.code === 0) continue;
    const how = r.signal ? `was killed by ${r.signal}` : `failed with exit code ${r.code}`;
    throw new UserError(
      `${where2(m, "build")}: models[${i}].build for "${m.id}"${shared} ${how}${side2}: ${output}`
    );
  }
  const paths = /* @__PURE__ */ new Map();
  for (const [i, m] of config.models.entries()) {
    const path = resolve4(root, m.path);
    const what = await stat(path).then(
      (s) => s.isFile() ? null : s.isDirectory() ? "is a directory, not a file," : "is not a file",
      () => "does not exist"
    );
    if (what !== null) {
      const fix = m.build === void 0 ? `${what} in ${root}; check the path (relative to the repository root), or add a build command that makes it.` : `${what} in ${root} after the build; check the path (relative to the repository root) or the build command.`;
      throw new UserError(`${where2(m, "path")}: models[${i}].path "${m.path}" ${fix}`);
    }
    paths.set(m.id, path);
  }
  return paths;
}
function short(command2) {
  const line = command2.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}\u2026` : line;
}
function where2(m, field) {
  return locationText(m.fieldsAt[field] ?? m.at);
}

// src/config/units.ts
function unitsOf(config) {
  return config.models.flatMap((m) => unitsOfModel(m));
}
function unitsOfModel(model2) {
  const { scenarios, ...own } = model2;
  if (scenarios.length === 0) return [{ ...own, modelId: model2.id }];
  return scenarios.map((s) => ({
    ...own,
    id: unitId(model2.id, s.name),
    modelId: model2.id,
    scenario: s.name,
    dims: { ...model2.dims, ...s.dims },
    batchSizes: s.batchSizes ?? model2.batchSizes,
    latencyBatch: s.latencyBatch ?? model2.latencyBatch,
    ...inputsOver(model2, s)
  }));
}
function inputsOver(model2, s) {
  const mine = /* @__PURE__ */ new Set([
    ...Object.keys(s.ranges),
    ...Object.keys(s.files),
    ...Object.keys(s.values)
  ]);
  const keep2 = (r) => Object.fromEntries(Object.entries(r).filter(([name3]) => !mine.has(name3)));
  return {
    ranges: { ...keep2(model2.ranges), ...s.ranges },
    files: { ...keep2(model2.files), ...s.files },
    values: { ...keep2(model2.values), ...s.values }
  };
}

// src/pipeline/sides.ts
import { isAbsolute as isAbsolute3, join as join8 } from "node:path";
function settingsFor(config, model2) {
  return {
    ...DEFAULT_SETTINGS,
    budgetMs: config.budgetMs,
    batchSizes: model2.batchSizes,
    intraOpThreads: model2.threads ?? DEFAULT_SETTINGS.intraOpThreads,
    provider: model2.provider ?? DEFAULT_SETTINGS.provider
  };
}
async function prepareSide(config, root, log, side2) {
  const paths = await buildModels(config, root, log, side2 ? { side: side2 } : void 0);
  const plans = /* @__PURE__ */ new Map();
  for (const model2 of unitsOf(config)) {
    const path = paths.get(model2.modelId);
    const settings = settingsFor(config, model2);
    const files = Object.fromEntries(
      Object.entries(model2.files).map(([name3, file]) => [
        name3,
        isAbsolute3(file) ? file : join8(root, file)
      ])
    );
    const plan = planModel(
      { id: model2.id, path, dims: model2.dims, ranges: model2.ranges, files, values: model2.values },
      settings.batchSizes,
      settings.seed,
      model2.latencyBatch
    );
    plans.set(model2.id, plan);
  }
  return { root, plans };
}
function resultOf(plans, measured, commit) {
  const analyses = [...plans.values()].map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const first = [...measured.values()][0];
  const result = makeResult(analyses, first?.doc, commit);
  result.models = result.models.map((m) => {
    const got2 = measured.get(m.id);
    return got2 ? { ...m, measurement: got2.model } : { id: m.id, analysis: m.analysis };
  });
  return result;
}

// src/pipeline/base.ts
async function prepareBase(config, headRoot, commit, tempParent, log, notes, fetchProblem) {
  if (fetchProblem) {
    notes.push(`The base was not built here: ${fetchProblem}.`);
    return void 0;
  }
  const worktree = await addWorktree(headRoot, commit, tempParent);
  if ("problem" in worktree) {
    notes.push(`The base was not built here: ${worktree.problem}.`);
    return void 0;
  }
  const root = join9(worktree.path, await repoPrefix(headRoot));
  try {
    return { worktree, side: await prepareSide(config, root, log, "base") };
  } catch (e) {
    if (!(e instanceof UserError)) {
      await worktree.remove();
      throw e;
    }
  }
  const plans = { root, plans: /* @__PURE__ */ new Map() };
  for (const model2 of config.models) {
    try {
      const one = await prepareSide({ ...config, models: [model2] }, root, log, "base");
      for (const [id, plan] of one.plans) plans.plans.set(id, plan);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      notes.push(`${model2.id}: not in the base (${e.message}).`);
    }
  }
  if (plans.plans.size === 0) notes.push("The base has none of the configured models.");
  return { worktree, side: plans.plans.size > 0 ? plans : void 0 };
}

// src/pipeline/base-config.ts
import { relative, resolve as resolve5 } from "node:path";
async function withBaseConfig(head, cwd, commit) {
  const at = commit.slice(0, 7);
  const text2 = await showFile(cwd, commit, relative(cwd, resolve5(cwd, head.file)));
  if (text2 === void 0) {
    return {
      judged: head,
      baseSide: head,
      notes: [
        `The base (${at}) has no ${head.file}: this pull request is judged by its own gates.`
      ]
    };
  }
  let base;
  try {
    base = loadConfig(head.file, text2);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return {
      judged: head,
      baseSide: head,
      notes: [
        `The base's ${head.file} (${at}) is not valid (${e.message}): this pull request is judged by its own gates.`
      ]
    };
  }
  const notes = [];
  const changed = gateChanges(base, head);
  if (changed.length > 0) {
    notes.push(
      `Gates changed in this pull request: ${changed.join("; ")}. They apply after the merge: this pull request is judged by the base's.`
    );
  }
  const headIds = new Set(head.models.map((m) => m.id));
  const gone = base.models.filter((m) => !headIds.has(m.id)).map((m) => `"${m.id}"`);
  if (gone.length > 0) {
    notes.push(
      `Removed (or renamed) in this pull request: ${gone.join(", ")}, in the base's config and not in the head's.`
    );
  }
  const baseModels = new Map(base.models.map((m) => [m.id, m]));
  return {
    judged: {
      ...head,
      gates: base.gates,
      threshold: base.threshold,
      staticThreshold: base.staticThreshold,
      failOnInconclusive: base.failOnInconclusive,
      failOnMissingBase: base.failOnMissingBase
    },
    baseSide: {
      ...head,
      models: head.models.map((m) => {
        const b = baseModels.get(m.id);
        return b ? { ...m, path: b.path, build: b.build, fieldsAt: b.fieldsAt } : m;
      })
    },
    notes
  };
}
function gateChanges(base, head) {
  const limits = (c) => new Map(c.gates.map((g) => [gateName(g.gate), g.gate.limit]));
  const [before, after] = [limits(base), limits(head)];
  const out = [];
  for (const name3 of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(name3), after.get(name3)];
    if (a !== b) out.push(`${name3} ${a ?? "none"} \u2192 ${b ?? "none"}`);
  }
  const pct3 = (x) => `${+(100 * x).toFixed(2)}%`;
  if (base.threshold !== head.threshold)
    out.push(`threshold ${pct3(base.threshold)} \u2192 ${pct3(head.threshold)}`);
  if (base.staticThreshold !== head.staticThreshold)
    out.push(`static-threshold ${pct3(base.staticThreshold)} \u2192 ${pct3(head.staticThreshold)}`);
  if (base.failOnInconclusive !== head.failOnInconclusive)
    out.push(`fail-on-inconclusive ${base.failOnInconclusive} \u2192 ${head.failOnInconclusive}`);
  if (base.failOnMissingBase !== head.failOnMissingBase)
    out.push(`fail-on-missing-base ${base.failOnMissingBase} \u2192 ${head.failOnMissingBase}`);
  return out;
}

// src/pipeline/commands.ts
async function once(name3, command2, cwd, timeoutMs) {
  return timeCommand({ name: name3, command: command2, runs: 1, timeoutMs, cwd });
}
var msOf = (t) => t.wallClock?.samplesMs[0] ?? NaN;
async function timeCommands(config, roots, log) {
  const out = [];
  for (const c of config.commands) {
    const rounds2 = [];
    const headMs = [];
    let failure;
    for (let i = 0; i < c.runs && !failure; i++) {
      const order = i % 2 === 0 ? ["base", "head"] : ["head", "base"];
      const got2 = {};
      for (const side2 of order) {
        const root = roots[side2];
        if (root) got2[side2] = await once(c.name, c.run, root, config.buildTimeoutMs);
      }
      for (const side2 of order) {
        const t = got2[side2];
        if (t && t.status !== "ok" && !failure)
          failure = `${side2}: ${t.status}: ${t.error ?? ""}`.trim();
      }
      if (failure) break;
      headMs.push(msOf(got2.head));
      if (got2.base) rounds2.push({ a: msOf(got2.base), b: msOf(got2.head) });
    }
    log(
      failure ? `timed "${c.name}": ${failure}` : `timed "${c.name}": ${c.runs} run${c.runs === 1 ? "" : "s"}`
    );
    out.push(delta(c.name, c.run, rounds2, headMs, failure, Boolean(roots.base)));
  }
  return out;
}
function delta(name3, command2, rounds2, headMs, failure, hasBase) {
  const base = rounds2.length > 0 ? median(rounds2.map((r) => r.a)) : null;
  const head = headMs.length > 0 ? median(headMs) : null;
  const common = { name: name3, command: command2, base, head, rounds: rounds2.length };
  if (failure) {
    return { ...common, ratio: null, ci: null, verdict: "not-tested", reason: failure };
  }
  if (!hasBase) {
    return {
      ...common,
      ratio: null,
      ci: null,
      verdict: "not-tested",
      reason: "no base checkout in this job: the head alone"
    };
  }
  if (rounds2.length < MIN_ROUNDS) {
    const ratio = base && head ? head / base : null;
    return {
      ...common,
      ratio,
      ci: null,
      verdict: "not-tested",
      reason: `${rounds2.length} rounds: a verdict needs at least ${MIN_ROUNDS} (set runs: ${MIN_ROUNDS} or more)`
    };
  }
  const v = pairedVerdict(rounds2, {
    ...DEFAULT_VERDICT_OPTIONS,
    direction: "lower-is-better"
  });
  return { ...common, ratio: v.ratio, ci: v.ci, verdict: v.verdict, reason: v.reason };
}

// src/pipeline/pipeline.ts
function part(progress, i, n) {
  return {
    update: (label, f) => progress.update(label, (i + Math.min(1, Math.max(0, f))) / n),
    log: (line) => progress.log(line),
    done: () => {
    }
  };
}
async function checkProviders(config) {
  for (const p of new Set(unitsOf(config).map((m) => settingsFor(config, m).provider))) {
    await checkProvider(p);
  }
}
async function measureAlone(config, side2, progress, commit) {
  await checkProviders(config);
  const measured = /* @__PURE__ */ new Map();
  const models = unitsOf(config).filter((m) => side2.plans.has(m.id));
  for (const [i, model2] of models.entries()) {
    const plan = side2.plans.get(model2.id);
    const settings = { ...settingsFor(config, model2), latencyBatch: plan.latencyBatch };
    const doc = await measureModels([plan], settings, part(progress, i, models.length));
    measured.set(model2.id, { doc, model: doc.models[0] });
  }
  progress.done();
  return resultOf(side2.plans, measured, commit);
}
async function measureBoth(config, base, head, progress, commits = {}) {
  await checkProviders(config);
  const baseMeasured = /* @__PURE__ */ new Map();
  const headMeasured = /* @__PURE__ */ new Map();
  const pairs = /* @__PURE__ */ new Map();
  const notes = [];
  const models = unitsOf(config).filter((m) => head.plans.has(m.id));
  for (const [i, model2] of models.entries()) {
    const h = head.plans.get(model2.id);
    const b = base.plans.get(model2.id);
    const settings = { ...settingsFor(config, model2), latencyBatch: h.latencyBatch };
    const sub = part(progress, i, models.length);
    if (b && b.latencyBatch !== h.latencyBatch) {
      notes.push(
        `${model2.id}: base and head would be timed at different batch sizes (${b.latencyBatch} and ${h.latencyBatch}); set latency-batch to compare their speed.`
      );
    }
    if (!b || b.latencyBatch !== h.latencyBatch) {
      const doc = await measureModels([h], settings, sub);
      headMeasured.set(model2.id, { doc, model: doc.models[0] });
      continue;
    }
    const more = oneMoreBudget(compareOptionsOf(config), (line) => sub.log(`${model2.id}: ${line}`));
    const { measurement, pair } = await measureAB(b, h, settings, sub, { more });
    baseMeasured.set(model2.id, { doc: measurement, model: pair.a });
    headMeasured.set(model2.id, { doc: measurement, model: pair.b });
    pairs.set(model2.id, pair);
  }
  progress.done();
  return {
    base: resultOf(base.plans, baseMeasured, commits.base),
    head: resultOf(head.plans, headMeasured, commits.head),
    pairs,
    notes
  };
}
function compareOptionsOf(config) {
  return {
    ...DEFAULT_VERDICT_OPTIONS,
    threshold: config.threshold,
    staticThreshold: config.staticThreshold,
    gates: config.gates.map((g) => g.gate),
    // Unset unless asked, so that a gate `on-inconclusive: true` can still turn it on.
    onInconclusive: config.failOnInconclusive || void 0,
    onMissingBase: config.failOnMissingBase
  };
}
function compareRun(config, base, head, pairs = /* @__PURE__ */ new Map()) {
  return buildComparison(base, head, compareOptionsOf(config), pairs);
}
function missingBaseFailure(config, head) {
  if (!config.failOnMissingBase) return void 0;
  const units = gatedUnits(
    config.gates.map((g) => g.gate),
    head.models.map((m) => m.id)
  );
  if (units.length === 0) return void 0;
  return `no base to judge the gates of ${units.map((u) => `"${u}"`).join(", ")} against, and fail-on-missing-base is on. Push to the base branch to save a baseline, or let the job build the base (baseline: auto).`;
}

// src/pipeline/pull-request.ts
var short2 = (sha) => sha.slice(0, 7);
async function runPullRequest(job) {
  const { config, base, phase, log } = job;
  const notes = [];
  const head = await phase(
    "misnomer: build and analyze the head",
    () => prepareSide(config, job.headRoot, log, "head")
  );
  const fromBase = base.commit && !base.problem ? await withBaseConfig(config, job.configCwd, base.commit) : void 0;
  if (fromBase) notes.push(...fromBase.notes);
  const judged = fromBase?.judged ?? config;
  const stored = config.baseline === "rebuild" ? void 0 : await phase(
    "misnomer: restore the baseline",
    () => job.store.restore(job.scope, base.commit)
  );
  if (stored?.result) log(`restored the baseline ${stored.name}`);
  else if (stored?.why) log(`no cached baseline: ${stored.why}`);
  const tree = config.baseline === "cache" || !base.commit ? void 0 : await phase(
    `misnomer: build the base (${short2(base.commit)}) in a worktree`,
    () => prepareBase(
      fromBase?.baseSide ?? config,
      job.headRoot,
      base.commit,
      job.tempDir,
      log,
      notes,
      base.problem
    )
  );
  if (!base.commit && base.problem) notes.push(`The base was not built here: ${base.problem}.`);
  try {
    const run3 = await finish(job, judged, head, tree?.side, stored, notes);
    return { ...run3, judged };
  } finally {
    await tree?.worktree.remove();
  }
}
async function finish(job, config, head, base, stored, notes) {
  const { phase } = job;
  const labels = { base: job.base.ref, head: job.head.label };
  const baseCommit = job.base.commit;
  if (base && baseCommit) {
    const paired2 = await phase(
      "misnomer: measure base and head, interleaved",
      () => measureBoth(config, base, head, job.progress, { base: baseCommit, head: job.head.commit })
    );
    notes.push(...paired2.notes);
    if (stored?.result) notes.push(...crossCheck(stored.result, paired2.base, baseCommit));
    notes.unshift(
      `The base (${short2(baseCommit)}) was built and measured in this run, interleaved with the head.`
    );
    if (job.saveBase) await saveBase(job, baseCommit, paired2.base);
    const comparison = compareRun(
      config,
      { label: labels.base, result: paired2.base },
      { label: labels.head, result: paired2.head },
      paired2.pairs
    );
    comparison.commands = await timed(job, config, { base: base.root, head: head.root });
    return { head: paired2.head, comparison, notes, failure: failureOf(comparison)?.message };
  }
  const headResult = await phase(
    "misnomer: measure the head",
    () => measureAlone(config, head, job.progress, job.head.commit)
  );
  if (stored?.result) {
    notes.unshift(
      `The base is the cached baseline ${stored.name}` + (stored.result.commit ? ` (commit ${short2(stored.result.commit)})` : "") + "; speed is compared only if it was measured on matching hardware."
    );
    const comparison = compareRun(
      config,
      { label: labels.base, result: stored.result },
      { label: labels.head, result: headResult }
    );
    comparison.commands = await timed(job, config, { head: head.root });
    return { head: headResult, comparison, notes, failure: failureOf(comparison)?.message };
  }
  const problem = stored?.serviceProblem ?? (stored?.name ? stored.why : void 0);
  notes.unshift(
    problem ? `No baseline to compare with: ${problem}, and the base was not built here; this report is the head alone.` : `No baseline for the base branch yet (nothing in ${job.store.where}, and the base was not built here): this report is the head alone. ${job.store.howToSave}`
  );
  return { head: headResult, notes, failure: missingBaseFailure(config, headResult) };
}
async function saveBase(job, commit, base) {
  const broken = base.models.filter((m) => m.measurement && m.measurement.status !== "ok");
  if (base.models.every((m) => !m.measurement) || broken.length > 0) {
    job.log(`the base (${short2(commit)}) is not saved as a baseline: not every model measured`);
    return;
  }
  const saved = await job.store.save(job.scope, commit, base);
  job.log(
    saved.saved ? `saved the base (${short2(commit)}) as the baseline ${saved.name}` : `the base (${short2(commit)}) is not saved as a baseline: ${saved.why}`
  );
}
function crossCheck(stored, rebuilt, commit) {
  if (stored.commit !== commit || stored.tool.countingRules !== rebuilt.tool.countingRules)
    return [];
  const out = [];
  for (const m of rebuilt.models) {
    const c = stored.models.find((x) => x.id === m.id);
    if (!c) continue;
    const differs = ["params", "flops", "weightBytes"].filter(
      (k) => c.analysis.totals[k] !== m.analysis.totals[k]
    );
    const sameDims = JSON.stringify(c.analysis.dims) === JSON.stringify(m.analysis.dims);
    if (differs.length > 0 && sameDims) {
      out.push(
        `${m.id}: the base rebuilt here differs from the baseline saved for ${short2(commit)} (${differs.join(", ")}): the build may not be reproducible.`
      );
    }
  }
  return out;
}
async function timed(job, config, roots) {
  if (config.commands.length === 0) return void 0;
  return job.phase("misnomer: timed commands", () => timeCommands(config, roots, job.log));
}

// src/pipeline/store.ts
import {
  closeSync as closeSync3,
  fsyncSync,
  mkdirSync,
  openSync as openSync3,
  readdirSync as readdirSync3,
  renameSync,
  rmSync as rmSync5
} from "node:fs";
import { statSync as statSync3, writeSync } from "node:fs";
import { join as join10 } from "node:path";
function osName() {
  if (process.platform === "darwin") return "macOS";
  if (process.platform === "win32") return "Windows";
  return "Linux";
}
var localScope = (key2) => ({
  key: key2,
  os: osName(),
  arch: process.arch
});
var baselinePrefix = (s) => `misnomer-v1-${s.key}-${s.os}-${s.arch}-`.toLowerCase();
var unusable = (name3, e) => `the saved baseline ${name3} is unusable: ${e.message}`;
function folderStore(dir) {
  const fileOf = (name3) => join10(dir, `${name3}.json`);
  return {
    where: `the baseline folder (${dir})`,
    howToSave: "misnomer run saves there the base it builds and measures.",
    async restore(scope, preferCommit) {
      const prefix = baselinePrefix(scope);
      let names;
      try {
        names = readdirSync3(dir).filter((f) => f.startsWith(prefix) && f.endsWith(".json")).map((f) => f.slice(0, -".json".length));
      } catch (e) {
        if (e.code === "ENOENT") {
          return { why: `no baseline in ${dir} (it does not exist yet)` };
        }
        const problem = `the baseline folder ${dir} cannot be read (${e.message})`;
        return { why: problem, serviceProblem: problem };
      }
      if (names.length === 0) return { why: `no baseline in ${dir} (files ${prefix}*.json)` };
      const exact2 = preferCommit ? names.find((n) => n === prefix + preferCommit) : void 0;
      const name3 = exact2 ?? newest(names.map(fileOf)).slice(dir.length + 1, -".json".length);
      try {
        return { result: readResult(fileOf(name3), { name: `${name3}.json` }), name: name3 };
      } catch (e) {
        if (e instanceof UserError) return { name: name3, why: unusable(name3, e) };
        throw e;
      }
    },
    async save(scope, commit, result) {
      const name3 = baselinePrefix(scope) + commit;
      const file = fileOf(name3);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        if (exists(file)) {
          return {
            saved: false,
            already: true,
            name: name3,
            why: "a baseline for this commit is already saved"
          };
        }
        writeDurably(tmp, JSON.stringify(result));
        renameSync(tmp, file);
        return { saved: true, name: name3 };
      } catch (e) {
        try {
          rmSync5(tmp, { force: true });
        } catch {
        }
        return { saved: false, name: name3, why: `it could not be written: ${e.message}` };
      }
    }
  };
}
function writeDurably(path, text2) {
  const fd = openSync3(path, "w");
  try {
    writeSync(fd, text2);
    fsyncSync(fd);
  } finally {
    closeSync3(fd);
  }
}
var exists = (path) => {
  try {
    statSync3(path);
    return true;
  } catch {
    return false;
  }
};
function newest(files) {
  const at = (f) => {
    try {
      return statSync3(f).mtimeMs;
    } catch {
      return -Infinity;
    }
  };
  return files.map((f) => ({ f, t: at(f) })).sort((a, b) => b.t - a.t || (a.f < b.f ? 1 : -1))[0].f;
}

// src/commands/run.ts
var POLICIES = ["auto", "rebuild", "cache"];
async function runCommand2(args, out, usage) {
  const { values, positionals } = parse(args, {
    config: { type: "string" },
    base: { type: "string" },
    baselines: { type: "string" },
    baseline: { type: "string" },
    markdown: { type: "string" },
    json: { type: "string" },
    out: { type: "string" },
    "no-progress": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UserError(`run takes no positional arguments (got "${positionals[0]}"); see --help.`);
  }
  const cwd = process.cwd();
  const root = await repoRoot(cwd);
  if (!root)
    throw new UserError(`${cwd} is not in a git repository: run compares against a git ref.`);
  const config = { ...readConfig(stringOption(values.config)) };
  const policy = stringOption(values.baseline);
  if (policy !== void 0) {
    if (!POLICIES.includes(policy)) {
      throw new UserError(
        `--baseline "${policy}" is not a policy; expected auto, rebuild or cache.`
      );
    }
    config.baseline = policy;
  }
  const quiet = values["no-progress"] || [outputOf(values, "json"), outputOf(values, "markdown")].includes(STDOUT);
  const progress = quiet ? silentProgress : createProgress();
  const log = (line) => progress.log(line);
  const baselines = stringOption(values.baselines);
  const store = folderStore(
    baselines ? resolve6(baselines) : join11(await gitCommonDir(root) ?? root, "misnomer", "baselines")
  );
  const run3 = await runPullRequest({
    config,
    headRoot: root,
    configCwd: cwd,
    base: await localBase(root, stringOption(values.base)),
    // No commit: the working tree may hold changes that HEAD does not.
    head: { label: "working tree" },
    tempDir: tmpdir3(),
    store,
    scope: localScope(config.key),
    saveBase: true,
    log,
    progress,
    phase: (title2, work) => {
      log(title2.replace(/^misnomer: /, ""));
      return work();
    }
  });
  const c = run3.comparison;
  if (c) {
    c.notes = [...run3.notes, ...c.notes ?? []];
    writeOutputs(values, comparisonOutputs(c), out);
  } else {
    const markdown = renderResultMarkdown(run3.head, {
      title: "misnomer: working tree",
      note: run3.notes.join(" ")
    });
    writeOutputs(
      values,
      { json: () => toJson(run3.head), markdown: () => markdown, terminal: () => markdown },
      out
    );
  }
  if (run3.failure) process.stderr.write(`misnomer: ${clean(run3.failure, true)}
`);
  return run3.failure ? 1 : 0;
}
function readConfig(asked) {
  const file = asked ?? DEFAULT_CONFIG_FILE;
  if (!existsSync5(file)) {
    throw new UserError(
      `${file}: no config file there. misnomer run reads the models to compare from it; create it, e.g.

${EXAMPLE}

or give another path with --config FILE.`
    );
  }
  return loadConfig(file);
}

// src/cli.ts
var USAGE = `misnomer ${TOOL_VERSION}: every cost indicator of an ONNX model, and where they disagree.

Usage:
  misnomer analyze <model.onnx> [--dim name=value]... [--input name=file]... [--per-node] [options]
  misnomer measure <model.onnx> [options]
  misnomer compare <base.onnx> <head.onnx> [options]
  misnomer compare <base-result.json> <head-result.json> [options]
  misnomer run [--config file] [--base ref] [--baseline policy] [--baselines dir] [options]
  misnomer export --format bmf|customSmallerIsBetter|customBiggerIsBetter <result.json|cmp.json>

  Every command but export takes --json [file] and --markdown [file]: alone, the document is
  printed instead of the report; with a file, it is written there and the report is printed.

Commands:
  analyze   static cost indicators from the graph: params, MACs, FLOPs, transcendentals,
            bytes accessed, arithmetic intensity, weight and peak activation memory, nodes
  measure   runtime indicators on this machine with ONNX Runtime: latency percentiles,
            throughput per batch size, cold start, first run, peak memory, per-op time
  compare   two models: analyzed, then measured interleaved in this run (the ratio head/base,
            its 99% confidence interval and a verdict per indicator), contradictions between
            indicators with their evidence, and gates; or two results of "measure --result"
  run       the pull-request job here: the config's models built in the working tree and at the
            base (--base ref, default where HEAD left origin/HEAD or main) in a git worktree,
            measured interleaved and compared, as the Action comments it; the base measured
            is kept as a baseline (--baselines) for later runs
  export    a result or a comparison as another tracker's input: bmf (Bencher Metric Format,
            for bencher run --adapter json), customSmallerIsBetter / customBiggerIsBetter
            (github-action-benchmark; one file per direction); --side base|head of a
            comparison (default head), --out file (default stdout); see docs/interop.md

Options:
  --dim name=value       value of a symbolic input dim (repeatable): --dim batch=1
                         an unnamed dim is addressed as input:axis (--dim input_ids:1=128);
                         a dim named by an expression (past_sequence_length + sequence_length)
                         is computed from the dims it names
  --scenario name:d=v,.. analyze, measure, compare: also under a named setting of the dims
                         (repeatable), each its own model "id/name" in results and reports:
                         --scenario prefill:sequence_length=128,past_sequence_length=0
                         --scenario decode:sequence_length=1,past_sequence_length=128
                         compare: --gate decode.latency.p50=+5% gates one scenario
  --json [file]          the JSON document: analyze misnomer/analysis@1, measure
                         misnomer/measurement@1, compare and run misnomer/comparison@1 (run with
                         no base: misnomer/result@1). Before a model path, or with "-", --json
                         prints; --json=file always names a file
  --markdown [file]      the Markdown report (for compare and run: the pull-request comment)
  --result file          analyze, measure: write a misnomer/result@1 file for compare
  --id name              analyze, measure: the model's id in the result (default: file name);
                         compare matches models by id
  --per-node             analyze: add one row (or JSON entry) per node
  --out file             write what would be printed to a file instead of stdout
  --config file          run: the config (default .github/misnomer.yml)
  --base ref             run: the base (default: where HEAD left origin/HEAD, origin/main, main,
                         origin/master or master)
  --baseline policy      run: auto (build the base here; a saved baseline when it cannot be
                         built), rebuild (never a saved one), cache (the saved one only, no
                         build); default: the config's baseline
  --baselines dir        run: the folder of saved baselines, one file per base commit (default:
                         misnomer/baselines in the repository's .git folder)
  --budget 30s           time spent sampling (measure: per model, default 30s; compare:
                         the interleaved A/B rounds, default 60s)
  --batch-sizes 1,8,32   throughput at these batch sizes (those the model's batch dim allows)
  --latency-batch N      batch of the latency samples (default: the bound batch dim, or 1)
  --threads N            intra-op threads (default 1: the most stable on shared runners)
  --inter-threads N      inter-op threads (default 1)
  --provider cpu         ONNX Runtime execution provider (default cpu)
  --opt-level all        graph optimization: disabled | basic | extended | all (default all)
  --warmup N             warm-up runs before sampling (default 10, and at least 0.5 s)
  --cold-starts N        fresh processes for cold start and first run (default 5)
  --timeout 120s         a model process silent for this long is stopped and reported
  --seed N               seed of the random inputs and the bootstrap (default 1)
  --input-range n=lo:hi  values of an integer input that does not index a table (repeatable)
  --input name=file      an input's values from a .npy or .json file (repeatable): its shape
                         binds the input's dims, its values are constants of the analysis
                         (an If on a sample-rate input, a shape given as an input) and are fed
  --command "name=cmd"   measure: also time a shell command (repeatable; --command-runs N, default 5)
  --threshold 5%         compare: the smallest change that counts (default 5%)
  --calibrate            compare: first an A/A run of the base (a third of the budget); the
                         threshold is raised to at least twice the noise it shows
  --static-only          compare: no measurement, static indicators only
  --static-threshold 5%  compare: a static change counts for contradictions from this size
  --gate name=limit      compare: fail (exit 1) when an indicator gets worse beyond a limit,
                         e.g. --gate latency.p50=+5% --gate params=+1M (repeatable)
  --fail-on-contradiction  compare: fail when a contradiction is found
  --fail-on-inconclusive   compare: runtime gates also trip on inconclusive verdicts
  --no-progress          no progress bar or progress lines (stderr)
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 done, 1 failed (measure: a model failed to load, crashed or timed out, the others
still measured and reported; compare and run: a gate tripped or a model's head failed, as the
Action fails; a base that failed alone is reported, not failed) or an internal error, 2 bad
input (the message says what to fix).
`;
async function main(argv, out = (s) => process.stdout.write(s)) {
  const [command2, ...rest] = argv;
  if (!command2 || command2 === "-h" || command2 === "--help" || command2 === "help") {
    out(USAGE);
    return command2 ? 0 : 2;
  }
  if (command2 === "-v" || command2 === "--version") {
    out(`${TOOL_VERSION}
`);
    return 0;
  }
  switch (command2) {
    case "analyze":
      return analyzeCommand(rest, out, USAGE);
    case "measure":
      return measureCommand(rest, out, USAGE);
    case "compare":
      return compareCommand(rest, out, USAGE);
    case "run":
      return runCommand2(rest, out, USAGE);
    case "export":
      return exportCommand(rest, out, USAGE);
    default:
      throw new UserError(`unknown command "${command2}". Run "misnomer --help" for the commands.`);
  }
}
async function run2(argv) {
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`misnomer: ${clean(e.message, true)}
`);
      process.exitCode = 2;
    } else {
      const detail = clean(String(e?.stack ?? e), true);
      process.stderr.write(
        `misnomer: internal error, please report it with the command you ran:
${detail}
`
      );
      process.exitCode = 1;
    }
  }
}
if (process.argv[1] && /(^|[\\/])cli\.(ts|js)$/.test(process.argv[1])) {
  void run2(process.argv.slice(2));
}
export {
  main,
  run2 as run
};
