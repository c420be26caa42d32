// One broken part at a time: every path into a JSON document, and a copy with one of them replaced
// or deleted. Shared by the API's and the CLI's property tests.
export type Path = (string | number)[];

export const DELETE = Symbol('delete');

export function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const own = Array.isArray(value) ? value.map((v, i) => paths(v, [...at, i])) : Object.entries(value).map(([k, v]) => paths(v, [...at, k]));
  return [at, ...own.flat()].filter((p) => p.length > 0);
}

export function mutate(doc: any, path: Path, replacement: unknown): any {
  const copy = structuredClone(doc);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  const last = path.at(-1)!;
  if (replacement === DELETE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}
