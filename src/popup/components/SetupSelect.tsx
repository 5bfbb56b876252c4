// The compact sending-setup control: it decides who owns the sending IP's reputation
// (contract.md "actor"), so changing it re-explains every card at once.

import { SETUPS, type SendingSetup } from '../../core/types.ts';
import { useEnv } from '../env.ts';
import { setupLabel } from '../labels.ts';

export function SetupSelect({ value, onChange }: { value: SendingSetup; onChange: (s: SendingSetup) => void }) {
  const { t } = useEnv();
  return (
    <label class="setup">
      <span>{t('setup_label')}</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as SendingSetup)}>
        {SETUPS.map((s) => (
          <option key={s} value={s}>
            {setupLabel(t, s)}
          </option>
        ))}
      </select>
    </label>
  );
}
