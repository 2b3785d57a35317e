// A stand-in for the whole vscode API, for loading and activating a bundle outside VS Code: every
// property, call or construction gives the stand-in again; it is never a promise and iterates as empty.
function inert() {
  const target = function () {};
  const handler = {
    get(_, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'length') return 0;
      return stand;
    },
    set: () => true,
    apply: () => stand,
    construct: () => stand,
  };
  const stand = new Proxy(target, handler);
  return stand;
}

// esbuild copies a module into an object with the same prototype, so the stand-in sits behind a plain object.
const vscode = Object.create(inert());

module.exports = { vscode };
