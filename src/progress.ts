/**
 * Progress of long work: a bar redrawn in place on a terminal, plain lines in CI logs (one when
 * a phase starts and at every quarter). Writes to stderr so that stdout stays clean for JSON.
 */

export interface Progress {
  /** Starts a phase ("latency base.onnx"); fraction 0 to 1 of the whole run. */
  update(label: string, fraction: number): void;
  /** A line that stays (a finished phase, a failure). */
  log(line: string): void;
  done(): void;
}

export const silentProgress: Progress = { update() {}, log() {}, done() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY
    ? new BarProgress(stream)
    : new LineProgress((line) => stream.write(`misnomer: ${line}\n`));
}

/** Progress as plain lines given to `write` (CI logs; the Action's log). */
export const lineProgress = (write: (line: string) => void): Progress => new LineProgress(write);

class BarProgress implements Progress {
  private last = '';
  constructor(private stream: NodeJS.WriteStream) {}
  update(label: string, fraction: number): void {
    const width = 24;
    const f = Math.max(0, Math.min(1, fraction));
    const filled = Math.round(f * width);
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(f * 100)).padStart(3)}% ${label}`;
    const cols = this.stream.columns ?? 80;
    const text = line.length > cols - 1 ? line.slice(0, cols - 2) + '…' : line;
    if (text === this.last) return;
    this.last = text;
    this.stream.write(`\r\x1b[2K${text}`);
  }
  log(line: string): void {
    this.stream.write(`\r\x1b[2K${line}\n`);
    if (this.last) this.stream.write(this.last);
  }
  done(): void {
    if (this.last) this.stream.write('\r\x1b[2K');
    this.last = '';
  }
}

class LineProgress implements Progress {
  private label = '';
  private quarter = -1;
  constructor(private write: (line: string) => void) {}
  update(label: string, fraction: number): void {
    const q = Math.floor(Math.max(0, Math.min(1, fraction)) * 4);
    if (label === this.label && q === this.quarter) return;
    if (label !== this.label || q > this.quarter) {
      this.write(`${Math.round(fraction * 100)}% ${label}`);
    }
    this.label = label;
    this.quarter = q;
  }
  log(line: string): void {
    this.write(line);
  }
  done(): void {}
}
