// Writes snippets/disclosure.code-snippets from the standard tables (client/src/templates/standardTables.ts).
// Run: npx tsx snippets/generate.ts   (test/client/snippets.test.ts checks the file is up to date)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { snippetsJson } from '../client/src/templates/snippets';

writeFileSync(fileURLToPath(new URL('./disclosure.code-snippets', import.meta.url)), snippetsJson());
