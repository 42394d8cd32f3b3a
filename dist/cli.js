import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  TOOL_VERSION
} from "./cli-chunk-L6VXWUZG.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";

// src/cli.ts
var USAGE = `misnomer ${TOOL_VERSION}: every cost indicator of an ONNX model, and where they disagree.

Usage:
  misnomer analyze <model.onnx> [--dim name=value]... [--input name=file]... [--per-node] [options]
  misnomer measure <model.onnx> [options]
  misnomer compare <base.onnx> <head.onnx> [options]
  misnomer compare <base-result.json> <head-result.json> [options]
  misnomer run [--config file] [--base ref] [--baseline policy] [--baselines dir] [options]
  misnomer export --format bmf|customSmallerIsBetter|customBiggerIsBetter <result.json|cmp.json>
  misnomer history [--baselines dir | --branch name | results-folder] [--key key] [options]

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
  history   the base branch's history: every baseline in the baseline folder (--baselines,
            those of --key, default "default"), every result in a folder, with the history
            each carries, or the data branch of history: branch (--branch); per model a table (params, FLOPs, weight bytes, latency p50 with its
            hardware) and spark lines; --json misnomer/history@1, --markdown with charts

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
  --baselines dir        run, history: the folder of saved baselines, one file per base commit
                         (default: misnomer/baselines in the repository's .git folder)
  --key key              history: the report key of the baselines to read (default "default")
  --branch name          history: read the data branch pushes write with history: branch
                         (fetched from --remote, default origin)
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
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (command === "-v" || command === "--version") {
    out(`${TOOL_VERSION}
`);
    return 0;
  }
  switch (command) {
    case "analyze":
      return (await import("./cli-analyze-IZ67BIV5.js")).analyzeCommand(rest, out, USAGE);
    case "measure":
      return (await import("./cli-measure-LQNIIWWC.js")).measureCommand(rest, out, USAGE);
    case "compare":
      return (await import("./cli-compare-MCHT55CD.js")).compareCommand(rest, out, USAGE);
    case "run":
      return (await import("./cli-run-XRJSE7RE.js")).runCommand(rest, out, USAGE);
    case "export":
      return (await import("./cli-export-QCXUD4I2.js")).exportCommand(rest, out, USAGE);
    case "history":
      return (await import("./cli-history-WB4XWJDQ.js")).historyCommand(rest, out, USAGE);
    default:
      throw new UserError(`unknown command "${command}". Run "misnomer --help" for the commands.`);
  }
}
async function run(argv) {
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
  void run(process.argv.slice(2));
}
export {
  main,
  run
};
