/**
 * Opens an ONNX file and returns its Model: decoded structure, external data located and
 * checked (never read), model-local functions expanded at their call sites. Every way a file can
 * be wrong ends in a UserError that names the file and says what to do.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { decodeModel, emptyGraph, type RawModel } from './decode.ts';
import { expandFunctions } from './functions.ts';
import type { Graph, Model, Tensor } from './model.ts';
import { TensorStore } from './tensor-data.ts';
import { FileSource, WireError, WireReader } from './wire.ts';

export interface LoadedModel {
  model: Model;
  /** Reads small constant tensors on demand; close it when the analysis is done. */
  store: TensorStore;
}

export function loadModel(path: string): LoadedModel {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the model path.`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new UserError(`${path} is a directory, not an ONNX model file.`);
  if (stat.size === 0) {
    throw new UserError(
      `${path} is empty (0 bytes). Re-export the model; the export may have failed.`,
    );
  }
  const source = openSource(path);
  let ok = false;
  try {
    const raw = decode(path, source);
    // IR version 1-2 files predate opset_import: they mean ai.onnx opset 1.
    if (raw.opsets.size === 0) raw.opsets.set('', 1);
    const bodies: Graph[] = raw.functions.map((f) => ({ ...emptyGraph(f.name), nodes: f.nodes }));
    const externalFiles = locateExternalData(path, [raw.graph, ...bodies]);
    checkDomains(path, raw.graph, raw.opsets, new Set(raw.functions.map((f) => f.domain)));
    const fileBytes = stat.size + externalFiles.reduce((sum, f) => sum + statSync(f).size, 0);
    const model: Model = {
      path,
      irVersion: raw.irVersion,
      producerName: raw.producerName,
      producerVersion: raw.producerVersion,
      opsets: raw.opsets,
      graph: expandFunctions(raw.graph, raw.functions, path),
      functions: raw.functions,
      fileBytes,
      externalFiles,
    };
    ok = true;
    return { model, store: new TensorStore(source) };
  } finally {
    if (!ok) source.close();
  }
}

function openSource(path: string): FileSource {
  try {
    return new FileSource(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new UserError(
        `${path} cannot be read (permission denied). Check the file's permissions.`,
      );
    }
    if (e instanceof WireError || code === 'ENOENT') {
      throw new UserError(
        `${path} changed or disappeared while it was being read; run again when it is complete.`,
      );
    }
    throw e;
  }
}

function decode(path: string, source: FileSource): RawModel & { graph: Graph } {
  let raw: RawModel;
  try {
    // Strings read more than once share one copy (WireReader.shared): the table lives only as
    // long as the decoding.
    source.seen = new Map();
    raw = decodeModel(new WireReader(source, 0, source.size));
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw new UserError(
      `${path} is not a readable ONNX model: ${e.message} at byte ${e.offset} of ${source.size}. ` +
        (e.truncated
          ? 'The file looks truncated (an interrupted download or export?); export it again.'
          : 'The file is damaged or is not an ONNX protobuf; check that it is the model you meant.'),
    );
  } finally {
    source.seen = undefined;
  }
  if (!raw.sawModelField || !raw.graph) {
    throw new UserError(
      `${path} is not an ONNX model: it has no ${raw.graph ? 'ir_version' : 'graph'}. ` +
        'Pass the .onnx file written by your exporter (torch.onnx.export, tf2onnx, ...).',
    );
  }
  return raw as RawModel & { graph: Graph };
}

/**
 * Every tensor of a graph and its subgraphs (initializers and Constant/attribute tensors), added
 * to `into`. (A plain walk: as a generator it took a tenth of loading a 20,000-node graph.)
 */
function allTensors(g: Graph, into: Tensor[] = []): Tensor[] {
  for (const t of g.initializers) into.push(t);
  for (const n of g.nodes) {
    if (n.attributes.size === 0) continue;
    for (const a of n.attributes.values()) {
      if (a.type === 'tensor' || a.type === 'sparse_tensor') into.push(a.value);
      else if (a.type === 'tensors' || a.type === 'sparse_tensors')
        for (const t of a.value) into.push(t);
      else if (a.type === 'graph') allTensors(a.value, into);
      else if (a.type === 'graphs') for (const sub of a.value) allTensors(sub, into);
    }
  }
  return into;
}

/** Resolves external-data locations next to the model and checks each range fits its file. */
function locateExternalData(modelPath: string, graphs: Graph[]): string[] {
  const dir = dirname(resolve(modelPath));
  const files = new Map<string, number>();
  const tensors: Tensor[] = [];
  for (const g of graphs) allTensors(g, tensors);
  for (const t of tensors) {
    if (t.data.kind !== 'external') continue;
    const { location, offset, length } = t.data.declared;
    if (!location || isAbsolute(location) || location.split(/[\\/]/).includes('..')) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" has external data at "${location}", which is not a ` +
          'path relative to the model folder. ONNX requires a relative path inside that folder.',
      );
    }
    const file = resolve(dir, location);
    let size = files.get(file);
    if (size === undefined) {
      if (!existsSync(file) || !statSync(file).isFile()) {
        throw new UserError(
          `${modelPath}: tensor "${t.name}" keeps its data in "${location}", which is missing ` +
            `(looked for ${file}). Copy the external-data file next to the model.`,
        );
      }
      size = statSync(file).size;
      files.set(file, size);
    }
    const bytes = length ?? size - offset;
    if (offset + bytes > size) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" needs bytes ${offset}..${offset + bytes} of "${location}", ` +
          `but that file has ${size} bytes. The external-data file is truncated or belongs to another export.`,
      );
    }
    t.data.range.file = file;
    t.data.range.length = bytes;
  }
  return [...files.keys()];
}

/** A node may only use a domain the model imports (the ONNX checker's rule). */
function checkDomains(
  path: string,
  graph: Graph,
  opsets: Map<string, number>,
  fnDomains: Set<string>,
) {
  const walk = (g: Graph) => {
    for (const n of g.nodes) {
      if (!opsets.has(n.domain) && !fnDomains.has(n.domain)) {
        const listed = [...opsets.keys()].map((d) => `"${d || 'ai.onnx'}"`).join(', ') || 'none';
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) uses the operator domain ` +
            `"${n.domain || 'ai.onnx'}", which the model does not import (opset_import lists ${listed}). ` +
            'The file was written by a broken exporter; re-export it or add the opset import.',
        );
      }
      if (n.attributes.size === 0) continue;
      for (const a of n.attributes.values()) {
        if (a.type === 'graph') walk(a.value);
        else if (a.type === 'graphs') a.value.forEach(walk);
      }
    }
  };
  walk(graph);
}
