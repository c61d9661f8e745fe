/** See referenceLoop.mjs. */
export function referenceLoopMs(): number;
