import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  readResult
} from "./cli-chunk-HKYY4MEZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";

// src/pipeline/git.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
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

// src/pipeline/store.ts
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync as rmSync2
} from "node:fs";
import { statSync, writeSync } from "node:fs";
import { join as join2 } from "node:path";
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
  const fileOf = (name) => join2(dir, `${name}.json`);
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
          rmSync2(tmp, { force: true });
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
  localScope,
  baselinePrefix,
  folderStore
};
