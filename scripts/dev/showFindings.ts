import { readFileSync } from 'node:fs';
import { checkText } from '../../server/src/check';
const [file, ...lines] = process.argv.slice(2);
const { findings } = checkText(readFileSync(file!, 'utf8'), file);
for (const f of findings) {
  const l = f.range.start.line + 1;
  if (lines.length && !lines.includes(String(l))) continue;
  console.log(l, f.ruleId, f.severity, f.message.slice(0, 300), JSON.stringify((f.fixes ?? []).map((x) => [x.title, x.safe])));
}
