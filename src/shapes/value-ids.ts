/**
 * Integer ids for the values (tensor names) of one graph, given once before its nodes are
 * ordered and inferred, so that the passes over the graph (execution order, inference's value
 * table, peak memory) index arrays instead of looking names up in Maps, and share one table of
 * who produces what. Ids are per graph and per name: a name means the same value everywhere in
 * its graph, as the Maps by name meant before. Names a node's subgraphs capture from this graph
 * get ids too; names of the enclosing graphs are still found by name.
 */
import { UserError } from '../errors.ts';
import type { Graph } from '../onnx/model.ts';
import { implicitInputs } from './order.ts';

/** The id of an omitted optional input or output (''). */
export const NO_VALUE = -1;

const NO_IDS: readonly number[] = Object.freeze([]);

export class GraphValues {
  /** name -> id */
  readonly ids = new Map<string, number>();
  /** id -> name */
  readonly names: string[] = [];
  /** Node i's (file order) inputs are inputIds[inputStart[i]] up to inputStart[i + 1]. */
  readonly inputStart: Int32Array;
  readonly inputIds: Int32Array;
  readonly outputStart: Int32Array;
  readonly outputIds: Int32Array;
  /** Node i's captured names (what its subgraphs read from outside); most nodes none. */
  readonly captured: (readonly number[])[];
  /** id -> the node (file order) that writes it, or -1. */
  readonly producer: Int32Array;

  constructor(path: string, g: Graph) {
    const { ids, names } = this;
    /** Appends the ids of `list` to `into`, giving new names the next ids. */
    const intern = (list: readonly string[], into: number[]): void => {
      for (const name of list) {
        let id = name === '' ? NO_VALUE : ids.get(name);
        if (id === undefined) {
          id = names.length;
          ids.set(name, id);
          names.push(name);
        }
        into.push(id);
      }
    };
    // The graph's inputs and initializers first, its outputs last (their ids are not kept).
    const declared: number[] = [];
    intern(
      g.inputs.map((v) => v.name),
      declared,
    );
    intern(
      g.initializers.map((t) => t.name),
      declared,
    );
    const n = g.nodes.length;
    this.inputStart = new Int32Array(n + 1);
    this.outputStart = new Int32Array(n + 1);
    const inputs: number[] = [];
    const outputs: number[] = [];
    this.captured = [];
    for (let i = 0; i < n; i++) {
      const node = g.nodes[i];
      this.inputStart[i] = inputs.length;
      intern(node.inputs, inputs);
      this.outputStart[i] = outputs.length;
      intern(node.outputs, outputs);
      const implicit = node.attributes.size > 0 ? implicitInputs(node) : [];
      if (implicit.length === 0) this.captured.push(NO_IDS);
      else {
        const captured: number[] = [];
        intern(implicit, captured);
        this.captured.push(captured);
      }
    }
    this.inputStart[n] = inputs.length;
    this.outputStart[n] = outputs.length;
    intern(
      g.outputs.map((v) => v.name),
      declared,
    );
    this.inputIds = Int32Array.from(inputs);
    this.outputIds = Int32Array.from(outputs);
    this.producer = new Int32Array(this.names.length).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let k = this.outputStart[i]; k < this.outputStart[i + 1]; k++) {
        const o = this.outputIds[k];
        if (o === NO_VALUE) continue;
        const other = this.producer[o];
        if (other >= 0) {
          const [a, b] = [g.nodes[other], g.nodes[i]];
          throw new UserError(
            `${path}: "${this.names[o]}" is written by two nodes, "${a.name || a.opType}" ` +
              `and "${b.name || b.opType}". Every ONNX value has one producer; re-export the model.`,
          );
        }
        this.producer[o] = i;
      }
    }
  }
}
