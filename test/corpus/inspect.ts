// Prints the records of one or more emails, for debugging: tsx test/corpus/inspect.ts FILE...
import { readFileSync } from 'node:fs';
import { parseMailbox } from '../../src/core/email/index.ts';

for (const file of process.argv.slice(2)) {
  const records = await parseMailbox(readFileSync(file));
  for (const r of records) {
    const { msgindex, recipient, status, reason, rhost, command, action, diagnosticCode, ruleId, bounce, error } = r;
    console.log(JSON.stringify({ file, msgindex, bounce, recipient, status, reason, ruleId, rhost, command, action, diagnosticCode: diagnosticCode.slice(0, 160), error }));
  }
}
