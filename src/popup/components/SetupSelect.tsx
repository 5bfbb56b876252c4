// The sending setup decides who owns the sending IP's reputation (contract.md "actor").

import { SETUPS, type SendingSetup } from '../../core/types.ts';
import { SETUP_LABEL } from '../labels.ts';

export function SetupSelect({ value, onChange }: { value: SendingSetup; onChange: (s: SendingSetup) => void }) {
  return (
    <label class="setup">
      <span>I send from</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SendingSetup)}>
        {SETUPS.map((s) => (
          <option key={s} value={s}>
            {SETUP_LABEL[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
