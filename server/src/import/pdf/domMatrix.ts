/**
 * pdf.js (legacy build) needs a global `DOMMatrix` as soon as its display module loads (a module-level
 * `new DOMMatrix()`), and its worker builds one for shading patterns. Browsers and VS Code's renderer have
 * it; Node has not, and pdf.js then borrows it from the optional native package `@napi-rs/canvas` — which
 * is present in a development checkout or an npm install, but not in the packaged extension (.vsix, built
 * without node_modules) nor in a copied `dist/`: there every PDF import failed with “DOMMatrix is not
 * defined”. Text extraction only needs matrix arithmetic, so a pure-JavaScript DOMMatrix
 * (`@thednp/dommatrix`) is installed before pdf.js loads whenever the host has none. pdf.js keeps a
 * DOMMatrix it finds, so every installation reads PDFs with the same matrix.
 */
import CSSMatrix from '@thednp/dommatrix';

export function ensureDomMatrix(): void {
  const host = globalThis as { DOMMatrix?: unknown };
  if (host.DOMMatrix === undefined) host.DOMMatrix = CSSMatrix;
}
