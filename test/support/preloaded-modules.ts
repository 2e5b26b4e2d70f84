/** The modules a workflow bundle preloads (its `preloadModules`), as webpack names them. */
export function preloadedModules(bundleCode: string): string[] {
  const body = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(bundleCode)?.[1] ?? '';
  return [...body.matchAll(/__webpack_require__\([^)]*"([^"]+)"\)/g)].map((m) => m[1]!);
}
