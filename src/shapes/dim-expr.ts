/**
 * Dims named by expressions. Exporters name a dim that is computed from other dims by the
 * expression itself: Hugging Face Optimum writes `past_sequence_length + sequence_length` for a
 * decoder's attention mask, PyTorch's exporters write `s0 + 1`, `2*s0` or `(s0 + 1)//2`. Such a
 * dim has no value of its own: it is evaluated from the dims it names, so a user gives only the
 * free symbols.
 *
 * The grammar is small on purpose (integer literals, names, `+ - * / //`, unary minus,
 * parentheses), written by hand because no expression library is worth a dependency for it, and
 * a general evaluator would accept far more than a dim can mean. A dim_param that does not parse
 * is not an expression: it stays a plain symbol, as before.
 */

export type DimExpr =
  | { kind: 'int'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'neg'; arg: DimExpr }
  | { kind: 'op'; op: '+' | '-' | '*' | '/' | '//'; left: DimExpr; right: DimExpr };

type Token = { t: 'int'; v: number } | { t: 'name'; v: string } | { t: 'sym'; v: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const int = /^\d+/.exec(rest);
    if (int) {
      tokens.push({ t: 'int', v: Number(int[0]) });
      i += int[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const sym = rest.startsWith('//') ? '//' : rest[0];
    if (sym !== '//' && !'+-*/()'.includes(sym)) return undefined;
    tokens.push({ t: 'sym', v: sym });
    i += sym.length;
  }
  return tokens;
}

/**
 * The expression a dim_param spells, or undefined when it is a plain name (a free symbol) or
 * not an expression of this grammar. A number written as text ("1") is an expression too.
 */
export function parseDimExpr(text: string): DimExpr | undefined {
  const tokens = tokenize(text) ?? [];
  // A lone name is a free symbol; a lone number is a dim written as text ("1" in Optimum).
  if (tokens.length === 0 || (tokens.length === 1 && tokens[0].t !== 'int')) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  const isSym = (v: string) => peek()?.t === 'sym' && peek().v === v;

  // sum := product (('+' | '-') product)*
  function sum(): DimExpr | undefined {
    let left = product();
    while (left && (isSym('+') || isSym('-'))) {
      const op = tokens[pos++].v as '+' | '-';
      const right = product();
      if (!right) return undefined;
      left = { kind: 'op', op, left, right };
    }
    return left;
  }
  // product := unary (('*' | '/' | '//') unary)*
  function product(): DimExpr | undefined {
    let left = unary();
    while (left && (isSym('*') || isSym('/') || isSym('//'))) {
      const op = tokens[pos++].v as '*' | '/' | '//';
      const right = unary();
      if (!right) return undefined;
      left = { kind: 'op', op, left, right };
    }
    return left;
  }
  // unary := '-' unary | atom
  function unary(): DimExpr | undefined {
    if (isSym('-')) {
      pos++;
      const arg = unary();
      return arg && { kind: 'neg', arg };
    }
    return atom();
  }
  // atom := int | name | '(' sum ')'
  function atom(): DimExpr | undefined {
    const tok = peek();
    if (!tok) return undefined;
    pos++;
    if (tok.t === 'int') return { kind: 'int', value: tok.v };
    if (tok.t === 'name') return { kind: 'name', name: tok.v };
    if (tok.v !== '(') return undefined;
    const inner = sum();
    if (!inner || !isSym(')')) return undefined;
    pos++;
    return inner;
  }

  const expr = sum();
  return expr && pos === tokens.length ? expr : undefined;
}

/** The names an expression reads, each once, in order of appearance. */
export function freeNames(expr: DimExpr): string[] {
  const out = new Set<string>();
  const walk = (e: DimExpr): void => {
    if (e.kind === 'name') out.add(e.name);
    else if (e.kind === 'neg') walk(e.arg);
    else if (e.kind === 'op') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return [...out];
}

/**
 * The value of an expression given the values of its names: a number, or why there is none
 * (a name without a value, a division that is not exact, division by zero).
 */
export function evalDimExpr(
  expr: DimExpr,
  lookup: (name: string) => number | undefined,
): { value: number } | { missing: string[] } | { error: string } {
  const missing = freeNames(expr).filter((n) => lookup(n) === undefined);
  if (missing.length > 0) return { missing };
  const ev = (e: DimExpr): number => {
    switch (e.kind) {
      case 'int':
        return e.value;
      case 'name':
        return lookup(e.name)!;
      case 'neg':
        return -ev(e.arg);
      case 'op': {
        const a = ev(e.left);
        const b = ev(e.right);
        if (e.op === '+') return a + b;
        if (e.op === '-') return a - b;
        if (e.op === '*') return a * b;
        if (b === 0) throw new RangeError('divides by zero');
        if (e.op === '//') return Math.floor(a / b);
        if (a % b !== 0) throw new RangeError(`${a}/${b} is not a whole number`);
        return a / b;
      }
    }
  };
  try {
    return { value: ev(expr) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Quotes a shell word when it needs it, so that a printed hint can be pasted as it is. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
