// npm run kb:check [-- --kb DIR ...]: validates the knowledge base files and prints a summary.
import { readKbDirs, checkKb, BUNDLED_KB_DIR, KbError } from '../src/kb/load.ts';

const extra: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) if (argv[i] === '--kb' && argv[i + 1]) extra.push(argv[++i]!);

try {
  const kb = readKbDirs([BUNDLED_KB_DIR, ...extra]);
  const problems = checkKb(kb);
  const byType: Record<string, number> = {};
  for (const a of kb.actors) byType[a.type] = (byType[a.type] ?? 0) + 1;
  const roles = kb.actors.reduce((n, a) => n + (a.roles?.length ?? 0), 0);
  console.log(`${kb.files.length} files, ${kb.actors.length} actors (${Object.entries(byType).map(([k, v]) => `${k} ${v}`).join(', ')}), ${roles} dated roles, ${kb.titles.length} titles`);
  for (const p of problems) console.log(`problem: ${p.id}: ${p.message}`);
  if (problems.length) {
    console.log(`${problems.length} problems`);
    process.exit(1);
  }
  console.log('ok');
} catch (e) {
  if (e instanceof KbError) {
    console.error(`kb:check: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
