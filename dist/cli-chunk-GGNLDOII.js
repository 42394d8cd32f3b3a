import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkPoint,
  readResult
} from "./cli-chunk-3ZCWGRPH.js";
import {
  Checker
} from "./cli-chunk-ZCPTUKAO.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:child_process for src/pipeline/git.ts
var m = __require("node:child_process");
var execFile = m.execFile;

// builtin-require:node:fs for src/pipeline/git.ts
var m2 = __require("node:fs");
var mkdtempSync = m2.mkdtempSync;
var rmSync = m2.rmSync;

// builtin-require:node:path for src/pipeline/git.ts
var m3 = __require("node:path");
var join = m3.join;
var resolve = m3.resolve;

// builtin-require:node:util for src/pipeline/git.ts
var m4 = __require("node:util");
var promisify = m4.promisify;

// src/pipeline/git.ts
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
  const path = join(mkdtempSync(join(parent, "misnomer-base-")), "checkout");
  const remove = async () => {
    await tryGit(cwd, ["worktree", "remove", "--force", path]);
    rmSync(join(path, ".."), { recursive: true, force: true });
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
  return dir === void 0 ? void 0 : resolve(cwd, dir);
}
async function subjectsOf(cwd, shas) {
  const wanted = shas.filter((s) => /^[0-9a-f]{7,64}$/.test(s));
  if (wanted.length === 0) return /* @__PURE__ */ new Map();
  const args = ["log", "--no-walk=unsorted", "--ignore-missing", "--format=%H%x09%s", ...wanted];
  const text = await tryGit(cwd, args) ?? "";
  return new Map(text.split("\n").flatMap((l) => l.includes("	") ? [splitTab(l)] : []));
}
var splitTab = (line) => {
  const tab = line.indexOf("	");
  return [line.slice(0, tab), line.slice(tab + 1)];
};
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

// src/compare/history-lines.ts
var MAX_LINE = 1 << 20;
function readHistoryLines(text, name) {
  const points = [];
  const skipped = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const at = `${name} line ${i + 1}`;
    if (line.length > MAX_LINE) {
      skipped.push(`${at} is longer than a point can be`);
      return;
    }
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      skipped.push(`${at} is not JSON`);
      return;
    }
    const c = new Checker();
    checkPoint(c, value, "point");
    if (c.count > 0) {
      skipped.push(`${at} is not a history point (${c.reasons[0]})`);
      return;
    }
    points.push(value);
  });
  return { points, skipped };
}
var historyFile = (scope) => `history/${scope.key}-${scope.os}-${scope.arch}.jsonl`.toLowerCase();

// builtin-require:node:child_process for src/pipeline/data-branch.ts
var m5 = __require("node:child_process");
var execFile2 = m5.execFile;

// builtin-require:node:fs for src/pipeline/data-branch.ts
var m6 = __require("node:fs");
var mkdtempSync2 = m6.mkdtempSync;
var rmSync2 = m6.rmSync;

// builtin-require:node:os for src/pipeline/data-branch.ts
var m7 = __require("node:os");
var tmpdir = m7.tmpdir;

// builtin-require:node:path for src/pipeline/data-branch.ts
var m8 = __require("node:path");
var join2 = m8.join;

// src/pipeline/data-branch.ts
async function authEnv(where) {
  if (!where.auth?.token) return {};
  const own = await git2(where.repo, ["config", "--get-regexp", "^http\\..*\\.extraheader$"]);
  if (own.code === 0 && own.stdout.trim() !== "") return {};
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  const basic = Buffer.from(`x-access-token:${where.auth.token}`).toString("base64");
  const url = where.auth.serverUrl.replace(/\/*$/, "/");
  return {
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: `http.${url}.extraheader`,
    [`GIT_CONFIG_VALUE_${n}`]: `AUTHORIZATION: basic ${basic}`
  };
}
var localRef = (branch) => `refs/misnomer/data/${branch}`;
function git2(cwd, args, options = {}) {
  return new Promise((resolve2) => {
    const child = execFile2(
      "git",
      args,
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        // Never prompt for credentials on a runner: fail, and say what to grant.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...options.env }
      },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
        resolve2({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : "") });
      }
    );
    if (options.input !== void 0) child.stdin?.end(options.input);
  });
}
var lastLine = (out) => out.stderr.trim().split("\n").filter((l) => l.trim() !== "").slice(-1)[0]?.trim() ?? `git exited with ${out.code}`;
async function fetchTip(where, env) {
  const remote = where.remote ?? "origin";
  const { repo, branch } = where;
  const listed = await git2(repo, ["ls-remote", "--heads", remote, `refs/heads/${branch}`], {
    env
  });
  if (listed.code !== 0) return { problem: `git ls-remote ${remote} failed: ${lastLine(listed)}` };
  if (listed.stdout.trim() === "") return {};
  const shallow = await git2(repo, ["rev-parse", "--is-shallow-repository"]);
  const depth = shallow.stdout.trim() === "true" ? ["--depth=1"] : [];
  const spec = `+refs/heads/${branch}:${localRef(branch)}`;
  const fetched = await git2(repo, ["fetch", "--quiet", "--no-tags", ...depth, remote, spec], {
    env
  });
  if (fetched.code !== 0) {
    return { problem: `git fetch of ${branch} from ${remote} failed: ${lastLine(fetched)}` };
  }
  const tip = await git2(repo, ["rev-parse", "--verify", "--quiet", `${localRef(branch)}^{commit}`]);
  return tip.code === 0 ? { tip: tip.stdout.trim() } : { problem: `${branch} was not fetched` };
}
async function fileAt(repo, tip, file) {
  if (!tip) return { text: "" };
  const listed = await git2(repo, ["ls-tree", "--name-only", tip, "--", file]);
  if (listed.code !== 0) return { text: "", problem: `git ls-tree failed: ${lastLine(listed)}` };
  if (listed.stdout.trim() === "") return { text: "" };
  const out = await git2(repo, ["cat-file", "blob", `${tip}:${file}`]);
  if (out.code !== 0) return { text: "", problem: `${file} could not be read: ${lastLine(out)}` };
  return { text: out.stdout };
}
function readDataBranch(where, scope) {
  return readDataBranchFile(where, historyFile(scope));
}
async function readDataBranchFile(where, file, anyMachine) {
  const { tip, problem } = await fetchTip(where, await authEnv(where));
  if (problem) return { file, points: [], skipped: [], why: problem };
  if (!tip) return { file, points: [], skipped: [], why: `no branch ${where.branch} yet` };
  if (anyMachine) {
    const key = anyMachine.key.toLowerCase().replace(/[.]/g, "\\.");
    const mine = new RegExp(`^history/${key}-[a-z]+-[a-z0-9]+\\.jsonl$`);
    const all = await git2(where.repo, ["ls-tree", "-r", "--name-only", tip]);
    const files = all.stdout.split("\n").filter((f) => mine.test(f));
    if (files.length > 1 && files.includes(file)) files.splice(0, files.length, file);
    if (files.length !== 1) {
      const list = files.map((f) => clean(f)).join(", ");
      const why = files.length === 0 ? `${where.branch} has no history of the report key ${anyMachine.key}` : `${where.branch} has the history of ${anyMachine.key} from several kinds of machine (${list})`;
      return { file, points: [], skipped: [], why };
    }
    file = files[0];
  }
  const { text, problem: unread } = await fileAt(where.repo, tip, file);
  if (unread) return { file, points: [], skipped: [], why: unread };
  if (text === "") return { file, points: [], skipped: [], why: `no ${file} on ${where.branch}` };
  return { file, ...readHistoryLines(text, `${where.branch}:${file}`) };
}

// builtin-require:node:fs for src/pipeline/store.ts
var m9 = __require("node:fs");
var closeSync = m9.closeSync;
var fsyncSync = m9.fsyncSync;
var mkdirSync = m9.mkdirSync;
var openSync = m9.openSync;
var readdirSync = m9.readdirSync;
var renameSync = m9.renameSync;
var rmSync3 = m9.rmSync;
var statSync = m9.statSync;
var writeSync = m9.writeSync;

// builtin-require:node:path for src/pipeline/store.ts
var m10 = __require("node:path");
var join3 = m10.join;

// src/pipeline/store.ts
function osName() {
  if (process.platform === "darwin") return "macOS";
  if (process.platform === "win32") return "Windows";
  return "Linux";
}
var localScope = (key) => ({
  key,
  os: osName(),
  arch: process.arch
});
var baselinePrefix = (s) => `misnomer-v1-${s.key}-${s.os}-${s.arch}-`.toLowerCase();
var unusable = (name, e) => `the saved baseline ${name} is unusable: ${e.message}`;
function folderStore(dir) {
  const fileOf = (name) => join3(dir, `${name}.json`);
  return {
    where: `the baseline folder (${dir})`,
    howToSave: "misnomer run saves there the base it builds and measures.",
    async restore(scope, preferCommit) {
      const prefix = baselinePrefix(scope);
      let names;
      try {
        names = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith(".json")).map((f) => f.slice(0, -".json".length));
      } catch (e) {
        if (e.code === "ENOENT") {
          return { why: `no baseline in ${dir} (it does not exist yet)` };
        }
        const problem = `the baseline folder ${dir} cannot be read (${e.message})`;
        return { why: problem, serviceProblem: problem };
      }
      if (names.length === 0) return { why: `no baseline in ${dir} (files ${prefix}*.json)` };
      const exact = preferCommit ? names.find((n) => n === prefix + preferCommit) : void 0;
      const name = exact ?? newest(names.map(fileOf)).slice(dir.length + 1, -".json".length);
      try {
        return { result: readResult(fileOf(name), { name: `${name}.json` }), name };
      } catch (e) {
        if (e instanceof UserError) return { name, why: unusable(name, e) };
        throw e;
      }
    },
    async save(scope, commit, result) {
      const name = baselinePrefix(scope) + commit;
      const file = fileOf(name);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        if (exists(file)) {
          return {
            saved: false,
            already: true,
            name,
            why: "a baseline for this commit is already saved"
          };
        }
        writeDurably(tmp, JSON.stringify(result));
        renameSync(tmp, file);
        return { saved: true, name };
      } catch (e) {
        try {
          rmSync3(tmp, { force: true });
        } catch {
        }
        return { saved: false, name, why: `it could not be written: ${e.message}` };
      }
    }
  };
}
function writeDurably(path, text) {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
var exists = (path) => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};
function newest(files) {
  const at = (f) => {
    try {
      return statSync(f).mtimeMs;
    } catch {
      return -Infinity;
    }
  };
  return files.map((f) => ({ f, t: at(f) })).sort((a, b) => b.t - a.t || (a.f < b.f ? 1 : -1))[0].f;
}

export {
  mergeBase,
  addWorktree,
  repoPrefix,
  repoRoot,
  gitCommonDir,
  subjectsOf,
  resolveRef,
  showFile,
  historyFile,
  readDataBranch,
  readDataBranchFile,
  localScope,
  baselinePrefix,
  folderStore
};
